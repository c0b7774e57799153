/**
 * The one Markdown parser of the dialect: CommonMark with GFM pipe tables, `{#id .class}` attributes
 * (markdown-it-attrs) and `:::` directives (markdown-it-container), raw HTML off.
 *
 * Every `:::` line opens a directive whatever its name, so that an unknown name reaches the converter and
 * is reported instead of silently staying text.
 */
import MarkdownIt, { type PluginWithOptions, type PluginWithParams } from 'markdown-it';
import attributes from 'markdown-it-attrs';
import container from 'markdown-it-container';
import type Token from 'markdown-it/lib/token.mjs';

export type { Token };

/** Type of the token opening a `::: name` directive. */
export const DIRECTIVE_OPEN = 'container_directive_open';
/** Type of the token closing a directive. */
export const DIRECTIVE_CLOSE = 'container_directive_close';

const parser = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false })
  .enable('table')
  // Both plugins are typed against markdown-it's CommonJS declarations; the instance is the ESM one.
  .use(attributes as unknown as PluginWithOptions<{ allowedAttributes: string[] }>, { allowedAttributes: ['id', 'class'] })
  .use(container as unknown as PluginWithParams, 'directive', { validate: () => true });

/** The block tokens (inline ones as `children`) of rendered template text. */
export function parseMarkdown(markdown: string): Token[] {
  return parser.parse(markdown, {});
}
