import { describe, expect, it } from 'vitest';
import { getWriter } from '../../src/writers/index.js';
import { readParts } from '../writers/docx/docx-parts.js';
import { wordNumbers } from '../writers/docx/word-numbers.js';
import { readPdf, type TextItem } from '../writers/pdf/read-pdf.js';
import { fixturePacks } from './pack.js';

// A clause or paragraph label: "3.", "3.1", "3.1.1", or a schedule paragraph's "1.". A bare "1" is no
// label (Word never shows one), so a text that printed one would miss a label Word shows and fail.
const DECIMAL_LABEL = /^\d+\.$|^\d+(?:\.\d+)+$/;

/** The decimal labels Word shows, in document order, from each paragraph's numPr and numbering.xml. */
async function docxLabels(bytes: Uint8Array): Promise<string[]> {
  const parts = await readParts(bytes);
  const shown = wordNumbers(parts['word/document.xml'] ?? '', parts['word/numbering.xml'] ?? '');
  return [...shown.values()].filter((label) => DECIMAL_LABEL.test(label));
}

/** The decimal labels the text shows, in order: each hangs before its provision, two spaces or more from it. */
function textLabels(text: string): string[] {
  const labels: string[] = [];
  for (const line of text.split('\n')) {
    const heading = /^(\d+)\. \S/.exec(line);
    const provision = /^ *(\d+(?:\.\d+)*\.?) {2,}\S/.exec(line);
    const label = heading ? `${heading[1]!}.` : provision?.[1];
    if (label !== undefined && DECIMAL_LABEL.test(label)) labels.push(label);
  }
  return labels;
}

/**
 * The decimal labels the PDF shows, in order, read back with pdfjs: on each line (items sharing a
 * baseline) starting at the left margin, a heading's first item reads "3. Title"; a provision's label
 * is an item of its own, leftmost on its line, with the provision's text after it.
 */
async function pdfLabels(bytes: Uint8Array): Promise<string[]> {
  const labels: string[] = [];
  const read = await readPdf(bytes);
  const pages = read.items;
  const margin = Math.min(...pages.flat().map((item) => item.x));
  // A contents page repeats the headings' numbers; its entries are links the width of the text.
  const contents = new Set(read.links.filter((link) => link.rect[2]! - link.rect[0]! > 400).map((link) => link.page));
  for (const [index, page] of pages.entries()) {
    if (contents.has(index + 1)) continue;
    const lines = new Map<number, TextItem[]>();
    for (const item of page) lines.set(Math.round(item.y), [...(lines.get(Math.round(item.y)) ?? []), item]);
    for (const [, line] of [...lines].sort((a, b) => a[0] - b[0])) {
      const [first, next] = [...line].sort((a, b) => a.x - b.x);
      // Labels hang in the left margin's column; a number opening a wrapped line sits further in.
      if (first!.x > margin + 0.5) continue;
      const heading = /^(\d+)\. \S/.exec(first!.str);
      const label = heading ? `${heading[1]!}.` : next !== undefined ? first!.str.trim() : undefined;
      if (label !== undefined && DECIMAL_LABEL.test(label)) labels.push(label);
    }
  }
  return labels;
}

describe('provision labels across formats', () => {
  const cases = fixturePacks().flatMap((pack) => (pack.docs ?? []).map((doc) => [pack.name, doc.name, doc] as const));

  it.each(cases)(
    'should show the same clause and paragraph labels in Word, PDF and text: %s %s',
    async (_f, _n, doc) => {
      const docx = await (await getWriter('docx'))(doc, {});
      const txt = await (await getWriter('txt'))(doc, {});
      const pdf = await (await getWriter('pdf'))(doc, {});
      const word = await docxLabels(docx.bytes);
      // Signature pages have no provisions; every other document has some.
      if (doc.kind !== 'signature_pages') expect(word).toContain('1.');
      expect(textLabels(new TextDecoder().decode(txt.bytes))).toEqual(word);
      expect(await pdfLabels(pdf.bytes)).toEqual(word);
    },
  );
});
