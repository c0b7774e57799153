/**
 * A GFM pipe table → a model table: one header row, body rows, and per column 'right' where the
 * delimiter row says `---:` (figures) and 'left' otherwise. A body row whose first cell starts with
 * `{#id}` carries that id, the spec item it comes from, so a redline pairs rows by item, never by place;
 * a header row that does gives the id to the whole table (a table per member). A column that no row
 * fills is dropped.
 */
import type { Block, Table, TableCell } from '../../model/index.js';
import { expect, faultAt, noAttributes, type ConvertContext, type Cursor } from './context.js';
import { convertInlines, plainText } from './inline.js';
import type { Token } from './parser.js';

// A space may stand before the brace, since `{#a-{{id}}}` would end in Handlebars' `}}}`.
const LEADING_ID = /^\{#([^\s{}]+)[ \t]*\}[ \t]*/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** Reads `table_open … table_close`. */
export function readTable(cursor: Cursor, context: ConvertContext): Block[] {
  const open = cursor.next();
  noAttributes(context, open, 'a table');
  expect(cursor, context, 'thead_open');
  const head = readRow(cursor, context, open, 'th');
  expect(cursor, context, 'thead_close');
  const rows: TableCell[][] = [];
  const rowIds: (string | null)[] = [];
  if (cursor.peek()?.type === 'tbody_open') {
    cursor.next();
    while (cursor.peek()?.type === 'tr_open') {
      const row = readRow(cursor, context, open, 'td');
      rows.push(row.cells);
      rowIds.push(row.id);
    }
    expect(cursor, context, 'tbody_close');
  }
  expect(cursor, context, 'table_close');
  // A column no row fills says nothing ("Mitigations" of a register whose risks have none yet): it goes,
  // so a reader never meets an empty column. The first column names the row and always stays.
  const kept = head.cells.map((_, c) => c === 0 || rows.length === 0 || rows.some((row) => !isEmpty(row[c])));
  const pick = <T>(cells: readonly T[]): T[] => cells.filter((_, c) => kept[c] !== false);
  const table: Table = {
    type: 'table',
    header: pick(head.cells),
    rows: rows.map((row) => pick(row)),
    align: pick(head.align),
  };
  if (head.id !== null) table.itemId = head.id;
  if (rowIds.some((id) => id !== null)) table.rowIds = rowIds;
  return [table];
}

/** A cell with no text, or only spaces. */
function isEmpty(cell: TableCell | undefined): boolean {
  return cell === undefined || cell.children.every((inline) => inline.type === 'text' && inline.value.trim() === '');
}

/** The `{#id}` at the very start of a row's first cell, removed from its text. */
function takeRowId(inline: Token, context: ConvertContext, table: Token): string | null {
  const first = inline.children?.[0];
  if (first?.type !== 'text') return null;
  const match = LEADING_ID.exec(first.content);
  if (match === null) return null;
  first.content = first.content.slice(match[0].length);
  const id = plainText(match[1]!, { context, owner: table });
  if (!ID.test(id))
    throw faultAt(context, table, `Cannot use \`${id}\` as a row id, expected letters, digits, '-', '_', '.' or ':'`);
  return id;
}

function readRow(cursor: Cursor, context: ConvertContext, table: Token, tag: 'th' | 'td') {
  expect(cursor, context, 'tr_open');
  const cells: TableCell[] = [];
  const align: ('left' | 'right')[] = [];
  let id: string | null = null;
  while (cursor.peek()?.type === `${tag}_open`) {
    const open = cursor.next();
    const inline = expect(cursor, context, 'inline');
    expect(cursor, context, `${tag}_close`);
    align.push(open.attrGet('style') === 'text-align:right' ? 'right' : 'left');
    inline.map ??= table.map;
    if (cells.length === 0) id = takeRowId(inline, context, table);
    cells.push({ type: 'tableCell', children: convertInlines(inline, context) });
  }
  if (cursor.peek()?.type !== 'tr_close')
    throw faultAt(context, table, 'Cannot read a table row, expected cells between pipes');
  cursor.next();
  return { cells, align, id };
}
