/**
 * Rendered template Markdown → model blocks: sections (`#`), clauses (`##`) and sub-clauses (`###`)
 * nested by heading level, each holding the blocks that follow it up to the next heading of the same or
 * a higher level. Content before the first section is a template error.
 */
import type { Block, Clause, Section } from '../../model/index.js';
import type { PlaceholderTable } from '../placeholders.js';
import { readBlock } from './blocks.js';
import { Cursor, faultAt, type ConvertContext } from './context.js';
import { readHeading } from './heading.js';
import { parseMarkdown } from './parser.js';

interface Open {
  level: number;
  node: Section | Clause;
}

const LEVEL_NAMES = ['', 'section (#)', 'clause (##)', 'sub-clause (###)'];

/**
 * The blocks of a rendered template.
 * @param markdown Handlebars output, values as placeholder tokens
 * @param table the placeholder table of that render
 * @throws TemplateFault (with the literal text of the offending line) for anything outside the dialect
 */
export function markdownToBlocks(markdown: string, table: PlaceholderTable): Block[] {
  const context: ConvertContext = { table, lines: markdown.split('\n'), block: readBlock };
  const cursor = new Cursor(parseMarkdown(markdown));
  const root: Block[] = [];
  const open: Open[] = [];
  while (!cursor.done()) {
    const token = cursor.peek()!;
    if (token.type === 'heading_open') {
      const heading = readHeading(cursor, context);
      while (open.length > 0 && open[open.length - 1]!.level >= heading.level) open.pop();
      const parent = open[open.length - 1];
      if ((parent?.level ?? 0) !== heading.level - 1) {
        const expected = LEVEL_NAMES[heading.level - 1];
        throw faultAt(
          context,
          heading.token,
          `Cannot place the ${LEVEL_NAMES[heading.level]} \`{#${heading.node.id}}\` outside a ${expected}`,
          'Headings nest one level at a time: # section, ## clause, ### sub-clause.',
        );
      }
      (parent === undefined ? root : parent.node.children).push(heading.node);
      open.push({ level: heading.level, node: heading.node });
      continue;
    }
    const parent = open[open.length - 1];
    if (parent === undefined) {
      throw faultAt(
        context,
        token,
        'Cannot put content before the first section, expected a `# Title {#id}` heading first',
      );
    }
    parent.node.children.push(...readBlock(cursor, context));
  }
  return root;
}
