/**
 * Block-level Markdown → model blocks, one handler per opening token type through a map. Headings are
 * not here: they open sections and clauses, which the document builder (index.ts) nests.
 */
import type { Block } from '../../model/index.js';
import { expect, faultAt, noAttributes, type BlockHandler, type ConvertContext, type Cursor } from './context.js';
import { readDirective } from './directives.js';
import { convertInlines } from './inline.js';
import { readList } from './list.js';
import { DIRECTIVE_OPEN } from './parser.js';
import { readTable } from './table.js';

const UNSUPPORTED: Record<string, string> = {
  blockquote_open: 'a block quote (`>`)',
  code_block: 'an indented code block (four spaces of indent)',
  fence: 'a fenced code block',
  hr: 'a horizontal rule (use `::: page-break` for a new page)',
  html_block: 'raw HTML',
  heading_open: 'a heading here',
};

const HANDLERS: Record<string, BlockHandler> = {
  paragraph_open: readParagraph,
  bullet_list_open: readList,
  ordered_list_open: readList,
  table_open: readTable,
  [DIRECTIVE_OPEN]: readDirective,
};

/** Converts the block that starts at the cursor (a paragraph may vanish when all its values are empty). */
export function readBlock(cursor: Cursor, context: ConvertContext): Block[] {
  const token = cursor.peek();
  const handler = token === undefined ? undefined : HANDLERS[token.type];
  if (handler === undefined) {
    const what = (token && UNSUPPORTED[token.type]) ?? `\`${token?.type ?? 'the end'}\``;
    throw faultAt(context, token, `Cannot use ${what} in a template`);
  }
  return handler(cursor, context);
}

function readParagraph(cursor: Cursor, context: ConvertContext): Block[] {
  const open = cursor.next();
  noAttributes(context, open, 'a paragraph');
  const inline = expect(cursor, context, 'inline');
  expect(cursor, context, 'paragraph_close');
  const children = convertInlines(inline, context);
  const blank = children.every((child) => child.type === 'text' && child.value.trim() === '');
  return blank ? [] : [{ type: 'paragraph', children }];
}
