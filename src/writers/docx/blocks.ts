/**
 * Conversion of the model's blocks to the body's paragraphs and tables.
 *
 * One handler per block type, dispatched through a map (like mdast-util-to-markdown's `handle`); each
 * receives the render state, where it sits in the numbering (`Place`), and `render` for its children.
 */
import type { Block } from '../../model/index.js';
import { changedBlock } from './changes.js';
import { definitionsBlock } from './definitions.js';
import { orderedList, unorderedList } from './lists.js';
import { Numbering } from './numbering.js';
import { PAGE_BREAK_XML, runXml } from './ooxml.js';
import { buildParagraph, paragraphBlock } from './paragraphs.js';
import { clauseBlock, sectionBlock } from './provisions.js';
import type { BlockEnv, BlockHandler, Place, RenderState } from './render-state.js';
import { signaturesBlock } from './signatures.js';
import { Style } from './styles.js';
import { keepsWithNext } from '../keep-together.js';
import { tableBlock } from './tables.js';

type Handlers = { [K in Block['type']]: BlockHandler<Extract<Block, { type: K }>> };

const handlers: Handlers = {
  section: sectionBlock,
  clause: clauseBlock,
  paragraph: (node, env) => paragraphBlock(node, env, env.keepNext ? { keepNext: true } : {}),
  list: (node, env) => (node.ordered ? orderedList(node, env) : unorderedList(node, env)),
  table: tableBlock,
  signatures: signaturesBlock,
  definitions: definitionsBlock,
  changed: changedBlock,
  pageBreak: (_node, env) => buildParagraph({ style: Style.body, content: runXml(PAGE_BREAK_XML) }, env.state),
};

/** The body XML of `blocks` at `place`. */
export function renderBlocks(blocks: readonly Block[], place: Place, state: RenderState): string {
  const env: BlockEnv = { state, place, render: (children, at) => renderBlocks(children, at, state) };
  let out = '';
  blocks.forEach((block, index) => {
    const handler = handlers[block.type] as BlockHandler<Block> | undefined;
    if (handler === undefined) throw new Error(`Cannot handle unknown block \`${(block as { type: string }).type}\``);
    // An introduction ("The Funding is provided by:") stays on the page of its table's first rows, and the
    // words of execution on the page of the signatures.
    const keepNext = keepsWithNext(blocks, index);
    out += handler(block, keepNext ? { ...env, keepNext } : env);
  });
  return out;
}

/** Where the body of a document starts: the body's clause list, at section level. */
export function documentPlace(): Place {
  return {
    list: { reference: Numbering.clauses, instance: 0 },
    level: 0,
    indent: 0,
    listDepth: 0,
    item: null,
    bullets: 0,
  };
}
