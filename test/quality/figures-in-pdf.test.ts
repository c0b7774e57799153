/**
 * Figures never break: every amount of money, date and clause number the text output prints is
 * found whole on one line of the PDF's text. A table column too narrow for its figure used to set
 * "£119,612.7" above "9", which a reader takes for a different sum.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import { readPdf } from '../writers/pdf/read-pdf.js';
import { everyDocument, textOf } from './pack.js';

const AMOUNT = /£\d[\d,]*(?:\.\d\d)?/g;
const CLAUSE = /\b(?:clause|paragraph) \d+(?:\.\d+)+/g;

/** The figures a reader must see whole, each once. */
function figures(text: string): string[] {
  const flat = text.replace(/\s+/g, ' ');
  // The clause word may wrap away from its number; the number itself must not break.
  const clauses = [...flat.matchAll(CLAUSE)].map((m) => m[0].replace(/^\S+ /, ''));
  return [...new Set([...(flat.match(AMOUNT) ?? []), ...clauses])];
}

describe('figures in the PDF', () => {
  it.each(everyDocument())(
    'should keep every figure of %s %s whole on one line',
    async (_fixture, _name, _pack, doc) => {
      if (doc === null) throw new Error(`${_fixture}: the pack was not composed`);
      const wanted = figures(await textOf(doc));
      const { pages } = await readPdf((await render('pdf', doc)).bytes);
      const lines = new Set(pages.flatMap((page) => page.split('\n')).map((line) => line.replace(/\s+/g, ' ')));
      const text = [...lines].join('\n');
      expect(wanted.filter((figure) => !text.includes(figure))).toEqual([]);
    },
  );
});
