/**
 * Signature blocks for the documents signed under hand whatever form the agreement takes (the
 * memorandum of understanding and the data-sharing schedule): each party in its legal form's words for
 * a simple contract, with witness lines only where the form or Scots self-proving execution needs them.
 */
import type { ViewContext } from './context.js';
import { signatureViews, type SignatureView } from './signatures.js';

/**
 * The signatories' blocks for a document that is never a deed.
 * @param ctx the view context
 */
export function simpleSignatures(ctx: ViewContext): SignatureView[] {
  const witnessed = ctx.law.witnessForSelfProving && ctx.spec.partnership.agreement_status !== 'non_binding';
  return signatureViews(ctx, 'simple_contract', witnessed);
}
