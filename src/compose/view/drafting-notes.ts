/**
 * A draft's drafting notes: the spec's warnings put to the partners in plain English, one line per
 * point, grouped by subject.
 *
 * The notes carry no rule codes, field paths or file names: those belong to `validate`, and a file
 * name would make the document's bytes depend on where the spec happens to be kept.
 */

import { NOTE_SUBJECTS, type Diagnostic, type PartnershipSpec } from '../../spec/index.js';

/** The points of one subject, in the order the spec's warnings gave them. */
export interface DraftingNoteGroup {
  subject: string;
  points: string[];
}

/** Where a warning that carries no note of its own is listed. */
const OTHER_POINTS = 'Other points';

/**
 * The notes of a draft; none once the text is agreed.
 * @param warnings the spec's warnings, as validation gave them
 */
export function buildDraftingNotes(spec: PartnershipSpec, warnings: readonly Diagnostic[]): DraftingNoteGroup[] {
  if (spec.meta.status !== 'draft') return [];
  const groups = new Map<string, string[]>();
  for (const warning of warnings) {
    const subject = warning.note?.subject ?? OTHER_POINTS;
    const text = warning.note?.text ?? warning.message;
    const points = groups.get(subject) ?? [];
    // Several fields can raise the same point (one per member, say); the partners need it once.
    if (!points.includes(text)) points.push(text);
    groups.set(subject, points);
  }
  const order: readonly string[] = [...NOTE_SUBJECTS, OTHER_POINTS];
  return [...groups]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([subject, points]) => ({ subject, points }));
}
