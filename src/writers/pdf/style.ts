/**
 * Run styles: how a stretch of text is set (face, size, colour, decoration, link). Styles are interned,
 * so lines compare them by identity when grouping glyphs into one text operator.
 */
import type { Face } from './fonts.js';
import { shape } from './measure.js';

/** A colour as the three DeviceRGB components of a PDF colour operator, e.g. "0 0 0". */
export type Colour = string;

/** Colours of the house style, named for what they mark. */
export const COLOURS = {
  text: '0 0 0',
  muted: '0.35 0.35 0.35',
  rule: '0.6 0.6 0.6',
  shade: '0.92 0.92 0.92',
  watermark: '0.88 0.88 0.88',
  inserted: '0 0.35 0.75',
  deleted: '0.75 0.1 0.1',
} as const;

/** How a run of text is drawn. */
export interface RunStyle {
  readonly face: Face;
  readonly size: number;
  readonly colour: Colour;
  /** Colour of an underline (tracked insertion), or null. */
  readonly underline: Colour | null;
  /** Colour of a strike-through (tracked deletion), or null. */
  readonly strike: Colour | null;
  /** Named destination the run links to, or null. */
  readonly link: string | null;
  /** Width of one space in this style, in points. */
  readonly spaceWidth: number;
}

type StyleInit = Omit<RunStyle, 'spaceWidth'>;

const interned = new Map<string, RunStyle>();

/** The one style object with these properties. */
export function styleOf(init: StyleInit): RunStyle {
  const key = `${init.face}|${init.size}|${init.colour}|${init.underline}|${init.strike}|${init.link}`;
  let found = interned.get(key);
  if (found === undefined) {
    found = { ...init, spaceWidth: (shape(init.face, ' ').width * init.size) / 1000 };
    interned.set(key, found);
  }
  return found;
}

/** `base` with some properties changed. */
export function restyle(base: RunStyle, changes: Partial<StyleInit>): RunStyle {
  return styleOf({ ...base, ...changes });
}

/** A plain style of a face and size. */
export function plain(face: Face, size: number, colour: Colour = COLOURS.text): RunStyle {
  return styleOf({ face, size, colour, underline: null, strike: null, link: null });
}

/** The face with bold added (`bold`) or italic added (`italic`). */
export function withFace(face: Face, add: 'bold' | 'italic'): Face {
  const bold = add === 'bold' || face === 'bold' || face === 'boldItalic';
  const italic = add === 'italic' || face === 'italic' || face === 'boldItalic';
  if (bold && italic) return 'boldItalic';
  return bold ? 'bold' : italic ? 'italic' : 'regular';
}
