/**
 * A GFM pipe table → a model table: one header row, body rows, and per column 'right' where the
 * delimiter row says `---:` (figures) and 'left' otherwise.
 */
import type { Block, Table, TableCell } from '../../model/index.js';
import { expect, faultAt, noAttributes, type ConvertContext, type Cursor } from './context.js';
import { convertInlines } from './inline.js';
import type { Token } from './parser.js';

/** Reads `table_open … table_close`. */
export function readTable(cursor: Cursor, context: ConvertContext): Block[] {
  const open = cursor.next();
  noAttributes(context, open, 'a table');
  expect(cursor, context, 'thead_open');
  const head = readRow(cursor, context, open, 'th');
  expect(cursor, context, 'thead_close');
  const rows: TableCell[][] = [];
  if (cursor.peek()?.type === 'tbody_open') {
    cursor.next();
    while (cursor.peek()?.type === 'tr_open') rows.push(readRow(cursor, context, open, 'td').cells);
    expect(cursor, context, 'tbody_close');
  }
  expect(cursor, context, 'table_close');
  const table: Table = { type: 'table', header: head.cells, rows, align: head.align };
  return [table];
}

function readRow(cursor: Cursor, context: ConvertContext, table: Token, tag: 'th' | 'td') {
  expect(cursor, context, 'tr_open');
  const cells: TableCell[] = [];
  const align: ('left' | 'right')[] = [];
  while (cursor.peek()?.type === `${tag}_open`) {
    const open = cursor.next();
    const inline = expect(cursor, context, 'inline');
    expect(cursor, context, `${tag}_close`);
    align.push(open.attrGet('style') === 'text-align:right' ? 'right' : 'left');
    inline.map ??= table.map;
    cells.push({ type: 'tableCell', children: convertInlines(inline, context) });
  }
  if (cursor.peek()?.type !== 'tr_close')
    throw faultAt(context, table, 'Cannot read a table row, expected cells between pipes');
  cursor.next();
  return { cells, align };
}
