/**
 * A Markdown heading → an empty section (`#`), clause (`##`) or sub-clause (`###`) node, with its id
 * and kind from the `{#id .class}` attributes. The caller fills in the children.
 */
import type { Clause, Section } from '../../model/index.js';
import { expect, faultAt, type ConvertContext, type Cursor } from './context.js';
import { convertInlines, plainText } from './inline.js';
import type { Token } from './parser.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]*$/;
const SECTION_CLASSES = new Set(['schedule', 'unnumbered']);

/** A heading read from the cursor, with its level (1–3). */
export interface HeadingNode {
  level: 1 | 2 | 3;
  node: Section | Clause;
  token: Token;
}

/**
 * Reads `heading_open inline heading_close`.
 * @throws TemplateFault for a heading deeper than `###`, a missing or malformed id, an unknown class,
 *   or a section without a title
 */
export function readHeading(cursor: Cursor, context: ConvertContext): HeadingNode {
  const open = cursor.next();
  const inline = expect(cursor, context, 'inline');
  expect(cursor, context, 'heading_close');
  const level = Number(open.tag.slice(1));
  const title = headingTitle(inline, context);
  const shown = `${open.markup} ${title}`.trim();
  if (level > 3) {
    throw faultAt(
      context,
      open,
      `Cannot use the heading \`${shown}\`: headings go three levels deep (#, ##, ###)`,
      'Use an ordered list for paragraphs (a), (b) inside a sub-clause.',
    );
  }
  const rawId = open.attrGet('id');
  if (rawId === null || rawId === '') {
    throw faultAt(
      context,
      open,
      `Cannot use the heading \`${shown}\` without an id, expected \`${shown} {#some-id}\``,
      'Every section and clause needs a stable id: references and custom clauses use it.',
    );
  }
  const id = plainText(rawId, { context, owner: open });
  if (!ID.test(id))
    throw faultAt(context, open, `Cannot use \`${id}\` as an id, expected letters, digits, '-', '_', '.' or ':'`);
  const classes = (open.attrGet('class') ?? '').split(/\s+/).filter((c) => c !== '');
  const bad = classes.find((c) => level !== 1 || !SECTION_CLASSES.has(c));
  if (bad !== undefined) {
    throw faultAt(
      context,
      open,
      `Cannot use the class \`.${bad}\` on \`${shown}\`, expected .schedule or .unnumbered on a # section`,
    );
  }
  if (level === 1) {
    if (title === '') throw faultAt(context, open, `Cannot use the section \`{#${id}}\` without a title`);
    if (classes.length > 1) throw faultAt(context, open, `Cannot make \`${shown}\` both a schedule and unnumbered`);
    const kind = classes[0] === 'schedule' ? 'schedule' : classes[0] === 'unnumbered' ? 'unnumbered' : 'body';
    return { level: 1, token: open, node: { type: 'section', id, title, kind, children: [] } };
  }
  return {
    level: level as 2 | 3,
    token: open,
    node: { type: 'clause', id, title: title === '' ? null : title, children: [] },
  };
}

/** The heading's text as one line: values and terms as their words, emphasis dropped. */
function headingTitle(token: Token, context: ConvertContext): string {
  const words = (inlines: ReturnType<typeof convertInlines>): string =>
    inlines
      .map((inline): string => {
        switch (inline.type) {
          case 'text':
            return inline.value;
          case 'definedTerm':
            return inline.term;
          case 'strong':
          case 'emphasis':
            return words(inline.children);
          case 'lineBreak':
            return ' ';
          default:
            throw faultAt(context, token, `Cannot put a ${inline.type} in a heading`);
        }
      })
      .join('');
  return words(convertInlines(token, context)).replace(/\s+/g, ' ').trim();
}
