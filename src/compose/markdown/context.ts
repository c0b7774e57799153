/**
 * What every Markdown → model handler shares: a cursor over the token stream, the placeholder table of
 * the render, and one way to fail that points back at the template line.
 */
import type { Block } from '../../model/index.js';
import type { PlaceholderTable } from '../placeholders.js';
import { TemplateFault, literalOf } from '../template-errors.js';
import type { Token } from './parser.js';

/** A position in a flat token list. */
export class Cursor {
  private index = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  /** The current token (or the one `ahead` of it), or undefined at the end. */
  peek(ahead = 0): Token | undefined {
    return this.tokens[this.index + ahead];
  }

  /** The current token, moving past it. */
  next(): Token {
    const token = this.tokens[this.index];
    if (token === undefined) throw new Error('Cannot read past the last Markdown token');
    this.index += 1;
    return token;
  }

  /** True when every token was read. */
  done(): boolean {
    return this.index >= this.tokens.length;
  }
}

/** Shared state of one conversion. */
export interface ConvertContext {
  /** Values of the render that produced the Markdown. */
  table: PlaceholderTable;
  /** The rendered Markdown, by line, for locating faults. */
  lines: readonly string[];
  /** Converts the block starting at the cursor (used by containers such as list items). */
  block(cursor: Cursor, context: ConvertContext): Block[];
}

/** A block handler: reads one block (open to close) from the cursor. */
export type BlockHandler = (cursor: Cursor, context: ConvertContext) => Block[];

/**
 * A fault at `token`, carrying the literal text of its rendered line so that it can be found in the
 * template files.
 */
export function faultAt(
  context: ConvertContext,
  token: Token | undefined,
  message: string,
  hint?: string,
): TemplateFault {
  const line = token?.map?.[0];
  const needle = line === undefined ? null : literalOf(context.lines[line] ?? '');
  return new TemplateFault(message, hint, 0, 0, needle);
}

/** Reads the token that must come next. */
export function expect(cursor: Cursor, context: ConvertContext, type: string): Token {
  const token = cursor.peek();
  if (token?.type !== type) {
    throw faultAt(
      context,
      token,
      `Cannot read the template's Markdown: expected ${type}, found ${token?.type ?? 'the end'}`,
    );
  }
  return cursor.next();
}

/**
 * Refuses `{…}` attributes on a token that takes none (markdown-it-attrs attaches them anywhere).
 * @param at the token whose line locates the fault (inline tokens have none of their own)
 */
export function noAttributes(context: ConvertContext, token: Token, where: string, at: Token = token): void {
  const attrs = (token.attrs ?? []).filter(([name]) => name === 'id' || name === 'class');
  if (attrs.length > 0) {
    const text = attrs.map(([name, value]) => (name === 'id' ? `#${value}` : `.${value}`)).join(' ');
    throw faultAt(
      context,
      at,
      `Cannot put the attributes {${text}} on ${where}`,
      'Ids and classes go on headings (`## Title {#id}`) and at the start of ordered list items (`1. {#id} …`).',
    );
  }
}
