/**
 * The contents pages of a long document: one entry per section, with the page its heading lands on
 * and a link to it. The pages are reserved after the cover, before the body is set (their length
 * depends only on the entries' text), and drawn once the body has shown where each heading fell.
 */
import type { Section } from '../../model/index.js';
import { CONTENTS_TITLE, sectionHeading } from '../contents.js';
import { styles, type RenderContext } from './context.js';
import { drawLine } from './draw-line.js';
import { baselineOffset, leading, linesHeight, MEASURE, PAGE } from './flow.js';
import { itemsOf } from './inlines.js';
import { breakLines, type Line } from './line-break.js';
import type { Element } from './structure/tree.js';

/** Room kept at the right of every entry for its page number. */
const NUMBER_WIDTH = 40;
const ENTRY_GAP = 2;
const HEADING_GAP = 12;

interface Entry {
  id: string;
  lines: Line[];
  /** Which contents page (0 for the first) and how far down it the entry sits. */
  sheet: number;
  y: number;
}

/** One document's contents: reserved, then filled in. */
export class ContentsPages {
  private readonly heading: Line[];
  private readonly entries: Entry[];
  private readonly pages = new Map<string, number>();
  private first = 0;
  private sheets = 0;
  private toc: Element | null = null;
  private title: Element | null = null;

  constructor(
    sections: readonly Section[],
    private readonly ctx: RenderContext,
  ) {
    const { heading, body } = styles();
    const text = (value: string, style: typeof body, width: number) =>
      breakLines(itemsOf([{ type: 'text', value: value.normalize('NFC') }], style, ctx.inline), width, style.size);
    this.heading = text(CONTENTS_TITLE, heading, MEASURE);
    let sheet = 0;
    let y = PAGE.top + linesHeight(this.heading) + HEADING_GAP;
    this.entries = sections.map((section) => {
      const lines = text(sectionHeading(section), body, MEASURE - NUMBER_WIDTH);
      const height = linesHeight(lines);
      if (y + height > PAGE.bottom) {
        sheet += 1;
        y = PAGE.top;
      }
      const entry = { id: section.id, lines, sheet, y };
      y += height + ENTRY_GAP;
      return entry;
    });
    this.sheets = sheet + 1;
  }

  /** Leaves blank pages for the contents, their place in the structure tree kept, and starts the body after them. */
  reserve(): void {
    const flow = this.ctx.flow;
    const structure = flow.canvas.structure;
    this.title = structure.open('H2', structure.root);
    this.toc = structure.open('TOC', structure.root);
    flow.flushLabel();
    flow.newPage();
    this.first = flow.canvas.page;
    for (let i = 0; i < this.sheets; i += 1) flow.newPage();
  }

  /** Records that the heading of section `id` is on page `page` (0-based). */
  record(id: string, page: number): void {
    if (!this.pages.has(id)) this.pages.set(id, page);
  }

  /** Draws the reserved pages now that every heading's page is known. */
  draw(): void {
    const canvas = this.ctx.flow.canvas;
    const structure = canvas.structure;
    const { body } = styles();
    canvas.revisit(this.first);
    canvas.tag = this.title!;
    let y = PAGE.top;
    for (const line of this.heading) {
      drawLine(canvas, line, PAGE.left, y + baselineOffset(line.size), MEASURE, 'left');
      y += leading(line.size);
    }
    let sheet = 0;
    for (const entry of this.entries) {
      if (entry.sheet !== sheet) {
        sheet = entry.sheet;
        canvas.revisit(this.first + sheet);
      }
      const page = this.pages.get(entry.id);
      const destination = this.ctx.destinations.get(entry.id);
      if (page === undefined || destination === undefined) continue;
      const item = structure.open('TOCI', this.toc!);
      const link = structure.open('Link', structure.open('Reference', item));
      canvas.tag = link;
      let top = entry.y;
      for (const line of entry.lines) {
        drawLine(canvas, line, PAGE.left, top + baselineOffset(line.size), MEASURE - NUMBER_WIDTH, 'left');
        top += leading(line.size);
      }
      const number = breakLines(
        itemsOf([{ type: 'text', value: String(page + 1) }], body, this.ctx.inline),
        NUMBER_WIDTH,
        body.size,
      )[0]!;
      const last = top - leading(body.size);
      drawLine(
        canvas,
        number,
        PAGE.left + MEASURE - NUMBER_WIDTH,
        last + baselineOffset(body.size),
        NUMBER_WIDTH,
        'right',
      );
      canvas.link(PAGE.left, entry.y, MEASURE, top - entry.y, destination, link);
    }
  }
}
