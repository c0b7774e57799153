/**
 * Signature blocks for the documents signed as simple contracts whatever form the agreement takes
 * (the memorandum of understanding and the data-sharing schedule): "Signed for and on behalf of",
 * with witness lines only where Scots law makes a witnessed signature self-proving.
 */
import type { ViewContext } from './context.js';
import type { SignatureView } from './signatures.js';

/**
 * The agreement's signature blocks, restated for a document that is never a deed.
 * @param ctx the view context
 * @param blocks the agreement's signature blocks (view `signatures`)
 */
export function simpleSignatures(ctx: ViewContext, blocks: readonly SignatureView[]): SignatureView[] {
  const witnessed = ctx.law.witnessForSelfProving && ctx.spec.partnership.agreement_status !== 'non_binding';
  return blocks.map((block) => ({ ...block, capacity: 'Signed for and on behalf of', witness: witnessed ? block.namedWitness : null }));
}
