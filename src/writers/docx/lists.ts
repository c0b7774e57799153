/**
 * Ordered lists as lettered paragraphs (a), (b) and nested (i), (ii); unordered lists as bullets.
 *
 * Ordered lists are numbered by the `items` definition, a fresh instance per list, so every list starts
 * at (a) as the model's do. Keeping them out of the clause list's own item levels matters: a clause at
 * level 1 with items at level 3 skips level 2, and Word and LibreOffice count a skipped level
 * differently, which would shift the next sub-clause's number. A nested list continues its parent's
 * instance one level down, so a REF to "(b)(ii)" shows the full markers.
 */
import type { List } from '../../model/index.js';
import { LAST_LEVEL, NUMBER_GAP, Numbering } from './numbering.js';
import { numberedBlocks } from './paragraphs.js';
import type { BlockHandler, NumberedAt, Place, RenderState } from './render-state.js';
import { ownBookmark } from './targets.js';

const BULLET_GAP = NUMBER_GAP / 2;

/** A redline's whole inserted or deleted item, as a tracked change. */
export const ITEM_REVISIONS = { inserted: 'ins', deleted: 'del', none: null } as const;

/** Where the items of an ordered list at `place` are numbered. */
function orderedNumbering(place: Place, state: RenderState): NumberedAt {
  if (place.item !== null && place.item.level < LAST_LEVEL) {
    const continued = { ...place.item, level: place.item.level + 1 };
    if (state.startsAfresh(continued)) return continued;
  }
  return {
    reference: Numbering.items,
    instance: state.newInstance(Numbering.items),
    level: Math.min(place.listDepth, LAST_LEVEL),
  };
}

/** An ordered list: each item's first paragraph numbered and bookmarked, its other blocks indented under it. */
export const orderedList: BlockHandler<List> = (node, env) => {
  const { state, place } = env;
  const at = orderedNumbering(place, state);
  const indent = place.indent + NUMBER_GAP;
  let out = '';
  for (const item of node.items) {
    const inner: Place = { ...place, indent, listDepth: place.listDepth + 1, item: at };
    const target = item.id !== null && item.number ? state.targets.get(item.id) : undefined;
    const bookmark = target === undefined ? null : ownBookmark(target);
    out += state.within(ITEM_REVISIONS[item.change ?? 'none'], () =>
      numberedBlocks(item.children, env, inner, { numbering: at, bookmark, indent }),
    );
  }
  return out;
};

/** An unordered list: bullets, nested bullets one step further in. */
export const unorderedList: BlockHandler<List> = (node, env) => {
  const { place } = env;
  const level = Math.min(place.bullets, LAST_LEVEL);
  const at: NumberedAt = { reference: Numbering.bullets, instance: 0, level };
  const indent = place.indent + BULLET_GAP;
  let out = '';
  for (const item of node.items) {
    const inner: Place = { ...place, indent, bullets: place.bullets + 1 };
    out += env.state.within(ITEM_REVISIONS[item.change ?? 'none'], () =>
      numberedBlocks(item.children, env, inner, { numbering: at, indent, hangBy: BULLET_GAP }),
    );
  }
  return out;
};
