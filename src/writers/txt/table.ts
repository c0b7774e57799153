/**
 * A table → aligned text columns: a header row, a rule, then the rows; figures right-aligned.
 *
 * When the natural widths do not fit the line, the widest text column gives way first (its cells wrap),
 * down to its longest word; figure columns never wrap, so amounts stay on one line.
 */
import type { Table } from '../../model/index.js';
import { markText } from './changes.js';
import { inlineText } from './inlines.js';
import { figureWords } from '../column-widths.js';
import { columnsOf, LINE_WIDTH, longestWord, pad, wrapText } from './wrap.js';

const GAP = 2;

function longestLine(text: string): number {
  return Math.max(0, ...text.split('\n').map(columnsOf));
}

/** Column widths that fit `available`, shrinking the widest text column one step at a time. */
function fitWidths(grid: readonly string[][], align: Table['align'], available: number): number[] {
  const count = align.length;
  const column = (c: number): string[] => grid.map((row) => row[c] ?? '');
  const widths = align.map((_, c) => Math.max(1, ...column(c).map(longestLine)));
  // A run of digit groups ("01632 960 101") is one figure, never wrapped.
  const longestFigure = (text: string): number =>
    Math.max(
      0,
      ...figureWords(text.split(/[ \n]/))
        .filter((w) => w.includes(' '))
        .map(columnsOf),
    );
  const floors = align.map((side, c) =>
    side === 'right'
      ? (widths[c] as number)
      : Math.max(...column(c).map((text) => Math.max(longestWord(text), longestFigure(text)))),
  );
  let total = widths.reduce((a, b) => a + b, 0) + GAP * (count - 1);
  while (total > available) {
    let widest = -1;
    for (let c = 0; c < count; c += 1) {
      if (
        (widths[c] as number) > (floors[c] as number) &&
        (widest < 0 || (widths[c] as number) > (widths[widest] as number))
      )
        widest = c;
    }
    if (widest < 0) break;
    widths[widest] = (widths[widest] as number) - 1;
    total -= 1;
  }
  return widths;
}

function renderRow(
  cells: readonly string[],
  widths: readonly number[],
  align: Table['align'],
  indent: number,
): string[] {
  const wrapped = widths.map((width, c) => wrapText(cells[c] ?? '', width));
  const height = Math.max(...wrapped.map((lines) => lines.length));
  const lines: string[] = [];
  for (let i = 0; i < height; i += 1) {
    const parts = widths.map((width, c) => {
      const text = wrapped[c]?.[i] ?? '';
      const room = pad(width - columnsOf(text));
      return align[c] === 'right' ? room + text : text + room;
    });
    lines.push((pad(indent) + parts.join(pad(GAP))).trimEnd());
  }
  return lines;
}

/** The lines of `table`, starting at column `indent`. */
export function tableLines(table: Table, indent: number): string[] {
  const align = table.header.map((_, c) => table.align[c] ?? 'left');
  const header = table.header.map((cell) => inlineText(cell.children));
  const rows = table.rows.map((row, r) =>
    align.map((_, c) => markText(inlineText(row[c]?.children ?? []), table.rowChanges?.[r])),
  );
  const widths = fitWidths([header, ...rows], align, LINE_WIDTH - indent);
  const rule = pad(indent) + widths.map((width) => '-'.repeat(width)).join(pad(GAP));
  const body = rows.map((row) => renderRow(row, widths, align, indent));
  // When a cell wraps, a reader cannot tell where one row ends and the next begins: as in pandoc's
  // multiline tables, rows are then parted by a blank line and the table is closed by a rule.
  if (body.every((lines) => lines.length <= 1))
    return [...renderRow(header, widths, align, indent), rule, ...body.flat()];
  return [
    ...renderRow(header, widths, align, indent),
    rule,
    ...body.flatMap((lines, r) => (r === 0 ? lines : ['', ...lines])),
    rule,
  ];
}
