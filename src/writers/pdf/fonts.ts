/**
 * The bundled DejaVu Sans faces, read from the `dejavu-fonts-ttf` package and parsed once per process.
 *
 * Sans rather than Serif because only Sans covers every printable letter of the Latin, Greek and
 * Cyrillic blocks (DejaVu Serif lacks the Coptic letters of the Greek block and some historic and
 * Asian Cyrillic ones), and partners' names and addresses may use any of them.
 *
 * pdfkit parses a font again on every `registerFont`/`font()` of every document, and the parse (cmap,
 * GSUB/GPOS, hmtx, all lazily decoded on first use) costs far more than laying out a page. So the
 * writer never hands pdfkit a font file: each face is parsed here once, and every document wraps the
 * same parsed font in its own subset (document-font.ts), which is all that differs per document.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create } from 'fontkit';
import type { FontkitFont } from './fontkit-types.js';
import { readFontFile, type FontFile } from './subset.js';

/** The four faces a legal document needs. */
export type Face = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** Every face, in the order documents number their fonts (F1…F4), which keeps subset tags stable. */
export const FACES: readonly Face[] = ['regular', 'bold', 'italic', 'boldItalic'];

const FILES: Record<Face, string> = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

const require = createRequire(import.meta.url);

const parsed = new Map<Face, { font: FontkitFont; file: FontFile }>();

/** Folder of the TTF files inside the installed `dejavu-fonts-ttf` package. */
export function fontFolder(): string {
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
}

function load(face: Face): { font: FontkitFont; file: FontFile } {
  let found = parsed.get(face);
  if (found === undefined) {
    const bytes = readFileSync(join(fontFolder(), FILES[face]));
    found = { font: create(bytes), file: readFontFile(bytes) };
    parsed.set(face, found);
  }
  return found;
}

/** The parsed font of one face (for shaping), read from disk on first use only. */
export function fontFor(face: Face): FontkitFont {
  return load(face).font;
}

/** The raw tables of one face (for subsetting), from the same single read. */
export function fontFileFor(face: Face): FontFile {
  return load(face).file;
}
