/**
 * Blocks → lines of text at a given indent: section headings with their numbers, clauses with their
 * numbers hanging in front of the text, list items "(a)", definitions, tables, signatures and page breaks.
 */
import { PartnershipError } from '../../errors.js';
import type { Block, Clause, List, Paragraph, Section } from '../../model/index.js';
import { provisionLabel } from '../../model/index.js';
import { markLines, titleText } from './changes.js';
import { inlineText } from './inlines.js';
import { signatureLines } from './signatures.js';
import { tableLines } from './table.js';
import { columnsOf, fill, hang, LINE_WIDTH, pad } from './wrap.js';

/** The narrowest gap between a clause number and its text. */
const CLAUSE_GAP = 6;

const PAGE_BREAK = ' page break ';

function numbered(number: string | undefined, what: string): string {
  if (number === undefined) {
    throw new PartnershipError('internal', `Cannot write ${what}: it has no number, expected a numbered document`);
  }
  return number;
}

/** Blocks one after another, a blank line between them (two before a section heading). */
export function blocksLines(blocks: readonly Block[], indent: number): string[] {
  return blocks.flatMap((block, i) => {
    const gap = i === 0 ? [] : block.type === 'section' ? ['', ''] : [''];
    return [...gap, ...blockLines(block, indent)];
  });
}

function sectionLines(section: Section, indent: number): string[] {
  let heading = titleText(section) ?? section.title;
  if (section.kind === 'schedule')
    heading = `${numbered(section.number ?? undefined, `schedule \`${section.id}\``)} — ${heading}`;
  else if (section.kind === 'body')
    heading = `${numbered(section.number ?? undefined, `section \`${section.id}\``)}. ${heading}`;
  const lines = fill(heading, indent);
  const rule = pad(indent) + '-'.repeat(Math.max(...lines.map((line) => columnsOf(line) - indent)));
  const body = blocksLines(section.children, indent);
  return [...lines, rule, ...(body.length > 0 ? ['', ...body] : [])];
}

function clauseLines(clause: Clause, indent: number): string[] {
  const number = provisionLabel(numbered(clause.number, `clause \`${clause.id}\``));
  const width = Math.max(CLAUSE_GAP, columnsOf(number) + 2);
  const heading = titleText(clause);
  const title = heading === null ? [] : fill(heading, indent + width);
  return hang([...title, ...blocksLines(clause.children, indent + width)], indent, width, number);
}

function listLines(list: List, indent: number): string[] {
  const labels = list.items.map((item, i) =>
    list.ordered ? numbered(item.number, `item ${i + 1} of an ordered list`) : '-',
  );
  const width = Math.max(...labels.map(columnsOf)) + 2;
  return list.items.flatMap((item, i) => {
    const body = item.children.flatMap((child) => blockLines(child, indent + width));
    return markLines(hang(body, indent, width, labels[i] as string), item.change);
  });
}

function paragraphLines(paragraph: Paragraph, indent: number): string[] {
  const text = inlineText(paragraph.children);
  return fill(paragraph.role === 'note' ? `[${text}]` : text, indent);
}

/** The lines of one block, starting at column `indent`. */
export function blockLines(block: Block, indent: number): string[] {
  switch (block.type) {
    case 'section':
      return sectionLines(block, indent);
    case 'clause':
      return clauseLines(block, indent);
    case 'paragraph':
      return paragraphLines(block, indent);
    case 'list':
      return listLines(block, indent);
    case 'table':
      return tableLines(block, indent);
    case 'signatures':
      return signatureLines(block, indent);
    case 'definitions':
      return block.items.flatMap((item, i) => [
        ...(i > 0 ? [''] : []),
        ...markLines(fill(`“${item.term}” ${inlineText(item.children)}`, indent), item.change),
      ]);
    case 'changed':
      return markLines(blocksLines(block.children, indent), block.change);
    case 'pageBreak': {
      const side = LINE_WIDTH - PAGE_BREAK.length;
      return ['-'.repeat(Math.floor(side / 2)) + PAGE_BREAK + '-'.repeat(Math.ceil(side / 2))];
    }
    default: {
      const unknown: never = block;
      throw new PartnershipError('internal', `Cannot handle unknown block \`${(unknown as { type: string }).type}\``);
    }
  }
}
