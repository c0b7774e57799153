/**
 * Page flow: where the next line goes, when a page ends, and the rules that keep a document readable
 * across page breaks (no single first or last line of a paragraph alone on a page; headings kept
 * with what follows; unbreakable blocks moved whole to the next page).
 */
import type { Canvas } from './canvas.js';
import { drawLine, type Align } from './draw-line.js';
import type { Line } from './line-break.js';
import type { Element, StructureType } from './structure/tree.js';

/** A4 in points, and the house margins. */
export const PAGE = {
  width: 595.28,
  height: 841.89,
  left: 72,
  right: 72,
  top: 64,
  /** The body ends here; the running footer sits below. */
  bottom: 841.89 - 78,
} as const;

/** Width of the text block. */
export const MEASURE = PAGE.width - PAGE.left - PAGE.right;

/** Distance between baselines for text of `size`. */
export function leading(size: number): number {
  return size * 1.42;
}

/** Where the baseline sits below the top of a line box of text of `size`. */
export function baselineOffset(size: number): number {
  // DejaVu's ascent is 0.93 em and its descent 0.24 em; the rest of the leading is shared above and below.
  return (leading(size) - 1.17 * size) / 2 + 0.93 * size;
}

/** Height of a run of lines. */
export function linesHeight(lines: readonly Line[]): number {
  let height = 0;
  for (const line of lines) height += leading(line.size);
  return height;
}

/** A run-in label (a clause number, "(a)", a bullet) set on the next line placed. */
export interface Label {
  line: Line;
  x: number;
  /** Its own element (a list item's Lbl); without one it belongs to the line it is set on. */
  element?: Element;
}

/** The vertical position on the current page and the moves between pages. */
export class Flow {
  /** Top of the next line box, in points from the top of the page. */
  y: number = PAGE.top;
  /** Label waiting for the next line. */
  label: Label | null = null;
  /** Space owed before the next line: the largest gap asked for since the last line, dropped at a page top. */
  private pending = 0;
  /** Called with the page position of the next line placed (named destinations, outline entries). */
  private anchors: ((y: number) => void)[] = [];

  /** The structure element the lines placed next belong to. */
  element: Element;

  constructor(readonly canvas: Canvas) {
    this.element = canvas.structure.root;
  }

  /** A new structure element inside the current one. */
  open(type: StructureType): Element {
    return this.canvas.structure.open(type, this.element);
  }

  /** Runs `place` with its lines belonging to `element`. */
  within(element: Element, place: () => void): void {
    const outer = this.element;
    this.element = element;
    place();
    this.element = outer;
  }

  /** True when nothing has been placed on the current page yet. */
  get atTop(): boolean {
    return this.y <= PAGE.top + 0.01;
  }

  /** Height left on the current page. */
  get room(): number {
    return PAGE.bottom - this.y;
  }

  /** Starts a new page. */
  newPage(): void {
    this.canvas.newPage();
    this.y = PAGE.top;
    this.pending = 0;
  }

  /** Moves to a new page unless `height` (after the owed gap) fits on this one or this page is empty. */
  ensure(height: number): void {
    if (!this.atTop && this.pending + height > this.room) this.newPage();
    this.settle();
  }

  /** Asks for at least `space` before the next line. */
  gap(space: number): void {
    this.pending = Math.max(this.pending, space);
  }

  /** Pays the owed gap (nothing at the top of a page). */
  settle(): void {
    if (!this.atTop) this.y += this.pending;
    this.pending = 0;
  }

  /** Runs `anchor` with the position of the next line placed, on the page it lands on. */
  anchor(anchor: (y: number) => void): void {
    this.anchors.push(anchor);
  }

  /** Places a waiting label (and anchors) on a line of its own, before content that cannot carry one. */
  flushLabel(): void {
    if (this.label === null && this.anchors.length === 0) return;
    const size = this.label?.line.size ?? 0;
    this.ensure(leading(size));
    this.placeLine({ items: [], width: 0, spaces: 0, last: true, size }, 0, 0, 'left');
  }

  /** How many of `lines` from `start` to put on this page, keeping first and last lines company. */
  private fitting(lines: readonly Line[], start: number): number {
    let room = this.room;
    let count = 0;
    while (start + count < lines.length && leading(lines[start + count]!.size) <= room + 0.01) {
      room -= leading(lines[start + count]!.size);
      count += 1;
    }
    const total = lines.length - start;
    if (count >= total) return total;
    if (total - count === 1 && count >= 3) count -= 1;
    if (count === 1 && start === 0 && total > 1) count = 0;
    return count;
  }

  /** Places `lines` at `x` in a measure `width` wide, breaking pages between lines as needed. */
  place(lines: readonly Line[], x: number, width: number, align: Align): void {
    this.settle();
    let index = 0;
    while (index < lines.length) {
      let count = this.fitting(lines, index);
      if (count === 0) {
        if (this.atTop) count = 1;
        else {
          this.newPage();
          continue;
        }
      }
      for (let i = index; i < index + count; i += 1) this.placeLine(lines[i]!, x, width, align);
      index += count;
      if (index < lines.length) this.newPage();
    }
  }

  /** Places one line (and any waiting label) at the current position, without checking for room. */
  placeLine(line: Line, x: number, width: number, align: Align): void {
    const size = Math.max(line.size, this.label?.line.size ?? 0);
    const baseline = this.y + baselineOffset(size);
    if (this.anchors.length > 0) {
      for (const anchor of this.anchors) anchor(this.y);
      this.anchors = [];
    }
    if (this.label !== null) {
      this.canvas.tag = this.label.element ?? this.element;
      drawLine(this.canvas, this.label.line, this.label.x, baseline, this.label.line.width, 'left');
      this.label = null;
    }
    this.canvas.tag = this.element;
    if (line.items.length > 0) drawLine(this.canvas, line, x, baseline, width, align);
    this.y += leading(size);
  }
}
