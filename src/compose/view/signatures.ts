/**
 * Section 29, execution: one block per signatory party, with witness lines for deeds and Scots
 * self-proving execution.
 */
import type { ViewContext } from './context.js';
import { formatDateOrNull } from './dates.js';

/** What `{{signature this}}` receives for one party (the model's SignatureBlock without its type). */
export interface SignatureView {
  party: string;
  capacity: string;
  name: string;
  jobTitle: string;
  date: string | null;
  witness: boolean;
}

/**
 * Describe the execution blocks, one per signatory, in spec order.
 * @param ctx the view context
 */
export function buildSignatures(ctx: ViewContext): SignatureView[] {
  const members = new Map(ctx.spec.members.map((m) => [m.id, m]));
  const capacity = ctx.when.deed ? 'Executed as a deed by' : 'Signed for and on behalf of';
  return ctx.spec.signatures.signatories.map((s) => ({
    party: members.get(s.member_id)?.legal_name ?? s.member_id,
    capacity,
    name: s.name,
    jobTitle: s.job_title,
    date: formatDateOrNull(s.date),
    witness: ctx.when.witness,
  }));
}
