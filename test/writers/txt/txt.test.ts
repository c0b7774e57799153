import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PartnershipError } from '../../../src/errors.js';
import {
  clause,
  documentOf,
  numberDocument,
  paragraph,
  section,
  table,
  type Block,
  type NumberedDocument as Document,
} from '../../../src/model/index.js';
import { getWriter } from '../../../src/writers/index.js';
import { numberedSampleDocument, sampleDocument, sampleMeta } from '../../support/sample-document.js';

async function textOf(doc: Document): Promise<string> {
  const writer = await getWriter('txt');
  const { bytes, warnings } = await writer(doc, {});
  expect(warnings).toEqual([]);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

function numbered(children: Block[], status: Document['meta']['status'] = 'agreed'): Document {
  const meta = { ...sampleMeta('Terms of Reference', 'terms-of-reference'), status };
  return numberDocument(documentOf('terms_of_reference', 'terms-of-reference', meta, children));
}

const columns = (line: string): number => [...line].length;

describe('writers/txt', () => {
  it('should write the numbered sample document as its golden text', async () => {
    await expect(await textOf(numberedSampleDocument())).toMatchFileSnapshot('./__golden__/sample.txt');
  });

  it('should write NFC text with LF endings, no trailing spaces, one trailing newline and lines of at most 78 columns', async () => {
    const text = await textOf(numberedSampleDocument());
    expect(text).toBe(text.normalize('NFC'));
    expect(text).not.toContain('\r');
    expect(text).not.toContain('\f');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    for (const line of text.split('\n')) {
      expect(line).toBe(line.trimEnd());
      expect(columns(line)).toBeLessThanOrEqual(78);
    }
  });

  it('should give the same bytes every time', async () => {
    const writer = await getWriter('txt');
    const first = await writer(numberedSampleDocument(), {});
    const second = await writer(numberedSampleDocument(), {});
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
  });

  it('should mark a draft and leave the marking off an agreed document', async () => {
    const note = 'This is a draft for the partners’ and their advisers’ review; it is not yet agreed.';
    const flat = (text: string): string => text.replace(/\s+/gu, ' ');
    const draft = await textOf(numbered([section('a', 'A', ['x'])], 'draft'));
    const agreed = await textOf(numbered([section('a', 'A', ['x'])], 'agreed'));
    expect(draft.startsWith('*** DRAFT ***\n')).toBe(true);
    expect(flat(draft)).toContain(note);
    expect(agreed).not.toContain('DRAFT');
    expect(flat(agreed)).not.toContain(note);
  });

  it('should hang clause numbers in front of wrapped text', async () => {
    const long = 'word '.repeat(30).trim();
    const text = await textOf(numbered([section('a', 'Alpha', [clause('c', null, [long])])]));
    const lines = text.split('\n');
    const start = lines.indexOf('1. Alpha');
    expect(lines[start + 1]).toBe('--------');
    expect(lines[start + 3]?.startsWith('1.1   word word')).toBe(true);
    expect(lines[start + 4]?.startsWith('      word')).toBe(true);
  });

  it('should wrap a wide table in its text column and keep figures whole and right-aligned', async () => {
    const name = 'A very long partner name that goes on and on until it cannot fit on one line';
    const text = await textOf(
      numbered([
        table(
          ['Partner', 'Amount'],
          [
            [name, '£1,234,567.89'],
            ['B', '£1.00'],
          ],
          ['left', 'right'],
        ),
      ]),
    );
    const lines = text.split('\n');
    const amountLine = lines.find((line) => line.includes('£1,234,567.89')) as string;
    const smallLine = lines.find((line) => line.startsWith('B ')) as string;
    expect(amountLine.indexOf('£1,234,567.89') + '£1,234,567.89'.length).toBe(smallLine.length);
    expect(lines.every((line) => columns(line) <= 78)).toBe(true);
    expect(text.replace(' £1,234,567.89', '').replace(/\s+/gu, ' ')).toContain(name);
  });

  it('should part the rows of a table with a blank line and close it with its rule when a cell wraps', async () => {
    const long = 'a partner whose role runs on well past the width of its column in the text output';
    const rows = (second: string) => [
      ['A', second, 'lead'],
      ['B', 'funder', 'informed'],
    ];
    const wrapped = await textOf(
      numbered([table(['Name', 'Role', 'Notes'], rows(`${long} ${long}`), ['left', 'left', 'left'])]),
    );
    const lines = wrapped.split('\n');
    const rules = lines.flatMap((line, i) => (/^-+(?: {2}-+)+$/.test(line) ? [i] : []));
    expect(rules).toHaveLength(2);
    expect(lines[rules[1]!]).toBe(lines[rules[0]!]);
    const b = lines.findIndex((line) => line.startsWith('B '));
    expect(lines[b - 1]).toBe('');
    expect(lines[rules[1]! - 1]!.startsWith('B ')).toBe(true);
    // Rows of one line each stay packed, with no closing rule, as before.
    const single = (
      await textOf(numbered([table(['Name', 'Role', 'Notes'], rows('delivery'), ['left', 'left', 'left'])]))
    ).split('\n');
    expect(single.filter((line) => /^-+(?: {2}-+)+$/.test(line))).toHaveLength(1);
    expect(single[single.findIndex((line) => line.startsWith('B ')) - 1]!.startsWith('A ')).toBe(true);
  });

  it('should size a column for a word joined by no-break spaces, which never breaks, so the next column stays put', async () => {
    const joined = 'Saint\u00A0Mary\u202Fand\u00A0All\u00A0Angels\u00A0Parish\u00A0Trust';
    const text = await textOf(
      numbered([
        table(
          ['Partner', 'Role', 'Notes'],
          [
            [joined, 'delivery partner', 'leads the outreach in the northern wards of the borough'],
            ['B', 'lead', 'holds the grant'],
          ],
          ['left', 'left', 'left'],
        ),
      ]),
    );
    const lines = text.split('\n');
    const rule = lines.find((line) => /^-+ {2}-+ {2}-+$/.test(line)) as string;
    const second = rule.indexOf(' -') + 1;
    const row = lines.find((line) => line.startsWith('Saint')) as string;
    expect(row.startsWith(joined)).toBe(true);
    expect(row.slice(second)).toMatch(/^delivery/);
  });

  it('should compose decomposed characters before aligning columns', async () => {
    const text = await textOf(
      numbered([
        table(
          ['Name', 'Amount'],
          [
            ['Zoe\u0308', '£1.00'],
            ['Zoey', '£10.00'],
          ],
          ['left', 'right'],
        ),
      ]),
    );
    const lines = text.split('\n');
    const composed = lines.find((line) => line.startsWith('Zoë')) as string;
    const plain = lines.find((line) => line.startsWith('Zoey')) as string;
    expect(columns(composed)).toBe(columns(plain));
  });

  it('should print any user text verbatim apart from line filling', async () => {
    const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => s.replace(/\s/gu, 'x'));
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 40 }), async (words) => {
        const value = words.join(' ').normalize('NFC');
        const text = await textOf(numbered([section('a', 'A', [clause('c', null, [paragraph(value)])])]));
        const flat = text.replace(/\s+/gu, ' ');
        expect(flat).toContain(value);
      }),
      { numRuns: 60 },
    );
  });

  it('should refuse a document that has not been numbered', async () => {
    const writer = await getWriter('txt');
    // The type keeps an unnumbered document from every writer; this checks what reaches one anyway.
    // @ts-expect-error a composed Document is not a NumberedDocument until numberDocument has run
    await expect(writer(sampleDocument(), {})).rejects.toSatisfy(
      (error: unknown) => error instanceof PartnershipError && error.kind === 'internal',
    );
  });
});
