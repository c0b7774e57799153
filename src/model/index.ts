/**
 * The document model's public API: the types every stage shares, the builders compose and tests use,
 * the walker, and the one numbering function.
 */
export type * from './types.js';
export {
  blocks,
  cell,
  clause,
  definition,
  definitions,
  deletion,
  documentOf,
  emphasis,
  inlines,
  insertion,
  item,
  lineBreak,
  list,
  pageBreak,
  paragraph,
  paragraphAs,
  ref,
  schedule,
  section,
  signatureBlock,
  signatures,
  strong,
  table,
  term,
  text,
  type BlockLike,
  type CellLike,
  type InlineLike,
  type SignatureBlockInit,
} from './build.js';
export { childrenOf, mapTree, SKIP, visit, type Mapper, type Visitor } from './visit.js';
export { collectIds, nearestIds, numberDocument, type IdEntry } from './number/index.js';
export { provisionLabel } from './number/provision-label.js';
