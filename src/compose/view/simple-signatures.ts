/**
 * Signature blocks for the documents signed as simple contracts whatever form the agreement takes
 * (the memorandum of understanding and the data-sharing schedule): "Signed for and on behalf of",
 * with witness lines only where Scots law makes a witnessed signature self-proving.
 */
import type { ViewContext } from './context.js';
import { signatureViews, type SignatureView } from './signatures.js';

/**
 * The signatories' blocks for a document that is never a deed.
 * @param ctx the view context
 */
export function simpleSignatures(ctx: ViewContext): SignatureView[] {
  const witnessed = ctx.law.witnessForSelfProving && ctx.spec.partnership.agreement_status !== 'non_binding';
  return signatureViews(ctx, 'Signed for and on behalf of', witnessed);
}
