/**
 * Markdown lists → model lists. Items hold blocks (paragraphs, nested lists); an ordered item may
 * start with `{#id}` so that a reference can say "clause 14.3(b)".
 */
import type { Block, List, ListItem } from '../../model/index.js';
import { expect, faultAt, noAttributes, type ConvertContext, type Cursor } from './context.js';
import { plainText } from './inline.js';
import type { Token } from './parser.js';

// A space may stand before the brace, since `{#a-{{id}}}` would end in Handlebars' `}}}`.
const LEADING_ID = /^\{#([^\s{}]+)[ \t]*\}[ \t]*/;
const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

/** Reads `bullet_list_open … bullet_list_close` or its ordered twin. */
export function readList(cursor: Cursor, context: ConvertContext): Block[] {
  const open = cursor.next();
  noAttributes(context, open, 'a list');
  const ordered = open.type === 'ordered_list_open';
  const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
  const items: ListItem[] = [];
  while (cursor.peek()?.type === 'list_item_open') items.push(readItem(cursor, context, ordered));
  expect(cursor, context, close);
  const list: List = { type: 'list', ordered, items };
  return [list];
}

function readItem(cursor: Cursor, context: ConvertContext, ordered: boolean): ListItem {
  const open = cursor.next();
  let id = takeAttributeId(open, context);
  id ??= takeLeadingId(cursor, context, open);
  if (id !== null && !ordered) {
    throw faultAt(
      context,
      open,
      `Cannot give the bullet item \`{#${id}}\` an id: only ordered items are referenceable`,
    );
  }
  if (id !== null && !ID.test(id))
    throw faultAt(context, open, `Cannot use \`${id}\` as an id, expected letters, digits, '-', '_', '.' or ':'`);
  const children: Block[] = [];
  while (cursor.peek() !== undefined && cursor.peek()?.type !== 'list_item_close') {
    children.push(...context.block(cursor, context));
  }
  expect(cursor, context, 'list_item_close');
  return { type: 'listItem', id, children };
}

/** An id markdown-it-attrs moved onto the item (an item holding only `{#id}`). */
function takeAttributeId(open: Token, context: ConvertContext): string | null {
  const id = open.attrGet('id');
  const rest = (open.attrs ?? []).filter(([name]) => name !== 'id');
  if (rest.length > 0) {
    open.attrs = rest;
    noAttributes(context, open, 'a list item');
  }
  return id === null ? null : plainText(id, { context, owner: open });
}

/** The `{#id}` at the very start of the item's first paragraph, removed from its text. */
function takeLeadingId(cursor: Cursor, context: ConvertContext, owner: Token): string | null {
  if (cursor.peek()?.type !== 'paragraph_open') return null;
  const first = cursor.peek(1)?.children?.[0];
  if (first?.type !== 'text') return null;
  const match = LEADING_ID.exec(first.content);
  if (match === null) return null;
  first.content = first.content.slice(match[0].length);
  return plainText(match[1]!, { context, owner });
}
