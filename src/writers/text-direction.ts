/**
 * Right-to-left text in left-to-right documents: which stretches of a string the Unicode bidi
 * algorithm (bidi-js) sets right to left, for the Word writer to mark and the PDF writer to reorder.
 *
 * Every document is English with names and addresses in any script, so paragraphs are always
 * left to right at base; only the levels inside them vary.
 */
import bidiModule, { type Bidi } from 'bidi-js';

// The package is CommonJS whose types declare an ES default export: Node hands ESM the factory itself
// as the default, a bundler may hand over `{ default: factory }`; either way this is the factory.
const bidiFactory = ((bidiModule as unknown as { default?: () => Bidi }).default ??
  (bidiModule as unknown as () => Bidi)) as () => Bidi;
const bidi = bidiFactory();

// Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms, and the
// right-to-left blocks above the BMP. Text without any of these is left to right throughout.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDEFF]|\uD83A/;

/** True when `text` has a character of a right-to-left script (a quick test before running the algorithm). */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/** The embedding level of each UTF-16 unit of `text` in a left-to-right paragraph: odd is right to left. */
export function levelsOf(text: string): Uint8Array {
  return bidi.getEmbeddingLevels(text, 'ltr').levels;
}

/** The character a right-to-left run shows for `char` (")" for "("), or `char` when it has no mirror. */
export function mirrored(char: string): string {
  return bidi.getMirroredCharacter(char) ?? char;
}

/** A stretch of text and whether the bidi algorithm sets it right to left. */
export interface DirectedText {
  readonly text: string;
  readonly rtl: boolean;
}

/** `text` cut where its direction changes, in logical order; one left-to-right stretch when it has no RTL script. */
export function directedStretches(text: string): DirectedText[] {
  if (!hasRightToLeft(text)) return [{ text, rtl: false }];
  const levels = levelsOf(text);
  const out: DirectedText[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || (levels[i]! & 1) !== (levels[start]! & 1)) {
      out.push({ text: text.slice(start, i), rtl: (levels[start]! & 1) === 1 });
      start = i;
    }
  }
  return out;
}
