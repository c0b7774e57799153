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

/** The text object of one line being written: its operators and the text state they leave. */
class LineText {
  ops: string;
  cursor: number;
  private face: RunStyle['face'] | null = null;
  private size = 0;
  private colour = '';
  /** True while a TJ array is open. */
  private open = false;
  readonly underlines: Span[] = [];
  readonly strikes: Span[] = [];
  readonly links: Span[] = [];
  private readonly marks: LineMarks;

  constructor(
    private readonly canvas: Canvas,
    start: string,
    cursor: number,
    /** The justification stretch added to every space. */
    private readonly extra: number,
  ) {
    this.ops = start;
    this.cursor = cursor;
    this.marks = new LineMarks(canvas.structure, canvas.tag);
  }

  closeText(): void {
    if (this.open) this.ops += '] TJ';
    this.open = false;
  }

  private setStyle(style: RunStyle): void {
    if (style.face !== this.face || style.size !== this.size) {
      this.closeText();
      this.face = style.face;
      this.size = style.size;
      this.ops += ` /${this.canvas.font(style.face).id} ${num(style.size)} Tf`;
    }
    if (style.colour !== this.colour) {
      this.closeText();
      this.colour = style.colour;
      this.ops += ` ${style.colour} rg`;
    }
    if (!this.open) this.ops += ' [';
    this.open = true;
  }

  private mark(style: RunStyle, x0: number, x1: number): void {
    if (style.underline !== null) extend(this.underlines, style.underline, style, x0, x1);
    if (style.strike !== null) extend(this.strikes, style.strike, style, x0, x1);
    if (style.link !== null) extend(this.links, style.link, style, x0, x1, this.marks.link);
  }

  /** Puts what follows in the sequence of text in `style`, closing the text operator to switch. */
  follow(style: RunStyle): void {
    if (!this.marks.changes(style)) return;
    this.closeText();
    this.ops += this.marks.enter(style);
  }

  item(item: Item): void {
    if (item.kind === 'word') {
      for (const piece of item.pieces) {
        this.follow(piece.style);
        this.setStyle(piece.style);
        this.ops += this.canvas.font(piece.style.face).encode(piece.shape, piece.style.size);
        this.mark(piece.style, this.cursor, this.cursor + piece.width);
        this.cursor += piece.width;
      }
    } else if (item.kind === 'space') {
      // The space glyph is set in the current font; the TJ adjustment makes up its width to the
      // space's own width plus the justification stretch.
      const style = item.style;
      this.follow(style);
      if (this.face === null) this.setStyle(style);
      else if (!this.open) {
        this.ops += ' [';
        this.open = true;
      }
      const current = this.face ?? style.face;
      const spaceShape = shape(current, ' ');
      const wanted = item.width + this.extra;
      const adjust = wanted - (spaceShape.width * this.size) / 1000;
      this.ops += this.canvas.font(current).encode(spaceShape, this.size);
      if (Math.abs(adjust) > 0.001) this.ops += num((-adjust * 1000) / this.size);
      this.mark(style, this.cursor, this.cursor + wanted);
      this.cursor += wanted;
    }
  }

  /** The whole text object, every sequence and array closed. */
  end(): string {
    this.closeText();
    return `${this.ops}${this.marks.end()} ET`;
  }
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
  const text = new LineText(canvas, `BT ${matrix} ${num(cursor)} ${num(baseline)} Tm`, cursor, extra);
  // Each right-to-left phrase is its own marked span, in its language: a screen reader switches voice
  // for it, and text extraction (which reorders visual runs) sees where the phrase begins and ends.
  const stretches = visual.stretches;
  let stretch = 0;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index]!;
    const next = stretches[stretch];
    if (next !== undefined && next.start === index) {
      // The span nests inside the line's own sequence, so that sequence opens first.
      if (item.kind !== 'break') text.follow(item.kind === 'word' ? item.pieces[0]!.style : item.style);
      text.closeText();
      text.ops += next.language === null ? ' /Span BMC' : ` /Span <</Lang (${next.language})>> BDC`;
    }
    text.item(item);
    if (next !== undefined && next.end === index + 1) {
      text.closeText();
      text.ops += ' EMC';
      stretch += 1;
    }
  }
  canvas.write(text.end());
  for (const span of text.underlines) {
    const y = baseline + span.style.size * 0.12;
    canvas.line(span.x0, y, span.x1, y, Math.max(0.5, span.style.size / 20), span.key);
  }
  for (const span of text.strikes) {
    const y = baseline - span.style.size * 0.3;
    canvas.line(span.x0, y, span.x1, y, Math.max(0.5, span.style.size / 20), span.key);
  }
  for (const span of text.links) {
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
