/**
 * What a document says about itself on the page: the cover block (title, partnership, document
 * control), the running footer with "Page X of Y", and the DRAFT marking of a draft.
 */
import type { DocumentMeta } from '../../model/index.js';
import type { Canvas } from './canvas.js';
import { styles, type RenderContext } from './context.js';
import { drawLine } from './draw-line.js';
import { leading, MEASURE, PAGE } from './flow.js';
import type { InlineContext } from './inlines.js';
import { itemsOf } from './inlines.js';
import { breakLines, type Line } from './line-break.js';
import { COLOURS, plain, type RunStyle } from './style.js';
import { DRAFT_NOTE } from '../cover-words.js';

function linesOf(text: string, style: RunStyle, width: number, inline: InlineContext): Line[] {
  return breakLines(itemsOf([{ type: 'text', value: text }], style, inline), width, style.size);
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Sets the cover block at the top of the first page. */
export function setCover(ctx: RenderContext, meta: DocumentMeta): void {
  const flow = ctx.flow;
  const { body, bold, note } = styles();
  const centred = (text: string, style: RunStyle, after: number, type: 'H1' | 'P' = 'P'): void => {
    flow.within(flow.open(type), () =>
      flow.place(linesOf(text, style, MEASURE, ctx.inline), PAGE.left, MEASURE, 'center'),
    );
    flow.gap(after);
  };
  flow.y += 24;
  centred(meta.title, plain('bold', 22), 10, 'H1');
  centred(meta.partnership, plain('regular', 13), 4);
  if (meta.shortName !== null) centred(`(“${meta.shortName}”)`, plain('regular', 11), 4);
  flow.gap(16);
  const rows: [string, string][] = [
    ['Version', meta.version],
    ['Status', capitalised(meta.status)],
    ['Date', meta.dateText],
    ['Document ID', meta.documentId],
  ];
  if (meta.supersedes !== null) rows.push(['Supersedes', meta.supersedes]);
  const keyWidth = 90;
  const indent = 70;
  const valueWidth = MEASURE - 2 * indent - keyWidth + 60;
  for (const [key, value] of rows) {
    flow.label = { line: linesOf(key, bold, keyWidth, ctx.inline)[0]!, x: PAGE.left + indent };
    flow.within(flow.open('P'), () =>
      flow.place(linesOf(value, body, valueWidth, ctx.inline), PAGE.left + indent + keyWidth, valueWidth, 'left'),
    );
  }
  if (meta.status === 'draft') {
    flow.gap(12);
    centred(DRAFT_NOTE, plain('bold', 10, COLOURS.deleted), 0);
  }
  flow.gap(14);
  flow.settle();
  flow.canvas.line(PAGE.left, flow.y, PAGE.left + MEASURE, flow.y, 0.75, COLOURS.rule);
  flow.gap(note.size);
}

/** The diagonal DRAFT across a page, drawn before the body so the text stays on top of it. */
export function drawDraftMark(canvas: Canvas, inline: InlineContext): void {
  const style = plain('bold', 110, COLOURS.watermark);
  const line = linesOf('DRAFT', style, PAGE.width * 2, inline)[0]!;
  const cos = Math.SQRT1_2;
  const capHalf = 0.36 * style.size;
  // Text runs up and to the right at 45°; y grows downwards on the page, hence the signs.
  const x = PAGE.width / 2 - (line.width / 2) * cos + capHalf * cos;
  const y = PAGE.height / 2 + (line.width / 2) * cos + capHalf * cos;
  drawLine(canvas, line, x, y, line.width, 'left', `${cos} ${-cos} ${-cos} ${-cos}`);
}

/** Draws the running footer on every buffered page, now that the page count is known. */
export function drawFooters(canvas: Canvas, meta: DocumentMeta, inline: InlineContext): void {
  const { footer, footerBold } = styles();
  const { start, count } = canvas.doc.bufferedPageRange();
  const top = PAGE.bottom + 22;
  const right = PAGE.left + MEASURE;
  const status = meta.status === 'draft' ? 'DRAFT' : capitalised(meta.status);
  const leftText = linesOf(`${meta.partnership} — ${meta.title}`, footer, MEASURE - 90, inline);
  const second = linesOf(
    `Version ${meta.version} · ${status}`,
    meta.status === 'draft' ? footerBold : footer,
    MEASURE - 90,
    inline,
  );
  for (let index = start; index < start + count; index += 1) {
    canvas.revisit(index);
    canvas.tag = 'artifact';
    canvas.line(PAGE.left, top - 6, right, top - 6, 0.5, COLOURS.rule);
    let y = top + footer.size;
    for (const line of [...leftText, ...second]) {
      drawLine(canvas, line, PAGE.left, y, MEASURE - 90, 'left');
      y += leading(footer.size);
    }
    const page = linesOf(`Page ${index + 1} of ${count}`, footer, 90, inline)[0]!;
    drawLine(canvas, page, right - 90, top + footer.size, 90, 'right');
  }
  canvas.flush();
}
