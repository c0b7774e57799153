/**
 * Word tables set their column widths from the cells' content, as the PDF does: a figure column is
 * wide enough for its widest figure, and the columns add up to the text width.
 */
import { describe, expect, it } from 'vitest';
import {
  documentOf,
  numberDocument,
  section,
  table,
  type NumberedDocument as Document,
} from '../../../src/model/index.js';
import { sampleMeta } from '../../support/sample-document.js';
import { part, render } from './docx-parts.js';

function tableDoc(header: string[], rows: string[][]): Document {
  const align = header.map((_, i) => (i === header.length - 1 ? 'right' : 'left') as 'left' | 'right');
  return numberDocument(
    documentOf('partnership_agreement', 'agreement', sampleMeta('Agreement', 'agreement'), [
      section('money', 'Money', [table(header, rows, align)]),
    ]),
  );
}

async function gridWidths(doc: Document): Promise<number[]> {
  const xml = part(await render(doc), 'word/document.xml');
  return [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
}

describe('writers/docx table widths', () => {
  it('should size columns from content, not split the width equally', async () => {
    const widths = await gridWidths(
      tableDoc(
        ['Partner', 'Role', 'Work area', 'Amount'],
        [['Thameside Independent Domestic Abuse Advocacy Service', 'Lead', 'Outreach', '£119,612.79']],
      ),
    );
    expect(widths).toHaveLength(4);
    expect(new Set(widths).size).toBeGreaterThan(1);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
  });

  it('should keep every figure on one line however many columns compete for the width', async () => {
    const header = ['Partner', 'Independent', 'Likelihood', 'Impact', 'Mitigation', 'Owner', 'Amount'];
    const row = [
      'Organisation',
      'Independent',
      'Likelihood',
      'Considerable',
      'Safeguarding',
      'Representative',
      '£1,234,567.89',
    ];
    const widths = await gridWidths(tableDoc(header, [row]));
    // 13 characters at the 9-point table size need about 1,370 twips besides the cell margins.
    expect(widths.at(-1)).toBeGreaterThanOrEqual(13 * 100 + 216);
  });
});
