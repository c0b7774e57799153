/**
 * Inline Markdown tokens → model inlines, one handler per token type through a map: text (with its
 * placeholders swapped back for values and defined terms), breaks, strong, emphasis and references.
 * Anything else (code, images, raw HTML) is a template error.
 */
import type { Inline } from '../../model/index.js';
import { isDocumentKind } from '../documents/index.js';
import { hasPlaceholder, literalInlines, splitPlaceholders } from '../placeholders.js';
import { faultAt, noAttributes, type ConvertContext } from './context.js';
import type { Token } from './parser.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;

interface InlineState {
  tokens: readonly Token[];
  index: number;
  /** The block-level token holding these inlines: the only one with a line. */
  owner: Token;
  context: ConvertContext;
}

type InlineHandler = (token: Token, state: InlineState) => Inline[];

const UNSUPPORTED: Record<string, string> = {
  code_inline: 'inline code (backticks)',
  image: 'an image',
  html_inline: 'raw HTML',
  s_open: 'strikethrough',
};

const HANDLERS: Record<string, InlineHandler> = {
  text: (token, state) => textInlines(token.content, state),
  softbreak: () => [{ type: 'text', value: ' ' }],
  hardbreak: () => [{ type: 'lineBreak' }],
  strong_open: (token, state) => {
    noAttributes(state.context, token, 'bold text', state.owner);
    return [{ type: 'strong', children: readUntil(state, 'strong_close') }];
  },
  em_open: (token, state) => {
    noAttributes(state.context, token, 'italic text', state.owner);
    return [{ type: 'emphasis', children: readUntil(state, 'em_close') }];
  },
  link_open: (token, state) => [reference(token, state)],
};

/** The inlines of an `inline` token, adjacent texts merged and empty ones dropped. */
export function convertInlines(owner: Token, context: ConvertContext): Inline[] {
  return readUntil({ tokens: owner.children ?? [], index: 0, owner, context }, null);
}

function readUntil(state: InlineState, close: string | null): Inline[] {
  const out: Inline[] = [];
  while (state.index < state.tokens.length) {
    const token = state.tokens[state.index++]!;
    if (token.type === close) return merged(out);
    const handler = HANDLERS[token.type];
    if (handler === undefined) {
      const what = UNSUPPORTED[token.type] ?? `\`${token.type}\``;
      throw faultAt(state.context, state.owner, `Cannot use ${what} in a template`);
    }
    for (const inline of handler(token, state)) out.push(inline);
  }
  return merged(out);
}

/** Literal text of a token with each placeholder replaced by what it stands for. */
export function textInlines(content: string, state: Pick<InlineState, 'context' | 'owner'>): Inline[] {
  if (!hasPlaceholder(content)) return content === '' ? [] : [{ type: 'text', value: content }];
  const out: Inline[] = [];
  for (const part of splitPlaceholders(content, state.context.table)) {
    if (typeof part === 'string') out.push({ type: 'text', value: part });
    else if (part.kind === 'text') out.push(...sourced(literalInlines(part.value), part.value, state.context));
    else if (part.kind === 'term') out.push({ type: 'definedTerm', term: part.term });
    else throw faultAt(state.context, state.owner, 'Cannot use {{signature}} outside a `::: signatures` directive');
  }
  return out;
}

function reference(token: Token, state: InlineState): Inline {
  const href = token.attrGet('href') ?? '';
  if (state.tokens[state.index]?.type !== 'link_close') {
    throw faultAt(
      state.context,
      state.owner,
      `Cannot give the reference to \`${href}\` link text, expected \`[](${href})\``,
      'References print their own words ("clause 14.3"); leave the brackets empty.',
    );
  }
  state.index += 1;
  const target = plainText(safeDecode(href), state);
  const match = /^([a-z_]*)#(.+)$/.exec(target);
  const kind = match?.[1] ?? '';
  if (match === null || !ID.test(match[2]!) || (kind !== '' && !isDocumentKind(kind))) {
    throw faultAt(
      state.context,
      state.owner,
      `Cannot link to \`${target}\`, expected \`[](#clause-id)\` or \`[](partnership_agreement#clause-id)\``,
      'Documents hold no external links: write an address as text.',
    );
  }
  return { type: 'reference', target: match[2]!, document: kind === '' ? null : kind };
}

function safeDecode(href: string): string {
  try {
    return decodeURI(href);
  } catch {
    return href;
  }
}

/** `text` with placeholders replaced by their text values (for ids and link targets). */
export function plainText(text: string, state: Pick<InlineState, 'context' | 'owner'>): string {
  return textInlines(text, state)
    .map((inline) => (inline.type === 'text' ? inline.value : inline.type === 'definedTerm' ? inline.term : ' '))
    .join('');
}

/** In a reviewer copy, a value's texts with the spec field it came from. */
function sourced(inlines: Inline[], value: string, context: ConvertContext): Inline[] {
  const source = context.table.sourceOf?.(value) ?? null;
  if (source === null) return inlines;
  return inlines.map((inline) => (inline.type === 'text' ? { ...inline, source } : inline));
}

/** Adjacent text nodes as one (a value with its source stays apart), empty ones gone. */
export function merged(inlines: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (inline.type === 'text' && inline.value === '') continue;
    if (inline.type === 'text' && last?.type === 'text' && !inline.source && !last.source)
      out[out.length - 1] = { type: 'text', value: last.value + inline.value };
    else out.push(inline);
  }
  return out;
}
