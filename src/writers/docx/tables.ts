/**
 * Tables: a header row that repeats on every page, rows that never split across pages, and figure
 * columns aligned right, in the document's table style.
 */
import type { Table as TableNode, TableCell as CellNode } from '../../model/index.js';
import { inlineEnv, renderInlines } from './inlines.js';
import { ITEM_REVISIONS } from './lists.js';
import { escapeAttribute, revisionAttributes, type RevisionKind } from './ooxml.js';
import { TEXT_WIDTH } from './page.js';
import { buildParagraph } from './paragraphs.js';
import type { BlockHandler, RenderState } from './render-state.js';
import { Style } from './styles.js';

function cellXml(
  content: CellNode | undefined,
  align: 'left' | 'right',
  header: boolean,
  width: number,
  state: RenderState,
): string {
  const paragraph = buildParagraph(
    {
      style: header ? Style.tableHeading : Style.tableText,
      content: content ? renderInlines(content.children, inlineEnv(state)) : '',
      alignment: align,
    },
    state,
  );
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph}</w:tc>`;
}

/** A table spanning the text width left at its place, columns of equal width. */
export const tableBlock: BlockHandler<TableNode> = (node, env) => {
  const { state, place } = env;
  const columns = Math.max(1, node.header.length, node.align.length, ...node.rows.map((row) => row.length));
  const columnWidth = Math.floor((TEXT_WIDTH - place.indent) / columns);
  const rowXml = (cells: readonly CellNode[], header: boolean, change: RevisionKind | null): string => {
    const kind = change ?? state.blockRevision;
    const mark = kind === null ? '' : `<w:${kind} ${revisionAttributes(state.revision(kind))}/>`;
    let xml = `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}${mark}</w:trPr>`;
    for (let i = 0; i < columns; i += 1) xml += cellXml(cells[i], node.align[i] ?? 'left', header, columnWidth, state);
    return `${xml}</w:tr>`;
  };
  let rows = node.header.length > 0 ? rowXml(node.header, true, null) : '';
  node.rows.forEach((row, r) => {
    const change = ITEM_REVISIONS[node.rowChanges?.[r] ?? 'none'];
    rows += state.within(change, () => rowXml(row, false, change));
  });
  if (rows === '') return '';
  const indent = place.indent > 0 ? `<w:tblInd w:w="${place.indent}" w:type="dxa"/>` : '';
  const grid = `<w:gridCol w:w="${columnWidth}"/>`.repeat(columns);
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${escapeAttribute(Style.table)}"/><w:tblW w:w="${columnWidth * columns}" w:type="dxa"/>` +
    `${indent}<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
};
