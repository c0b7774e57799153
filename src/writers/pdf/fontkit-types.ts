/**
 * The slice of fontkit's API the PDF writer uses, typed here because fontkit ships no declarations.
 *
 * fontkit is pdfkit's own font engine; the package depends on the exact version pdfkit's range resolves
 * to, so npm installs one copy and the CLI bundle carries it once (fontkit-module.d.ts declares it).
 */

/** One glyph of a laid-out run. */
export interface FontkitGlyph {
  id: number;
  /**
   * Code points the glyph was first fetched for: fontkit caches one glyph object per id, so this is
   * stale (often empty) when the glyph was first met another way, e.g. as part of an accented letter.
   */
  codePoints: number[];
  /** Advance in font units, before kerning. */
  advanceWidth: number;
}

/** Where a glyph of a run goes, in font units (kerning and mark attachment included). */
export interface FontkitPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}

/** The result of shaping a string. */
export interface FontkitGlyphRun {
  glyphs: FontkitGlyph[];
  positions: FontkitPosition[];
}

/** A parsed TrueType font. */
export interface FontkitFont {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  lineGap: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  post: { isFixedPitch: number | boolean };
  head: { macStyle: { italic: boolean } };
  'OS/2'?: { sFamilyClass?: number };
  /** Shapes `text`; a feature set to false is switched off. */
  layout(
    text: string,
    features?: Record<string, boolean>,
    script?: string,
    language?: string,
    direction?: 'ltr' | 'rtl',
  ): FontkitGlyphRun;
  glyphForCodePoint(codePoint: number): FontkitGlyph;
  hasGlyphForCodePoint(codePoint: number): boolean;
}
