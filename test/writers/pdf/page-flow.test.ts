import { describe, expect, it } from 'vitest';
import {
  clause,
  definition,
  definitions,
  documentOf,
  numberDocument,
  pageBreak,
  paragraph,
  section,
  signatures,
  table,
  type Block,
} from '../../../src/model/index.js';
import britishEnglish from 'hyphen/en-gb/index.js';
import { writePdf } from '../../../src/writers/pdf/index.js';
import { sampleMeta } from '../../support/sample-document.js';
import { collapse, readPdf } from './read-pdf.js';

const LOREM =
  'The members shall cooperate in good faith, share the information each needs to deliver its part of the services, and tell the others promptly of any change that may affect the partnership.';

function render(children: Block[]) {
  const meta = { ...sampleMeta('Terms of Reference', 'terms-of-reference'), status: 'agreed' as const };
  return writePdf(numberDocument(documentOf('terms_of_reference', 'terms-of-reference', meta, children)), {}).then(
    (r) => readPdf(r.bytes),
  );
}

function filler(count: number): Block[] {
  return Array.from({ length: count }, (_, i) => paragraph(`Filler ${i + 1}. ${LOREM}`));
}

describe('writePdf page flow', () => {
  it('should repeat the header row on every page a table runs onto and align figures right', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => [`Member number ${i + 1}`, `£${(i * 1234.5).toFixed(2)}`]);
    const { pages, items } = await render([
      section('money', 'Money', [table(['Member', 'Amount'], rows, ['left', 'right'])]),
    ]);
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(collapse(page)).toContain('Member Amount');
    expect(collapse(pages.join(' '))).toContain('Member number 90 £109870.50');
    const figures = items.flat().filter((item) => item.str.startsWith('£'));
    const rights = figures.map((item) => item.x + item.width);
    expect(Math.max(...rights) - Math.min(...rights)).toBeLessThan(0.5);
    expect(new Set(figures.map((item) => Math.round(item.x))).size).toBeGreaterThan(1);
  });

  it('should hyphenate a word too long for its column between syllables, never a letter from its end', async () => {
    const words = ['Counselling', 'accommodation', 'Contingency', 'Community', 'Management'];
    const figures = ['£72,665.00', '£74,758.00', '£75,002.50', '£222,425.50', '£51,350.00', '£12,000.00'];
    const { items } = await render([
      section('t', 'Allocations', [
        table(
          ['Name', 'a', 'b', 'c', 'd', 'e', 'f'],
          words.map((word) => [word, ...figures]),
          ['left', 'right', 'right', 'right', 'right', 'right', 'right'],
        ),
      ]),
    ]);
    const parts = items[0]!
      .filter((item) => item.x < 120 && /^[A-Za-z]+-?$/.test(item.str.trim()))
      .filter((item) => words.some((w) => w.includes(item.str.trim().replace(/-$/, ''))))
      .sort((a, b) => a.y - b.y)
      .map((item) => item.str.trim());
    expect(parts.some((part) => part.endsWith('-'))).toBe(true);
    // Each word put back together from its lines, and where each line broke it.
    let word = '';
    const cuts: number[] = [];
    for (const part of parts) {
      if (part.endsWith('-')) {
        word += part.slice(0, -1);
        cuts.push(word.length);
        continue;
      }
      word += part;
      const syllables = britishEnglish.hyphenateSync(word, { hyphenChar: '|' }).split('|');
      const allowed = syllables.slice(0, -1).map((_, i) => syllables.slice(0, i + 1).join('').length);
      expect(words).toContain(word);
      for (const cut of cuts) expect(allowed, `${word} cut after ${cut} letters`).toContain(cut);
      word = '';
      cuts.length = 0;
    }
  });

  it('should break a code too long for its column after a separator, never inside a part', async () => {
    const id = 'cymru-training-deed-association-and-partners/0.2.0/meetings-protocol';
    const meta = { ...sampleMeta('Terms of Reference', 'terms-of-reference'), status: 'agreed' as const };
    const doc = numberDocument(
      documentOf('terms_of_reference', 'terms-of-reference', { ...meta, documentId: id }, [paragraph('Text.')]),
    );
    const { items } = await readPdf((await writePdf(doc, {})).bytes);
    // The cover's value column: the ID's lines, top to bottom.
    const lines = items[0]!
      .filter((item) => id.includes(item.str.trim()) && item.str.trim().length > 4)
      .sort((a, b) => a.y - b.y)
      .map((item) => item.str.trim());
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(id);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/[-/.]$/);
  });

  it('should never leave the last row of a table alone at the top of a page', async () => {
    // Tables of every length across a page break: for one of them the last row would fall alone.
    let broken = 0;
    for (let count = 30; count <= 60; count += 1) {
      const rows = Array.from({ length: count }, (_, i) => [`Row ${i + 1}.`, 'a short cell']);
      const { pages } = await render([section('t', 'Table', [table(['Item', 'Detail'], rows, ['left', 'left'])])]);
      const page = pages.find((text) => collapse(text).includes(`Row ${count}.`))!;
      if (pages.length > 1) broken += 1;
      expect(collapse(page), `${count} rows`).toContain(`Row ${count - 1}.`);
    }
    expect(broken).toBeGreaterThan(0);
  });

  it('should cut a table row taller than a page between its lines, keeping every line on a page', async () => {
    const huge = Array.from({ length: 140 }, (_, i) => `Line ${i + 1} of a very long cell.`).join(' ');
    const { pages, items } = await render([
      section('t', 'Tall', [
        table(
          ['Topic', 'Detail'],
          [
            ['Tall row', huge],
            ['Next row', 'Short.'],
          ],
          ['left', 'left'],
        ),
      ]),
    ]);
    expect(pages.length).toBeGreaterThan(1);
    expect(collapse(pages.join(' '))).toContain('Line 140 of a very long cell.');
    for (const page of pages.slice(1)) expect(collapse(page)).toContain('Topic Detail');
    for (const item of items.flat()) expect(item.y).toBeLessThan(841.89 - 20);
    const body = items.flat().filter((item) => item.str.startsWith('Line '));
    for (const item of body) expect(item.y).toBeLessThan(841.89 - 78 + 1);
  });

  it('should never split a signature block across pages', async () => {
    const parties = Array.from({ length: 5 }, (_, i) => ({
      party: `Party ${i + 1} Limited`,
      name: `Signatory ${i + 1}`,
      jobTitle: `Trustee ${i + 1}`,
      witness: i % 2 === 0,
    }));
    for (const count of [8, 11, 14]) {
      const { pages } = await render([section('execution', 'Execution', [...filler(count), signatures(parties)])]);
      for (let i = 1; i <= 5; i += 1) {
        const page = pages.find((text) => text.includes(`Party ${i} Limited`));
        expect(page).toBeDefined();
        expect(page).toContain(`Title: Trustee ${i}`);
        if (i % 2 === 1) expect(page).toContain('Address of witness');
      }
    }
  });

  it('should keep the words of execution, however long, on the page of the signatures they introduce', async () => {
    const words = paragraph(
      `Eastway Refuge Trust cannot contract in its own name. Its two trustees sign for themselves and on behalf of all its trustees. ${LOREM} ${LOREM}`,
    );
    const two = [
      { party: 'Eastway Refuge Trust', name: 'First Trustee', jobTitle: 'Chair of Trustees' },
      { party: 'Eastway Refuge Trust', name: 'Second Trustee', jobTitle: 'Trustee' },
    ];
    for (let count = 6; count <= 30; count += 2) {
      const short = Array.from({ length: count }, (_, i) => paragraph(`Short line ${i + 1}.`));
      const { pages } = await render([
        section('execution', 'Execution', [...filler(6), ...short, words, signatures(two)]),
      ]);
      const page = pages.find((text) => text.includes('cannot contract in its own name'));
      expect(page, `after ${count} short lines`).toContain('Name: First Trustee');
    }
  });

  it('should keep a heading on the page of the text that follows it', async () => {
    for (let count = 6; count <= 28; count += 1) {
      const short = Array.from({ length: count }, (_, i) => paragraph(`Short line ${i + 1}.`));
      const { pages } = await render([
        section('first', 'First', [...filler(12), ...short]),
        section('second', 'Second part', [paragraph('Opening words of the second part.')]),
      ]);
      const page = pages.find((text) => text.includes('2. Second part'));
      expect(page).toContain('Opening words of the second part.');
    }
  });

  it('should keep a heading and a clause title with the table that follows them', async () => {
    const rows = Array.from({ length: 4 }, (_, i) => [`Member ${i + 1}`, `£${i + 1}00.00`]);
    for (let count = 6; count <= 28; count += 1) {
      const short = Array.from({ length: count }, (_, i) => paragraph(`Short line ${i + 1}.`));
      const { pages } = await render([
        section('first', 'First', [...filler(12), ...short]),
        section('second', 'Second part', [
          clause('money', 'Indicators and targets', [table(['Member', 'Amount'], rows, ['left', 'right'])]),
        ]),
      ]);
      const page = collapse(pages.find((text) => text.includes('2. Second part')) ?? '');
      expect(page).toContain('2.1 Indicators and targets Member Amount Member 1 £100.00');
    }
  });

  it('should print the meaning after the term with its own verb', async () => {
    const { pages } = await render([
      section('d', 'Definitions', [
        definitions([
          definition('Funder', 'means the grant maker.'),
          definition('Funding', 'has the meaning given in the grant.'),
        ]),
      ]),
    ]);
    const text = collapse(pages.join(' '));
    expect(text).toContain('“Funder” means the grant maker.');
    expect(text).toContain('“Funding” has the meaning given in the grant.');
  });

  it('should start a new page at a page break', async () => {
    const { pages } = await render([
      section('a', 'Before', ['Before the break.']),
      pageBreak(),
      section('b', 'After', ['After the break.']),
    ]);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Before the break.');
    expect(pages[1]).toContain('After the break.');
  });

  it('should hang clause numbers to the left of their text', async () => {
    const { items } = await render([section('s', 'Duties', [clause('c', null, [paragraph(`${LOREM} ${LOREM}`)])])]);
    const all = items.flat();
    const number = all.find((item) => item.str === '1.1')!;
    const first = all.find((item) => item.str.startsWith('The members shall'))!;
    const lines = all.filter((item) => item.y > first.y + 1 && item.y < first.y + 40);
    expect(number.x).toBeLessThan(first.x - 20);
    expect(Math.abs(number.y - first.y)).toBeLessThan(0.5);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(Math.abs(line.x - first.x)).toBeLessThan(0.5);
  });

  it('should break a word longer than a line instead of letting it run off the page', async () => {
    const long = 'x'.repeat(400);
    const { pages, items } = await render([section('s', 'Long', [paragraph(`Before ${long} after.`)])]);
    expect(collapse(pages.join('')).replace(/ /g, '')).toContain(`Before${long}after.`);
    for (const item of items.flat()) expect(item.x + item.width).toBeLessThanOrEqual(595.28 - 72 + 0.5);
  });

  it('should render a document with no body as its cover alone', async () => {
    const { pages } = await render([]);
    expect(pages).toHaveLength(1);
    expect(collapse(pages[0]!)).toContain('Terms of Reference');
  });
});
