/**
 * Tables: column widths from the cells' content, cells wrapped within their column, figures aligned
 * right, rows never split, and the header row repeated at the top of every page the table runs onto.
 */
import type { Table, TableCell } from '../../model/index.js';
import { styles, type BlockPlace, type RenderContext } from './context.js';
import { drawLine } from './draw-line.js';
import { baselineOffset, leading, linesHeight, MEASURE, PAGE } from './flow.js';
import { itemsOf, withMark } from './inlines.js';
import { breakLines, type Item, type Line } from './line-break.js';
import type { Tag } from './structure/tree.js';
import { COLOURS, type RunStyle } from './style.js';
import { distributeWidths, isDigitGroup, isFigure, type ColumnNeed } from '../column-widths.js';

const PAD_X = 5;
const PAD_Y = 3;
const RULE = 0.5;

interface Row {
  cells: Line[][];
  height: number;
  /** Where each cell's lines belong: TH or TD elements, or artifacts for a repeated header. */
  tags?: Tag[];
}

/** What a cell needs: its widest figure, its widest word and its width on one line, padding included. */
function cellNeed(items: readonly Item[]): ColumnNeed {
  let natural = 0;
  let word = 0;
  let hard = 0;
  // A run of digit groups and the spaces between them ("01632 960 101") is one figure.
  let run = 0;
  let space = 0;
  for (const item of items) {
    if (item.kind === 'break') {
      run = 0;
      continue;
    }
    natural += item.width;
    if (item.kind === 'space') {
      space = item.width;
      continue;
    }
    const text = item.pieces.map((piece) => piece.text).join('');
    word = Math.max(word, item.width);
    run = isDigitGroup(text) ? (run > 0 ? run + space : 0) + item.width : 0;
    if (isFigure(text)) hard = Math.max(hard, item.width, run);
  }
  return { hard: hard + 2 * PAD_X, word: word + 2 * PAD_X, natural: natural + 2 * PAD_X };
}

/**
 * Column widths filling `total`, from the cells' content: figures never break, other words only when
 * the page cannot hold every column's widest word (see `distributeWidths`).
 */
export function columnWidths(rows: readonly (readonly Item[])[][], total: number): number[] {
  const count = rows[0]?.length ?? 0;
  const needs: ColumnNeed[] = [];
  for (let col = 0; col < count; col += 1) {
    const cells = rows.map((row) => cellNeed(row[col] ?? []));
    needs.push({
      hard: Math.max(...cells.map((c) => c.hard)),
      word: Math.max(...cells.map((c) => c.word)),
      natural: Math.max(...cells.map((c) => c.natural)),
    });
  }
  return distributeWidths(needs, total);
}

function cellItems(cells: readonly TableCell[], style: RunStyle, ctx: RenderContext, count: number): Item[][] {
  const out: Item[][] = [];
  for (let i = 0; i < count; i += 1) out.push(itemsOf(cells[i]?.children ?? [], style, ctx.inline));
  return out;
}

function layoutRow(cells: readonly Item[][], widths: readonly number[], size: number): Row {
  const lines = cells.map((items, col) => breakLines(items, widths[col]! - 2 * PAD_X, size));
  const height = Math.max(...lines.map(linesHeight)) + 2 * PAD_Y;
  return { cells: lines, height };
}

/** Cuts a row taller than `room` into rows that fit, each cell's lines in order. */
function sliceRow(row: Row, room: number): Row[] {
  const slices: Row[] = [];
  const next = row.cells.map(() => 0);
  while (row.cells.some((lines, col) => next[col]! < lines.length)) {
    const cells = row.cells.map((lines, col) => {
      const taken: Line[] = [];
      let used = 2 * PAD_Y;
      while (next[col]! < lines.length && (taken.length === 0 || used + leading(lines[next[col]!]!.size) <= room)) {
        used += leading(lines[next[col]!]!.size);
        taken.push(lines[next[col]!]!);
        next[col]! += 1;
      }
      return taken;
    });
    slices.push({
      cells,
      height: Math.max(...cells.map(linesHeight)) + 2 * PAD_Y,
      ...(row.tags ? { tags: row.tags } : {}),
    });
  }
  return slices;
}

/** Draws one row at the flow's position and moves below it. */
function drawRow(
  ctx: RenderContext,
  row: Row,
  x: number,
  widths: readonly number[],
  align: Table['align'],
  shaded: boolean,
): void {
  const canvas = ctx.flow.canvas;
  const top = ctx.flow.y;
  const width = widths.reduce((a, b) => a + b, 0);
  if (shaded) canvas.fillRect(x, top, width, row.height, COLOURS.shade);
  let left = x;
  row.cells.forEach((lines, col) => {
    let y = top + PAD_Y;
    const inner = widths[col]! - 2 * PAD_X;
    canvas.tag = row.tags?.[col] ?? 'artifact';
    for (const line of lines) {
      drawLine(
        canvas,
        line,
        left + PAD_X,
        y + baselineOffset(line.size),
        inner,
        align[col] === 'right' ? 'right' : 'left',
      );
      y += leading(line.size);
    }
    left += widths[col]!;
  });
  canvas.line(x, top + row.height, x + width, top + row.height, RULE, COLOURS.rule);
  ctx.flow.y = top + row.height;
}

interface TableLayout {
  x: number;
  widths: number[];
  headerRow: Row | null;
  bodyRows: Row[];
}

/**
 * Layouts made in one render, by its inline context: keeping a heading or an introduction with a table
 * asks for the table's start before the table is set, and laying a long table out twice cost time.
 */
const layouts = new WeakMap<object, Map<Table, { indent: number; layout: TableLayout }>>();

function layoutTable(table: Table, ctx: RenderContext, place: BlockPlace): TableLayout {
  let made = layouts.get(ctx.inline);
  if (made === undefined) {
    made = new Map();
    layouts.set(ctx.inline, made);
  }
  const found = made.get(table);
  if (found !== undefined && found.indent === place.indent) return found.layout;
  const layout = newLayout(table, ctx, place);
  made.set(table, { indent: place.indent, layout });
  return layout;
}

function newLayout(table: Table, ctx: RenderContext, place: BlockPlace): TableLayout {
  const { table: body, tableHeader } = styles();
  const count = Math.max(table.header.length, ...table.rows.map((row) => row.length));
  const header = cellItems(table.header, tableHeader, ctx, count);
  const rows = table.rows.map((row, r) => {
    let items: Item[][] = [];
    withMark(ctx.inline, table.rowChanges?.[r], () => (items = cellItems(row, body, ctx, count)));
    return items;
  });
  const widths = columnWidths(table.header.length > 0 ? [header, ...rows] : rows, MEASURE - place.indent);
  return {
    x: PAGE.left + place.indent,
    widths,
    headerRow: table.header.length > 0 ? layoutRow(header, widths, tableHeader.size) : null,
    bodyRows: rows.map((cells) => layoutRow(cells, widths, body.size)),
  };
}

function startOf(layout: TableLayout): number {
  return (layout.headerRow?.height ?? 0) + (layout.bodyRows[0]?.height ?? 0);
}

/** Height a page needs to begin the table (its header and first row), for keeping a heading with it. */
export function tableStart(table: Table, ctx: RenderContext, place: BlockPlace): number {
  return TABLE_GAP + startOf(layoutTable(table, ctx, place));
}

const TABLE_GAP = 8;

/** Sets a table at the place's indent. */
export function setTable(table: Table, ctx: RenderContext, place: BlockPlace): void {
  const flow = ctx.flow;
  flow.flushLabel();
  const layout = layoutTable(table, ctx, place);
  const { x, widths, headerRow, bodyRows } = layout;
  const element = flow.open('Table');
  const structure = flow.canvas.structure;
  const rowTags = (type: 'TH' | 'TD', count: number): Tag[] => {
    const tr = structure.open('TR', element);
    return Array.from({ length: count }, () => structure.open(type, tr, type === 'TH' ? 'Column' : null));
  };
  // The header row is in the tree once; its repeats on later pages are pagination artifacts.
  let headerTags: Tag[] | undefined = headerRow === null ? undefined : rowTags('TH', headerRow.cells.length);
  const startHeader = (): void => {
    flow.canvas.line(x, flow.y, x + MEASURE - place.indent, flow.y, RULE, COLOURS.rule);
    if (headerRow !== null)
      drawRow(ctx, { ...headerRow, ...(headerTags ? { tags: headerTags } : {}) }, x, widths, table.align, true);
    headerTags = undefined;
  };
  flow.gap(TABLE_GAP);
  flow.ensure(startOf(layout));
  startHeader();
  const pageRoom = PAGE.bottom - PAGE.top - (headerRow?.height ?? 0);
  bodyRows.forEach((bodyRow, i) => {
    const row = { ...bodyRow, tags: rowTags('TD', bodyRow.cells.length) };
    // The last row never stands alone at the top of a page: the row before it goes over with it, unless
    // that would leave the header alone or either row is taller than a page.
    const last = bodyRows[i + 1];
    if (
      i > 0 &&
      i === bodyRows.length - 2 &&
      last !== undefined &&
      row.height + last.height <= pageRoom &&
      row.height <= flow.room &&
      row.height + last.height > flow.room
    ) {
      flow.newPage();
      startHeader();
    }
    // A row that fits on a page moves whole; one taller than any page is cut between its lines.
    const pieces = row.height <= pageRoom ? [row] : sliceRow(row, pageRoom);
    for (const piece of pieces) {
      if (piece.height > flow.room) {
        flow.newPage();
        startHeader();
      }
      drawRow(ctx, piece, x, widths, table.align, false);
    }
  });
  flow.gap(TABLE_GAP);
}
