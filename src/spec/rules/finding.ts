/**
 * What a cross-field rule reports, and the two constructors every rule family uses.
 *
 * A Finding carries the JSON Pointer of the value most likely to need changing; `spec/` turns it
 * into a located Diagnostic (file, line, column) once it knows where that value sits in the source.
 */

/** One problem found by a cross-field rule (DOMAIN.md §3.4). */
export interface Finding {
  severity: 'error' | 'warning';
  /** Rule id: `R01`…`R55`, or `R60` and up for §3.3 constraints DOMAIN gives no id. */
  code: string;
  /** "Cannot <verb> <thing>: <actual>, expected <expected>", naming the field. */
  message: string;
  /** RFC 6901 pointer of the value to change (`/funding/allocations/2/amount`). */
  pointer: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
  /** A warning in the partners' words, for a draft's drafting notes. */
  note?: DraftingPoint;
}

/** The subjects a draft's drafting notes are grouped under, in the order they are printed. */
export const NOTE_SUBJECTS = [
  'Parties and signing',
  'Governance and decisions',
  'Money',
  'Delivery and performance',
  'Data protection',
  'Insurance and liability',
  'Law and disputes',
  'Documents',
] as const;

/** One point for the partners to resolve: no rule codes, field paths or file names. */
export interface DraftingPoint {
  subject: (typeof NOTE_SUBJECTS)[number];
  /** A plain-English sentence naming organisations, not ids. */
  text: string;
}

/** A rule family: reads the prepared context and returns what it found. */
export type RuleFamily<Context> = (context: Context) => Finding[];

/** An error Finding (the spec is invalid and no documents are generated). */
export function error(code: string, pointer: string, message: string, hint?: string): Finding {
  return hint === undefined
    ? { severity: 'error', code, message, pointer }
    : { severity: 'error', code, message, pointer, hint };
}

/**
 * A warning Finding. Documents are still generated, and a draft lists `note` on its drafting notes
 * page, so every warning says what it means for the partners as well as which field to change.
 */
export function warning(code: string, pointer: string, message: string, note: DraftingPoint, hint?: string): Finding {
  return hint === undefined
    ? { severity: 'warning', code, message, pointer, note }
    : { severity: 'warning', code, message, pointer, hint, note };
}
