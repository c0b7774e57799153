import bidiModule, { type Bidi } from 'bidi-js';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDocx } from '../../../src/writers/docx/index.js';
import { writePdf } from '../../../src/writers/pdf/index.js';
import {
  ARABIC_NAME,
  ARABIC_SIGNATORY,
  HEBREW_NAME,
  HEBREW_SIGNATORY,
  MIXED_NAME,
  rtlDocument,
} from '../../support/rtl-document.js';
import { collapse, has, inflatedStreams, readPdf } from './read-pdf.js';

const bidi = ((bidiModule as unknown as { default?: () => Bidi }).default ?? (bidiModule as unknown as () => Bidi))();

/** One glyph as drawn: the character it stands for and its code in its font. */
interface Glyph {
  char: string;
  code: number;
}

/** The glyphs of every page in content order, grouped by marked-content span and the stretches between spans. */
async function spans(bytes: Uint8Array): Promise<{ inSpan: boolean; glyphs: Glyph[] }[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const out: { inSpan: boolean; glyphs: Glyph[] }[] = [];
  for (let page = 1; page <= pdf.numPages; page += 1) {
    const list = await (await pdf.getPage(page)).getOperatorList();
    let depth = 0;
    out.push({ inSpan: false, glyphs: [] });
    list.fnArray.forEach((fn, i) => {
      if (fn === OPS.beginMarkedContentProps || fn === OPS.beginMarkedContent) {
        depth += 1;
        out.push({ inSpan: true, glyphs: [] });
      } else if (fn === OPS.endMarkedContent) {
        depth -= 1;
        out.push({ inSpan: depth > 0, glyphs: [] });
      } else if (fn === OPS.showText) {
        const glyphs = (list.argsArray[i] as [({ unicode: string; fontChar: string } | number)[]])[0];
        for (const glyph of glyphs) {
          if (typeof glyph !== 'number' && glyph.unicode !== ' ')
            out[out.length - 1]!.glyphs.push({ char: glyph.unicode, code: glyph.fontChar.codePointAt(0)! });
        }
      }
    });
  }
  await pdf.destroy();
  return out;
}

/** `text` as the bidi algorithm shows it in a left-to-right paragraph, characters unmirrored. */
function visual(text: string): string {
  const levels = bidi.getEmbeddingLevels(text, 'ltr');
  return bidi
    .getReorderedIndices(text, levels)
    .map((i: number) => text[i])
    .join('')
    .replace(/ /g, '');
}

/** Lines of pdftotext output naming a partner and nothing else (table cells, execution blocks), marks removed. */
function nameLines(text: string): string[] {
  const lines = text
    .replace(/[\u202A-\u202E]/g, '')
    .split('\n')
    .map((line) => line.trim().replace(/^(Signed for and on behalf of|Name:)\s*/, ''))
    .filter((line) => /[\u0590-\u06FF]/.test(line) && !/[a-z]{4,}/i.test(line.replace('Al-Noor', '')));
  return [...new Set(lines)].sort();
}

describe('writePdf right-to-left text', () => {
  let bytes: Uint8Array = new Uint8Array();
  let warnings: unknown[] = [];
  beforeAll(async () => {
    ({ bytes, warnings } = await writePdf(rtlDocument(), {}));
  });

  it('should extract every name as written, in running text, emphasis, table cells and signature blocks', async () => {
    const text = collapse((await readPdf(bytes)).pages.join('\n'));
    expect(text).toContain(`made between ${HEBREW_NAME} and ${ARABIC_NAME}, with ${MIXED_NAME}.`);
    expect(text).toContain(`The lead partner is ${ARABIC_NAME}, whose number is 12345.`);
    expect(text).toContain(`Partner Share (£) ${HEBREW_NAME} 12,000 ${ARABIC_NAME} 8,500`);
    expect(text).toContain(`Signed for and on behalf of ${HEBREW_NAME} Signature Name: ${HEBREW_SIGNATORY}`);
    expect(text).toContain(`Name: ${ARABIC_SIGNATORY} Title: Director (مديرة)`);
  });

  it('should set each right-to-left phrase in visual order, digits left to right, in a span of its language', async () => {
    const found = (await spans(bytes))
      .filter((span) => span.inSpan)
      .map((span) => span.glyphs.map((g) => g.char).join(''));
    expect(found).toContain(visual(HEBREW_NAME));
    expect(visual(HEBREW_NAME)).toMatch(/^\)580123456׳סמ\(/);
    expect(found).toContain(visual(HEBREW_SIGNATORY));
    expect(found).toContain(visual(ARABIC_SIGNATORY));
    const content = inflatedStreams(bytes).join('\n');
    expect(content).toContain('/Span <</Lang (he)>> BDC');
    expect(content).toContain('/Span <</Lang (ar)>> BDC');
  });

  it('should join Arabic letters and mirror brackets in right-to-left phrases', async () => {
    const all = await spans(bytes);
    const codesOf = (char: string, inSpan: boolean) =>
      new Set(
        all
          .filter((s) => s.inSpan === inSpan)
          .flatMap((s) => s.glyphs.filter((g) => g.char === char).map((g) => g.code)),
      );
    // Lam begins ليلى and ends للمرأة's first pair: joined forms are different glyphs, so different codes.
    expect(codesOf('ل', true).size).toBeGreaterThanOrEqual(2);
    // "(" inside a Hebrew phrase is drawn with the glyph of ")" (and copies out as "("): another code.
    const [inside] = codesOf('(', true);
    expect(inside).toBeDefined();
    expect(codesOf('(', false)).not.toContain(inside);
  });

  it('should set Arabic in an emphasised run upright, so no character is missing', () => {
    expect(warnings).toEqual([]);
  });

  describe.skipIf(!has('pdftotext') || !has('soffice'))('compared with LibreOffice', () => {
    let folder = '';
    beforeAll(async () => {
      folder = mkdtempSync(join(tmpdir(), 'pdf-rtl-'));
      writeFileSync(join(folder, 'ours.pdf'), bytes);
      writeFileSync(join(folder, 'rtl.docx'), (await writeDocx(rtlDocument(), {})).bytes);
      execFileSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${folder}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          folder,
          join(folder, 'rtl.docx'),
        ],
        { stdio: 'ignore', timeout: 120_000 },
      );
    }, 150_000);
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('should give pdftotext the same name lines as LibreOffice’s PDF of the Word document', () => {
      const text = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', join(folder, file), '-']).toString();
      const ours = nameLines(text('ours.pdf'));
      expect(ours.length).toBeGreaterThanOrEqual(4);
      expect(ours).toEqual(nameLines(text('rtl.pdf')));
      expect(readFileSync(join(folder, 'rtl.pdf')).length).toBeGreaterThan(0);
    });
  });
});
