/**
 * The one Markdown parser of the dialect: CommonMark with GFM pipe tables, `{#id .class}` attributes on
 * headings (markdown-it-attrs) and `:::` directives (markdown-it-container), raw HTML off.
 *
 * Every `:::` line opens a directive whatever its name, so that an unknown name reaches the converter and
 * is reported instead of silently staying text. markdown-it-attrs runs on heading tokens only: run over a
 * whole document it tries a dozen patterns at every token and costs more than the parse itself, and the
 * dialect reads attributes nowhere else (an ordered item's leading `{#id}` is read by list.ts).
 */
import MarkdownIt, { type PluginWithParams } from 'markdown-it';
import attributes from 'markdown-it-attrs';
import container from 'markdown-it-container';
import type Token from 'markdown-it/lib/token.mjs';

export type { Token };

/** Type of the token opening a `::: name` directive. */
export const DIRECTIVE_OPEN = 'container_directive_open';
/** Type of the token closing a directive. */
export const DIRECTIVE_CLOSE = 'container_directive_close';

type CoreRule = (state: { tokens: Token[] }) => void;

/** markdown-it-attrs' core rule, taken from the plugin without installing it on a parser. */
function attributesRule(): CoreRule {
  let rule: CoreRule | undefined;
  const capture = { core: { ruler: { before: (_at: string, _name: string, fn: CoreRule) => (rule = fn) } } };
  (attributes as unknown as (md: unknown, options: object) => void)(capture, { allowedAttributes: ['id', 'class'] });
  if (rule === undefined) throw new Error('Cannot find the core rule of markdown-it-attrs');
  return rule;
}

function headingAttributes(): CoreRule {
  const rule = attributesRule();
  return (state) => {
    const { tokens } = state;
    for (let i = 0; i < tokens.length; i++) {
      // heading_open, inline, heading_close: the "end of block" pattern needs nothing else.
      if (tokens[i]!.type === 'heading_open' && tokens[i + 1]?.content.includes('{'))
        rule({ tokens: tokens.slice(i, i + 3) });
    }
  };
}

// HTML is parsed (not passed through as text) so that raw HTML in a template is found and refused; a value
// never reaches Markdown as text, only as a placeholder, so no value can be read as a tag.
// The typographer's quotes only: the templates' own straight quotes and apostrophes print as “ ” ‘ ’.
// Its other replacements ((c) → ©, -- → –) are off, so template text says what it was written to say.
// Values are placeholders here, so a value's own quotes are never touched (DESIGN rule 2).
const parser = new MarkdownIt('commonmark', { html: true, linkify: false, typographer: true, quotes: '“”‘’' })
  .enable(['table', 'smartquotes'])
  .disable('replacements')
  // markdown-it-container is typed against markdown-it's CommonJS declarations; the instance is the ESM one.
  .use(container as unknown as PluginWithParams, 'directive', { validate: () => true });
parser.core.ruler.before('linkify', 'heading_attributes', headingAttributes() as never);

/** The block tokens (inline ones as `children`) of rendered template text. */
export function parseMarkdown(markdown: string): Token[] {
  return parser.parse(markdown, {});
}
