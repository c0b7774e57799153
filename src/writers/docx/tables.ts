/**
 * Tables: a header row that repeats on every page, rows that never split across pages, and figure
 * columns aligned right, in the document's table style.
 */
import { AlignmentType, Table, TableCell, TableRow, WidthType } from 'docx';
import type { Table as TableNode, TableCell as CellNode } from '../../model/index.js';
import { inlineEnv, renderInlines } from './inlines.js';
import { TEXT_WIDTH } from './page.js';
import { buildParagraph } from './paragraphs.js';
import type { BlockHandler, RenderState } from './render-state.js';
import { Style } from './styles.js';

function cellOf(
  content: CellNode | undefined,
  align: 'left' | 'right',
  header: boolean,
  width: number,
  state: RenderState,
): TableCell {
  const paragraph = buildParagraph(
    {
      style: header ? Style.tableHeading : Style.tableText,
      children: content ? renderInlines(content.children, inlineEnv(state)) : [],
      alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    },
    state,
  );
  return new TableCell({ children: [paragraph], width: { size: width, type: WidthType.DXA } });
}

/** A table spanning the text width left at its place, columns of equal width. */
export const tableBlock: BlockHandler<TableNode> = (node, env) => {
  const { state, place } = env;
  const columns = Math.max(1, node.header.length, node.align.length, ...node.rows.map((row) => row.length));
  const width = TEXT_WIDTH - place.indent;
  const columnWidth = Math.floor(width / columns);
  const rowOf = (cells: readonly CellNode[], header: boolean): TableRow =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: Array.from({ length: columns }, (_, i) =>
        cellOf(cells[i], node.align[i] ?? 'left', header, columnWidth, state),
      ),
    });
  const rows = [...(node.header.length > 0 ? [rowOf(node.header, true)] : []), ...node.rows.map((row) => rowOf(row, false))];
  if (rows.length === 0) return [];
  return [
    new Table({
      style: Style.table,
      rows,
      width: { size: columnWidth * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => columnWidth),
      ...(place.indent > 0 ? { indent: { size: place.indent, type: WidthType.DXA } } : {}),
    }),
  ];
};
