/**
 * The change summary a redline opens with: every change and where it lands by the new numbering, or
 * "no change to the text". It is front matter, never marked itself.
 */
import type { Block, Document, Table, TableCell } from '../model/index.js';
import type { RedlineChange } from './redline.js';

/** Id of the summary section, so readers of a redline can tell it from the document's own text. */
export const SUMMARY_ID = 'redline-summary';

const KIND_WORDS: Record<RedlineChange['kind'], string> = {
  inserted: 'Inserted',
  deleted: 'Deleted',
  moved: 'Moved',
  changed: 'Changed',
};

const cell = (value: string): TableCell => ({ type: 'tableCell', children: [{ type: 'text', value }] });

/**
 * What each mark means, in every format: the model is one for all writers, so the legend names each
 * format's marks in words rather than showing samples, which in Word would be tracked changes themselves.
 */
const LEGEND: Table = {
  type: 'table',
  header: [cell('Change'), cell('In the PDF'), cell('In plain text'), cell('In Word')],
  rows: [
    [cell('Inserted'), cell('blue and underlined'), cell('between {+ and +}'), cell('a tracked insertion')],
    [cell('Deleted'), cell('red and struck through'), cell('between [- and -]'), cell('a tracked deletion')],
    [
      cell('Moved'),
      cell('struck through where it was, underlined where it is now'),
      cell('[-…-] where it was, {+…+} where it is now'),
      cell('a tracked move'),
    ],
  ],
  align: ['left', 'left', 'left', 'left'],
};

/**
 * The summary section for a redline of `before` → `after`.
 * @param before the old version
 * @param after the new version
 * @param changes what the redline marks
 */
export function summarySection(before: Document, after: Document, changes: readonly RedlineChange[]): Block[] {
  const intro = `This redline shows the changes from version ${before.meta.version} (${before.meta.dateText}) to version ${after.meta.version} (${after.meta.dateText}), marked as the table below shows. Numbers are those of version ${after.meta.version}; a change of number alone is not marked.`;
  const body: Block[] =
    changes.length === 0
      ? [{ type: 'paragraph', children: [{ type: 'text', value: 'There is no change to the text.' }] }]
      : [
          {
            type: 'table',
            header: [cell('Where'), cell('Change'), cell('What changed')],
            rows: changes.map((c) => [cell(c.where), cell(KIND_WORDS[c.kind]), cell(c.text)]),
            align: ['left', 'left', 'left'],
          },
        ];
  return [
    {
      type: 'section',
      id: SUMMARY_ID,
      title: 'Summary of changes',
      kind: 'unnumbered',
      number: null,
      children: [{ type: 'paragraph', role: 'note', children: [{ type: 'text', value: intro }] }, LEGEND, ...body],
    },
    { type: 'pageBreak' },
  ];
}
