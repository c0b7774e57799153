/**
 * Words of common Latin characters shaped from a table instead of by fontkit.
 *
 * For these characters DejaVu Sans's shaping (ligatures off) is one glyph per character and a kerning
 * value per adjacent pair, nothing contextual; font-metrics.gen.ts records both as fontkit itself gives
 * them, and a test sets every word of every fixture both ways. Most words of a document are such words,
 * so a cold run never parses the font's GSUB and GPOS tables, which with fontkit's shaping was most of
 * the time a cold `generate` spent on a PDF.
 */
import type { Face } from './fonts.js';
import { FONT_METRICS } from './font-metrics.gen.js';
import type { Shape } from './measure.js';

interface Table {
  scale: number;
  /** Per code point: glyph id and advance in font units. */
  glyphs: Map<number, { id: number; advance: number }>;
  /** Per pair of code points (first << 16 | second): kerning in font units. */
  kerns: Map<number, number>;
}

const tables = new Map<Face, Table>();

function tableOf(face: Face): Table {
  let table = tables.get(face);
  if (table === undefined) {
    const metrics = FONT_METRICS[face];
    const glyphs = new Map<number, { id: number; advance: number }>();
    for (let i = 0; i < metrics.glyphs.length; i += 3) {
      glyphs.set(metrics.glyphs[i]!, { id: metrics.glyphs[i + 1]!, advance: metrics.glyphs[i + 2]! });
    }
    const kerns = new Map<number, number>();
    for (let i = 0; i < metrics.kerns.length; i += 3) {
      kerns.set((metrics.kerns[i]! << 16) | metrics.kerns[i + 1]!, metrics.kerns[i + 2]!);
    }
    table = { scale: 1000 / metrics.unitsPerEm, glyphs, kerns };
    tables.set(face, table);
  }
  return table;
}

/**
 * The shape of a left-to-right `word` when every character of it is in the table, else null. The
 * arithmetic is the fontkit path's (measure.ts), operation for operation, so both give the same numbers.
 */
export function latinShape(face: Face, word: string): Shape | null {
  const table = tableOf(face);
  const glyphIds: number[] = [];
  const codePoints: number[][] = [];
  const advances: number[] = [];
  const units: number[] = [];
  for (let i = 0; i < word.length; i += 1) {
    const cp = word.charCodeAt(i);
    const glyph = table.glyphs.get(cp);
    if (glyph === undefined) return null;
    glyphIds.push(glyph.id);
    codePoints.push([cp]);
    units.push(glyph.advance);
  }
  let kerns: number[] | null = null;
  let width = 0;
  for (let i = 0; i < units.length; i += 1) {
    const kernUnits =
      i + 1 < word.length ? (table.kerns.get((word.charCodeAt(i) << 16) | word.charCodeAt(i + 1)) ?? 0) : 0;
    const advance = units[i]! * table.scale;
    const xAdvance = (units[i]! + kernUnits) * table.scale;
    advances.push(advance);
    const kern = xAdvance - advance;
    if (kern !== 0) (kerns ??= new Array<number>(units.length).fill(0))[i] = kern;
    width += xAdvance;
  }
  return { glyphIds, codePoints, advances, kerns, offsets: null, width, missing: [], rightToLeft: false };
}
