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
  /** The witness the spec names for this signatory, kept for documents that need a witness when this one does not. */
  namedWitness: Witness;
}

/**
 * Describe the execution blocks, one per signatory, in spec order.
 * @param ctx the view context
 */
export function buildSignatures(ctx: ViewContext): SignatureView[] {
  const members = new Map(ctx.spec.members.map((m) => [m.id, m]));
  const capacity = ctx.when.deed ? 'Executed as a deed by' : 'Signed for and on behalf of';
  return ctx.spec.signatures.signatories.map((s) => {
    // The witness's job title is what a witness block asks for as their occupation.
    const namedWitness: Witness = { name: s.witness?.name ?? null, occupation: s.witness?.job_title ?? null };
    return {
      party: members.get(s.member_id)?.legal_name ?? s.member_id,
      capacity,
      name: s.name,
      jobTitle: s.job_title,
      date: formatDateOrNull(s.date),
      witness: ctx.when.witness ? namedWitness : null,
      namedWitness,
    };
  });
}
