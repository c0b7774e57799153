/**
 * Tables: a header row that repeats on every page, rows that never split across pages, figure
 * columns aligned right, and column widths set from the cells' content (as the PDF writer sets them),
 * in the document's table style.
 */
import type { Inline, Table as TableNode, TableCell as CellNode } from '../../model/index.js';
import { distributeWidths, figureWords, isFigure, type ColumnNeed } from '../column-widths.js';
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
  keepNext: boolean,
  width: number,
  state: RenderState,
): string {
  const paragraph = buildParagraph(
    {
      style: header ? Style.tableHeading : Style.tableText,
      content: content ? renderInlines(content.children, inlineEnv(state)) : '',
      alignment: align,
      keepNext,
    },
    state,
  );
  return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/></w:tcPr>${paragraph}</w:tc>`;
}

/**
 * Twips a character of the 9-point table text takes, on the generous side (Arial's digits and capitals
 * are about 100): Word has no metrics to give here, and a figure must fit its column with room to spare.
 */
const CHAR_TWIPS = 105;
/** Word's default cell margins, left and right. */
const CELL_PADDING = 2 * 108;

function inlineText(inlines: readonly Inline[]): string {
  let out = '';
  for (const inline of inlines) {
    if (inline.type === 'text') out += inline.value;
    else if (inline.type === 'reference') out += inline.text ?? inline.target;
    else if (inline.type === 'definedTerm') out += inline.term;
    else if (inline.type === 'lineBreak') out += '\n';
    else out += inlineText(inline.children);
  }
  return out;
}

function cellNeed(cell: CellNode | undefined): ColumnNeed {
  const text = cell === undefined ? '' : inlineText(cell.children);
  const words = figureWords(text.split(/\s+/).filter((w) => w !== ''));
  const longest = (list: readonly string[]): number => Math.max(0, ...list.map((w) => [...w].length));
  const line = Math.max(0, ...text.split('\n').map((l) => [...l].length));
  const twips = (chars: number): number => chars * CHAR_TWIPS + CELL_PADDING;
  return { hard: twips(longest(words.filter(isFigure))), word: twips(longest(words)), natural: twips(line) };
}

/** Whole-twip widths from content that add up to `total` exactly. */
function widthsOf(node: TableNode, columns: number, total: number): number[] {
  const rows = node.header.length > 0 ? [node.header, ...node.rows] : node.rows;
  const needs: ColumnNeed[] = [];
  for (let col = 0; col < columns; col += 1) {
    const cells = rows.map((row) => cellNeed(row[col]));
    needs.push({
      hard: Math.max(...cells.map((c) => c.hard)),
      word: Math.max(...cells.map((c) => c.word)),
      natural: Math.max(...cells.map((c) => c.natural)),
    });
  }
  const widths = distributeWidths(needs, total).map(Math.floor);
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** A table spanning the text width left at its place, its columns sized from their content. */
export const tableBlock: BlockHandler<TableNode> = (node, env) => {
  const { state, place } = env;
  const columns = Math.max(1, node.header.length, node.align.length, ...node.rows.map((row) => row.length));
  const total = TEXT_WIDTH - place.indent;
  const widths = widthsOf(node, columns, total);
  // The header row goes with the first row, so a heading kept with the table has a row under it; the
  // last row but one goes with the last, which never stands alone at the top of a page (as in the PDF).
  const rowXml = (
    cells: readonly CellNode[],
    header: boolean,
    change: RevisionKind | null,
    keepNext = header,
  ): string => {
    const kind = change ?? state.blockRevision;
    const mark = kind === null ? '' : `<w:${kind} ${revisionAttributes(state.revision(kind))}/>`;
    let xml = `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}${mark}</w:trPr>`;
    for (let i = 0; i < columns; i += 1)
      xml += cellXml(cells[i], node.align[i] ?? 'left', header, keepNext, widths[i]!, state);
    return `${xml}</w:tr>`;
  };
  let rows = node.header.length > 0 ? rowXml(node.header, true, null) : '';
  node.rows.forEach((row, r) => {
    const change = ITEM_REVISIONS[node.rowChanges?.[r] ?? 'none'];
    const beforeLast = r > 0 && r === node.rows.length - 2;
    rows += state.within(change, () => rowXml(row, false, change, beforeLast));
  });
  if (rows === '') return '';
  const indent = place.indent > 0 ? `<w:tblInd w:w="${place.indent}" w:type="dxa"/>` : '';
  const grid = widths.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  return (
    `<w:tbl><w:tblPr><w:tblStyle w:val="${escapeAttribute(Style.table)}"/><w:tblW w:w="${total}" w:type="dxa"/>` +
    `${indent}<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>` +
    `<w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`
  );
};
