/**
 * Sets one laid-out line into the content stream: a single text object whose TJ arrays carry glyph
 * codes, kerning and the justification stretch, followed by redline decorations and link annotations.
 */
import { visualOrder } from './bidi.js';
import type { Canvas } from './canvas.js';
import { num } from './document-font.js';
import type { Item, Line } from './line-break.js';
import { shape } from './measure.js';
import { LineMarks } from './structure/line-marks.js';
import type { Element } from './structure/tree.js';
import type { RunStyle } from './style.js';

/** How a line sits in its measure. */
export type Align = 'left' | 'right' | 'center' | 'justify';

interface Span {
  x0: number;
  x1: number;
  key: string;
  style: RunStyle;
  /** The Link element of a link span. */
  element: Element | null;
}

/** Extends the last span when it has the same key and touches, else starts a new one. */
function extend(
  spans: Span[],
  key: string | null,
  style: RunStyle,
  x0: number,
  x1: number,
  element: Element | null = null,
): void {
  if (key === null) return;
  const last = spans[spans.length - 1];
  if (last !== undefined && last.key === key && Math.abs(last.x1 - x0) < 0.01) last.x1 = x1;
  else spans.push({ x0, x1, key, style, element });
}

/**
 * Draws `line` with its left edge at `x` and its baseline at `baseline`, in a measure `width` wide.
 * @param matrix the text matrix's linear part; the default sets upright text in the flipped page space
 */
export function drawLine(
  canvas: Canvas,
  line: Line,
  x: number,
  baseline: number,
  width: number,
  align: Align,
  matrix = '1 0 0 -1',
): void {
  const visual = visualOrder(line);
  const items: readonly Item[] = visual.items;
  let cursor = x;
  if (align === 'right') cursor += width - visual.width;
  else if (align === 'center') cursor += (width - visual.width) / 2;
  const extra =
    align === 'justify' && !line.last && line.spaces > 0 ? Math.max(0, (width - visual.width) / line.spaces) : 0;
  const marks = new LineMarks(canvas.structure, canvas.tag);
  let ops = `BT ${matrix} ${num(cursor)} ${num(baseline)} Tm`;
  let face: RunStyle['face'] | null = null;
  let size = 0;
  let colour = '';
  let open = false;
  const underlines: Span[] = [];
  const strikes: Span[] = [];
  const links: Span[] = [];
  const setStyle = (style: RunStyle): void => {
    if (style.face !== face || style.size !== size) {
      if (open) ops += '] TJ';
      open = false;
      face = style.face;
      size = style.size;
      ops += ` /${canvas.font(face).id} ${num(size)} Tf`;
    }
    if (style.colour !== colour) {
      if (open) ops += '] TJ';
      open = false;
      colour = style.colour;
      ops += ` ${colour} rg`;
    }
    if (!open) ops += ' [';
    open = true;
  };
  const mark = (style: RunStyle, x0: number, x1: number): void => {
    extend(underlines, style.underline, style, x0, x1);
    extend(strikes, style.strike, style, x0, x1);
    extend(links, style.link, style, x0, x1, marks.link);
  };
  /** Puts what follows in the sequence of text in `style`, closing the text operator to switch. */
  const follow = (style: RunStyle): void => {
    if (!marks.changes(style)) return;
    if (open) ops += '] TJ';
    open = false;
    ops += marks.enter(style);
  };
  const drawItem = (item: Item): void => {
    if (item.kind === 'word') {
      for (const piece of item.pieces) {
        follow(piece.style);
        setStyle(piece.style);
        ops += canvas.font(piece.style.face).encode(piece.shape, piece.style.size);
        mark(piece.style, cursor, cursor + piece.width);
        cursor += piece.width;
      }
    } else if (item.kind === 'space') {
      // The space glyph is set in the current font; the TJ adjustment makes up its width to the
      // space's own width plus the justification stretch.
      const style = item.style;
      follow(style);
      if (face === null) setStyle(style);
      else if (!open) {
        ops += ' [';
        open = true;
      }
      const current = face ?? style.face;
      const spaceShape = shape(current, ' ');
      const wanted = item.width + extra;
      const adjust = wanted - (spaceShape.width * size) / 1000;
      ops += canvas.font(current).encode(spaceShape, size);
      if (Math.abs(adjust) > 0.001) ops += num((-adjust * 1000) / size);
      mark(style, cursor, cursor + wanted);
      cursor += wanted;
    }
  };
  // Each right-to-left phrase is its own marked span, in its language: a screen reader switches voice
  // for it, and text extraction (which reorders visual runs) sees where the phrase begins and ends.
  let stretch = 0;
  const closeText = (): void => {
    if (open) ops += '] TJ';
    open = false;
  };
  items.forEach((item, index) => {
    const next = visual.stretches[stretch];
    if (next !== undefined && next.start === index) {
      // The span nests inside the line's own sequence, so that sequence opens first.
      if (item.kind !== 'break') follow(item.kind === 'word' ? item.pieces[0]!.style : item.style);
      closeText();
      ops += next.language === null ? ' /Span BMC' : ` /Span <</Lang (${next.language})>> BDC`;
    }
    drawItem(item);
    if (next !== undefined && next.end === index + 1) {
      closeText();
      ops += ' EMC';
      stretch += 1;
    }
  });
  if (open) ops += '] TJ';
  ops += `${marks.end()} ET`;
  canvas.write(ops);
  for (const span of underlines) {
    const y = baseline + span.style.size * 0.12;
    canvas.line(span.x0, y, span.x1, y, Math.max(0.5, span.style.size / 20), span.key);
  }
  for (const span of strikes) {
    const y = baseline - span.style.size * 0.3;
    canvas.line(span.x0, y, span.x1, y, Math.max(0.5, span.style.size / 20), span.key);
  }
  for (const span of links) {
    canvas.link(
      span.x0,
      baseline - span.style.size * 0.95,
      span.x1 - span.x0,
      span.style.size * 1.25,
      span.key,
      span.element,
    );
  }
}
