/**
 * Word shapes: each distinct word of each face shaped by fontkit once per process and cached.
 *
 * Shaping (cmap lookup, ligatures, kerning) is the costly step of setting text; documents of a pack
 * repeat the same few thousand words, so after the first document nearly every word is a cache hit and
 * line breaking is additions over cached widths. Words of common Latin characters, most words of a
 * document, are set from a generated table (latin-shapes.ts) rather than by fontkit's shaper.
 */
import { hasRightToLeft, mirrored } from '../text-direction.js';
import { fontFor, type Face } from './fonts.js';
import type { FontkitGlyph, FontkitPosition } from './fontkit-types.js';
import { latinShape } from './latin-shapes.js';

/** A shaped word, in thousandths of an em (PDF text space), independent of the font size. */
export interface Shape {
  /** The font's glyph ids, in visual order. */
  glyphIds: number[];
  /** Per glyph: the characters it stands for, which the PDF's ToUnicode map records for text extraction. */
  codePoints: number[][];
  /** Per glyph: the glyph's own advance, in thousandths of an em (what the PDF `W` array records). */
  advances: number[];
  /** Per glyph: kerning after it (xAdvance − advance), or null when the word has none. */
  kerns: number[] | null;
  /** Per glyph mark offsets, or null when no glyph is displaced (true for all NFC Latin, Greek, Cyrillic). */
  offsets: { x: number; y: number }[] | null;
  /** Total advance including kerning. */
  width: number;
  /** Code points the font has no glyph for. */
  missing: number[];
  /** True when the word has a right-to-left letter, so its line needs the bidi algorithm. */
  rightToLeft: boolean;
}

/** Bounds the cache in a long-lived batch process; a refill costs one shaping per word. */
const MAX_WORDS_PER_FACE = 200_000;

const caches = new Map<string, Map<string, Shape>>();

/**
 * Ligatures off: a PDF maps each glyph to fixed characters for copying and search, so every glyph
 * must stand for the same characters wherever it appears; with one glyph per character it does.
 */
const FEATURES = { liga: false, clig: false, dlig: false, hlig: false };

/**
 * The characters each glyph of a run stands for, glyphs and characters both in logical order: one
 * each when counts match, else walked with the font's cmap, a ligature (lam-alef) taking the
 * characters it was formed from. `shown` are the characters set (mirrored in right-to-left text),
 * `written` those the text holds, which are what the glyphs copy out as.
 */
function charactersOf(
  written: readonly number[],
  shown: readonly number[],
  glyphs: readonly FontkitGlyph[],
  font: ReturnType<typeof fontFor>,
): number[][] {
  if (written.length === glyphs.length) return written.map((cp) => [cp]);
  let next = 0;
  const out = glyphs.map((glyph) => {
    const formed = glyph.codePoints;
    if (formed.length > 1 && formed.every((cp, i) => shown[next + i] === cp)) {
      next += formed.length;
      return written.slice(next - formed.length, next);
    }
    if (next < shown.length && font.glyphForCodePoint(shown[next]!).id === glyph.id) return [written[next++]!];
    if (next < written.length && formed.length === 1) return [written[next++]!];
    return formed.length > 0 ? [...formed] : [0xfffd];
  });
  // Characters no glyph claimed (marks merged into a base) copy out with the last glyph.
  if (next < written.length && out.length > 0) out[out.length - 1]!.push(...written.slice(next));
  return out;
}

/**
 * Shapes `word` in one direction. Right to left, mirrored characters are set as their mirror ("(" as
 * ")") and fontkit returns the glyphs in visual order (Arabic joined); left to right is forced
 * otherwise, so that Arabic-Indic digits, which the bidi algorithm keeps left to right, stay so.
 */
export function shapeWithFontkit(face: Face, word: string, rtl: boolean): Shape {
  const font = fontFor(face);
  const scale = 1000 / font.unitsPerEm;
  const written = [...word].map((char) => char.codePointAt(0)!);
  const shown = rtl ? [...word].map((char) => mirrored(char).codePointAt(0)!) : written;
  const run = font.layout(
    rtl ? String.fromCodePoint(...shown) : word,
    FEATURES,
    undefined,
    undefined,
    rtl ? 'rtl' : 'ltr',
  );
  const advances: number[] = [];
  let kerns: number[] | null = null;
  let offsets: { x: number; y: number }[] | null = null;
  const missing: number[] = [];
  let width = 0;
  run.glyphs.forEach((glyph, i) => {
    const position = run.positions[i] as FontkitPosition;
    const advance = glyph.advanceWidth * scale;
    const kern = position.xAdvance * scale - advance;
    advances.push(advance);
    if (kern !== 0) (kerns ??= new Array<number>(run.glyphs.length).fill(0))[i] = kern;
    if (position.xOffset !== 0 || position.yOffset !== 0) {
      offsets ??= run.glyphs.map(() => ({ x: 0, y: 0 }));
      offsets[i] = { x: position.xOffset * scale, y: position.yOffset * scale };
    }
    width += position.xAdvance * scale;
  });
  // fontkit shares one glyph object per glyph id, so .notdef's code points are those of whichever
  // character first fell back to it: the word itself says which characters are missing.
  if (run.glyphs.some((glyph) => glyph.id === 0)) {
    for (const char of word) {
      const cp = char.codePointAt(0)!;
      if (!font.hasGlyphForCodePoint(cp) && !missing.includes(cp)) missing.push(cp);
    }
  }
  const logical = rtl ? [...run.glyphs].reverse() : run.glyphs;
  const characters = charactersOf(written, shown, logical, font);
  return {
    glyphIds: run.glyphs.map((glyph) => glyph.id),
    codePoints: rtl ? characters.reverse() : characters,
    advances,
    kerns,
    offsets,
    width,
    missing,
    rightToLeft: hasRightToLeft(word),
  };
}

/**
 * The shape of `word` in `face`, shaped on first request and cached for the process.
 * @param rtl set right to left: glyphs in visual order, brackets mirrored (bidi.ts decides which runs)
 */
export function shape(face: Face, word: string, rtl = false): Shape {
  const key = rtl ? `${face}:rtl` : face;
  let cache = caches.get(key);
  if (cache === undefined) {
    cache = new Map();
    caches.set(key, cache);
  }
  let found = cache.get(word);
  if (found === undefined) {
    if (cache.size >= MAX_WORDS_PER_FACE) cache.clear();
    found = (rtl ? null : latinShape(face, word)) ?? shapeWithFontkit(face, word, rtl);
    cache.set(word, found);
  }
  return found;
}
