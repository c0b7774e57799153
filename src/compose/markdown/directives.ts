/**
 * `:::` directives → model blocks, one handler per directive name: `definitions` (a bullet list of
 * `{{term "X"}} means …` items), `signatures` (paragraphs of one `{{signature this}}` each) and
 * `page-break` (empty). Unknown names, stray content and unclosed directives are template errors.
 */
import type { Block, Definition, SignatureBlock } from '../../model/index.js';
import { splitPlaceholders } from '../placeholders.js';
import { expect, faultAt, noAttributes, type ConvertContext, type Cursor } from './context.js';
import { convertInlines, merged } from './inline.js';
import { DIRECTIVE_CLOSE, type Token } from './parser.js';

type DirectiveHandler = (cursor: Cursor, context: ConvertContext, open: Token) => Block;

const CLOSING_FENCE = /^\s*:{3,}\s*$/;

/** Dictionary order of defined terms, the same in every locale the tool runs in. */
const TERM_ORDER = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });

const DIRECTIVES: Record<string, DirectiveHandler> = {
  'page-break': () => ({ type: 'pageBreak' }),
  definitions: (cursor, context, open) => {
    const items: Definition[] = [];
    while (cursor.peek()?.type === 'bullet_list_open') {
      noAttributes(context, cursor.next(), 'a list');
      while (cursor.peek()?.type === 'list_item_open') items.push(readDefinition(cursor, context, open));
      expect(cursor, context, 'bullet_list_close');
    }
    // Listed alphabetically as printed, whatever order the template keeps them in: a term can be a
    // value (the decision body's own name), so no template order can be alphabetical for every spec.
    return { type: 'definitions', items: items.sort((a, b) => TERM_ORDER.compare(a.term, b.term)) };
  },
  signatures: (cursor, context, open) => {
    const parties: SignatureBlock[] = [];
    while (cursor.peek()?.type === 'paragraph_open') {
      cursor.next();
      parties.push(readSignature(expect(cursor, context, 'inline'), context, open));
      expect(cursor, context, 'paragraph_close');
    }
    return { type: 'signatures', parties };
  },
};

/** Reads `::: name` … `:::`. */
export function readDirective(cursor: Cursor, context: ConvertContext): Block[] {
  const open = cursor.next();
  const [name = '', ...extra] = open.info.trim().split(/\s+/);
  const handler = Object.hasOwn(DIRECTIVES, name) ? DIRECTIVES[name] : undefined;
  if (handler === undefined) {
    throw faultAt(
      context,
      open,
      name === ''
        ? 'Cannot open a directive without a name: `:::` closes nothing here'
        : `Cannot use the unknown directive \`::: ${name}\``,
      'Directives are `::: definitions`, `::: signatures` and `::: page-break`.',
    );
  }
  if (extra.length > 0) throw faultAt(context, open, `Cannot give \`::: ${name}\` arguments: ${extra.join(' ')}`);
  const end = open.map?.[1];
  if (end === undefined || !CLOSING_FENCE.test(context.lines[end] ?? '')) {
    throw faultAt(
      context,
      open,
      `Cannot find the \`:::\` that closes \`::: ${name}\``,
      'Close each directive with a line holding only `:::`.',
    );
  }
  const block = handler(cursor, context, open);
  if (cursor.peek()?.type !== DIRECTIVE_CLOSE) {
    throw faultAt(
      context,
      cursor.peek() ?? open,
      `Cannot put ${cursor.peek()?.type.replace(/_open$/, '') ?? 'this'} inside \`::: ${name}\``,
      name === 'page-break' ? 'Write `::: page-break` and `:::` on two lines with nothing between.' : undefined,
    );
  }
  cursor.next();
  return [block];
}

function readDefinition(cursor: Cursor, context: ConvertContext, open: Token): Definition {
  const item = cursor.next();
  noAttributes(context, item, 'a definition');
  expect(cursor, context, 'paragraph_open');
  const inline = expect(cursor, context, 'inline');
  expect(cursor, context, 'paragraph_close');
  if (cursor.peek()?.type !== 'list_item_close') {
    throw faultAt(context, item, 'Cannot put more than one paragraph in a definition');
  }
  cursor.next();
  inline.map ??= open.map;
  const [first, ...meaning] = convertInlines(inline, context);
  if (first?.type !== 'definedTerm') {
    throw faultAt(
      context,
      inline,
      'Cannot read a definition that does not start with {{term "…"}}',
      'Write `- {{term "Lead Partner"}} means …`.',
    );
  }
  const rest = merged(meaning);
  const lead = rest[0];
  if (lead?.type === 'text') rest[0] = { type: 'text', value: lead.value.replace(/^\s+/, '') };
  return { type: 'definition', term: first.term, children: merged(rest) };
}

function readSignature(inline: Token, context: ConvertContext, open: Token): SignatureBlock {
  inline.map ??= open.map;
  const parts = splitPlaceholders(inline.content, context.table).filter(
    (p) => typeof p !== 'string' || p.trim() !== '',
  );
  const [only] = parts;
  if (parts.length !== 1 || only === undefined || typeof only === 'string' || only.kind !== 'signature') {
    throw faultAt(context, inline, 'Cannot read a signature paragraph, expected exactly one {{signature …}} on it');
  }
  return only.block;
}
