import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentOf, numberDocument, paragraph, section } from '../../../src/model/index.js';
import { writePdf } from '../../../src/writers/pdf/index.js';
import { sampleMeta } from '../../support/sample-document.js';
import { collapse, readPdf } from './read-pdf.js';

function docWith(text: string) {
  return numberDocument(
    documentOf(
      'terms_of_reference',
      'terms-of-reference',
      { ...sampleMeta('Terms of Reference', 'terms-of-reference'), status: 'agreed' },
      [section('purpose', 'Purpose', [paragraph(text)])],
    ),
  );
}

/** Printable letters, digits, punctuation and symbols of the Latin, Greek and Cyrillic blocks. */
const SCRIPT_RANGES: [number, number][] = [
  [0x21, 0x7e],
  [0xa1, 0x24f],
  [0x370, 0x3ff],
  [0x400, 0x4ff],
];
const PRINTABLE = /^[\p{L}\p{N}\p{P}\p{S}]$/u;
const scriptChar = fc
  .oneof(...SCRIPT_RANGES.map(([from, to]) => fc.integer({ min: from, max: to })))
  .map((cp) => String.fromCodePoint(cp))
  .filter((ch) => PRINTABLE.test(ch));
const markupish = fc.constantFrom('*', '_', '#', '|', '<', '&', '{{', ']]>', ':::');
// Words no longer than a line, so every line break falls on a space of the source.
const word = fc.array(fc.oneof(scriptChar, markupish), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const sentence = fc.array(word, { minLength: 1, maxLength: 40 }).map((words) => words.join(' '));

describe('writePdf text', () => {
  it('should warn, naming the character and the document, when the font has no glyph', async () => {
    const result = await writePdf(docWith('The 中文 name and 中 again.'), { file: 'out/tor.pdf' });
    expect(result.warnings).toHaveLength(2);
    expect(result.warnings[0]).toMatchObject({ severity: 'warning', code: 'pdf-glyph', file: 'out/tor.pdf' });
    expect(result.warnings[0]!.message).toContain('U+4E2D');
    expect(result.warnings[0]!.message).toContain('terms-of-reference');
    expect(result.warnings[1]!.message).toContain('U+6587');
  });

  it('should normalise text to NFC before setting it', async () => {
    const { pages } = await readPdf((await writePdf(docWith('Cafe\u0301 and Ελληνικά\u0301'), {})).bytes);
    expect(collapse(pages.join('\n'))).toContain('Café');
  });

  it('should set any Latin, Greek or Cyrillic text with markup characters verbatim', async () => {
    await fc.assert(
      fc.asyncProperty(sentence, async (text) => {
        const result = await writePdf(docWith(text), {});
        expect(result.warnings).toEqual([]);
        const { pages } = await readPdf(result.bytes);
        expect(collapse(pages.join('\n'))).toContain(collapse(text.normalize('NFC')));
      }),
      { numRuns: 60 },
    );
  });
});
