/**
 * A redline's whole-block changes as Word tracked changes: every paragraph of the block, its mark
 * included, inserted or deleted; a moved block between named move ranges, so Word shows it once, as moved.
 */
import type { Changed } from '../../model/index.js';
import { escapeAttribute, revisionAttributes, type RevisionKind } from './ooxml.js';
import type { BlockHandler } from './render-state.js';

const KINDS: Record<Changed['change'], RevisionKind> = {
  inserted: 'ins',
  deleted: 'del',
  movedFrom: 'moveFrom',
  movedTo: 'moveTo',
};

/** The blocks of a `changed` node, tracked. */
export const changedBlock: BlockHandler<Changed> = (node, env) => {
  const { state } = env;
  const kind = KINDS[node.change];
  const body = state.within(kind, () => env.render(node.children, env.place));
  if (node.moveId === null || (kind !== 'moveFrom' && kind !== 'moveTo')) return body;
  // Both ends carry the same name; the range ids are the change's own.
  const range = state.revision(kind);
  const name = escapeAttribute(`move-${node.moveId}`);
  const start = `<w:${kind}RangeStart ${revisionAttributes(range)} w:name="${name}"/>`;
  return `${start}${body}<w:${kind}RangeEnd w:id="${range.id}"/>`;
};
