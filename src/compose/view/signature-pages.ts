/**
 * One party's counterpart signature page: which document and version it executes, the counterparts
 * and delivery wording of the governing law, and the party's execution block.
 */
import { PartnershipError } from '../../errors.js';
import { listsDocument } from '../../spec/index.js';
import { documentTitle } from '../documents/index.js';
import type { ViewContext } from './context.js';
import type { PartyView } from './parties.js';
import type { SignatureView } from './signatures.js';

/** The party a signature page is for, and what it signs. */
export interface SignaturePageView {
  /** The party's legal name. */
  party: string;
  /** "Partnership Agreement" or "Memorandum of Understanding". */
  executes: string;
  /** What the counterparts together form: "agreement" or "memorandum". */
  instrument: string;
  /** The party's execution block. */
  block: SignatureView;
  /** "the Requirements of Writing (Scotland) Act 1995 …" sentence of the law, as the general provisions give it. */
  executionText: string;
  /** Whether the page executes a deed (the agreement as a deed; a memorandum never is). */
  deed: boolean;
  /** Whether any signature on the page is witnessed. */
  witnessed: boolean;
  /** The individuals signing for a body that cannot contract in its own name, as the parties clause names them. */
  signedBy: PartyView['signedBy'];
  /** Their authority: "committee resolution dated 12 February 2026". */
  authority: string;
}

/**
 * Describe the signature page of member `id`.
 * @param ctx the view context
 * @param signatures the execution blocks, in the order of `signatures.signatories`
 * @param parties the parties, for the individuals signing for an unincorporated body
 * @param id the signing member's id
 */
export function buildSignaturePage(
  ctx: ViewContext,
  signatures: readonly SignatureView[],
  parties: readonly PartyView[],
  id: string,
): SignaturePageView {
  const index = ctx.spec.signatures.signatories.findIndex((s) => s.member_id === id);
  const block = signatures[index];
  const member = ctx.spec.members.find((m) => m.id === id);
  if (!block || !member) throw new PartnershipError('internal', `No signatory for member ${id} in the spec`);
  const party = parties.find((p) => p.id === id);
  const agreement = listsDocument(ctx.spec, 'partnership_agreement') || !listsDocument(ctx.spec, 'mou');
  return {
    party: member.legal_name,
    executes: documentTitle(agreement ? 'partnership_agreement' : 'mou'),
    instrument: agreement ? 'agreement' : 'memorandum',
    block,
    executionText: ctx.law.executionText,
    deed: agreement && ctx.spec.signatures.form === 'deed',
    witnessed: block.signers.some((s) => s.witness !== null),
    signedBy: party?.signedBy ?? null,
    authority: party?.authority ?? '',
  };
}
