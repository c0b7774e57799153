/**
 * Whether a document gets a table of contents, and what it lists: decided once here from the document
 * alone, so that the Word file and the PDF agree (Word cannot know its own page count when written).
 */
import { visit, type Document, type Section } from '../model/index.js';

/**
 * Words above which a document runs past about fifteen A4 pages: the shipped agreements set 240–260
 * words of text and defined terms a page (tables, signature blocks and headings take the rest), so
 * 3,600 words is fifteen pages of the PDF.
 */
export const CONTENTS_WORDS = 3600;

/** The heading of a contents list, in every writer. */
export const CONTENTS_TITLE = 'Contents';

/** The heading of a section as printed: "3. Governance", "Schedule 2 — Partner details", "Background". */
export function sectionHeading(section: Section): string {
  if (section.number === null || section.number === undefined || section.number === '') return section.title;
  return section.kind === 'schedule' ? `${section.number} — ${section.title}` : `${section.number}. ${section.title}`;
}

function wordCount(doc: Document): number {
  let words = 0;
  visit(doc, (node) => {
    if (node.type !== 'text' && node.type !== 'definedTerm') return;
    const found = (node.type === 'text' ? node.value : node.term).match(/\S+/g);
    if (found !== null) words += found.length;
  });
  return words;
}

/**
 * The sections a contents list names, in order (every top-level section with a title, schedules
 * included), or null when the document is short enough to read without one, or is a redline.
 */
export function contentsSections(doc: Document): Section[] | null {
  // A redline (its changes attributed to a reviewer) opens with its summary of changes, not contents.
  if (doc.meta.revisionAuthor !== undefined || wordCount(doc) <= CONTENTS_WORDS) return null;
  const sections = doc.children.filter((block): block is Section => block.type === 'section' && block.title !== '');
  return sections.length > 1 ? sections : null;
}
