import { describe, expect, it } from 'vitest';
import { figureWords } from '../../src/writers/column-widths.js';
import { getWriter } from '../../src/writers/index.js';
import { documentOf, numberDocument, section, table } from '../../src/model/index.js';
import { sampleMeta } from '../support/sample-document.js';

describe('column widths', () => {
  it('should count a run of digit groups as one figure, and nothing else', () => {
    expect(figureWords(['Tel', '01632', '960', '101', 'or', '+44', '(0)20', '7946', '0000'])).toEqual([
      'Tel',
      '01632 960 101',
      'or',
      '+44 (0)20 7946 0000',
    ]);
    expect(figureWords(['2', 'March', '2026', '£1,000', '2027'])).toEqual(['2', 'March', '2026', '£1,000', '2027']);
  });

  it('should keep a telephone number on one line of a crowded table, in text as in PDF', async () => {
    const long = 'Contracts Manager and Data Protection Officer of the Partnership';
    const doc = numberDocument(
      documentOf('referral_protocol', 'referral-protocol', sampleMeta('Referral Protocol', 'referral-protocol'), [
        section('contacts', 'Contacts', [
          table(
            ['Partner', 'Referral lead', 'Email', 'Telephone', 'Data-protection lead'],
            [[`Northshire Together ${long}`, `Owen Price, ${long}`, 'owen.price@example.org', '01632 960 101', long]],
            ['left', 'left', 'left', 'left', 'left'],
          ),
        ]),
      ]),
    );
    const text = new TextDecoder().decode((await (await getWriter('txt'))(doc, {})).bytes);
    expect(text).toContain('01632 960 101');
    const { readPdf } = await import('./pdf/read-pdf.js');
    const pdf = await readPdf((await (await getWriter('pdf'))(doc, {})).bytes);
    const lines = pdf.items.flat().map((item) => item.str);
    expect(lines.some((line) => line.includes('01632 960 101'))).toBe(true);
  });
});
