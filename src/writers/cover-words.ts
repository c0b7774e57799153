/**
 * Words every writer prints on a cover, held once so that the Word file, the PDF and the text say the same.
 */

/** The notice every draft carries on its cover (DESIGN rule 8). */
export const DRAFT_NOTE = 'This is a draft for the partners’ and their advisers’ review; it is not yet agreed.';
