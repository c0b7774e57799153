/**
 * The definitions clause body: one paragraph per term, the term in bold quotation marks followed by
 * its meaning (which carries its own verb: "means …", "has the meaning …"), in the order the model gives.
 */
import type { Definitions } from '../../model/index.js';
import { inlineEnv, renderInlines, textRun } from './inlines.js';
import { ITEM_REVISIONS } from './lists.js';
import { buildParagraph } from './paragraphs.js';
import type { BlockHandler } from './render-state.js';
import { Style } from './styles.js';

/** One paragraph per definition, at the place's indent. */
export const definitionsBlock: BlockHandler<Definitions> = (node, env) => {
  const { state, place } = env;
  let out = '';
  for (const item of node.items) {
    out += state.within(ITEM_REVISIONS[item.change ?? 'none'], () => {
      const content =
        textRun(`\u201C${item.term}\u201D`, inlineEnv(state, { bold: true })) +
        textRun(' ', inlineEnv(state)) +
        renderInlines(item.children, inlineEnv(state));
      return buildParagraph(
        { style: Style.body, content, ...(place.indent > 0 ? { indent: place.indent } : {}) },
        state,
      );
    });
  }
  return out;
};
