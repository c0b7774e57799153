/**
 * Section 29, execution: one block per signatory party, with witness lines for deeds and Scots
 * self-proving execution, naming the witness where the spec does.
 */
import type { Witness } from '../../model/index.js';
import type { ViewContext } from './context.js';
import { formatDateOrNull } from './dates.js';

/** What `{{signature this}}` receives for one party (the model's SignatureBlock without its type). */
export interface SignatureView {
  party: string;
  capacity: string;
  name: string;
  jobTitle: string;
  date: string | null;
  /** The witness lines when a witness is needed (with the witness's name and occupation if known), else null. */
  witness: Witness | null;
}

/**
 * One block per signatory, in spec order.
 * @param ctx the view context
 * @param capacity how each party signs ("Executed as a deed by")
 * @param witnessed whether each signature is witnessed
 */
export function signatureViews(ctx: ViewContext, capacity: string, witnessed: boolean): SignatureView[] {
  const members = new Map(ctx.spec.members.map((m) => [m.id, m]));
  return ctx.spec.signatures.signatories.map((s) => ({
    party: members.get(s.member_id)?.legal_name ?? s.member_id,
    capacity,
    name: s.name,
    jobTitle: s.job_title,
    date: formatDateOrNull(s.date),
    // The witness's job title is what a witness block asks for as their occupation.
    witness: witnessed ? { name: s.witness?.name ?? null, occupation: s.witness?.job_title ?? null } : null,
  }));
}

/**
 * Describe the agreement's execution blocks: a deed or a simple signature, witnessed when either a deed
 * or Scots self-proving execution needs it.
 * @param ctx the view context
 */
export function buildSignatures(ctx: ViewContext): SignatureView[] {
  return signatureViews(ctx, ctx.when.deed ? 'Executed as a deed by' : 'Signed for and on behalf of', ctx.when.witness);
}
