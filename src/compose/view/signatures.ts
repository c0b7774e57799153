/**
 * Section 29, execution: one block per signatory party, in the form its legal form takes for the
 * document's form of execution (the execution-forms table), naming every person who signs (the
 * member's second signatory included, or a line to name one where the form needs two) and a witness
 * wherever the form or Scots self-proving execution calls for one.
 */
import { executionForm, type PartnershipSpec, type SignatureForm } from '../../spec/index.js';
import type { Witness } from '../../model/index.js';
import type { ViewContext } from './context.js';
import { formatDateOrNull } from './dates.js';
import { joinAnd } from './lists.js';

type Member = PartnershipSpec['members'][number];
type Signatory = PartnershipSpec['signatures']['signatories'][number];

/** One person signing (the model's Signer): a null name or title is a line to write it on. */
export interface SignerView {
  name: string | null;
  jobTitle: string | null;
  date: string | null;
  /** The witness lines when a witness is needed (with the witness's name and occupation if known), else null. */
  witness: Witness | null;
}

/** What `{{signature this}}` receives for one party (the model's SignatureBlock without its type). */
export interface SignatureView {
  capacity: string;
  party: string;
  terms: string | null;
  signers: SignerView[];
}

/** The individuals who sign for a body that cannot contract in its own name, and whom they act for. */
export interface SignedBy {
  /** "Jane Okafor (Chair) and Tom Reid (Treasurer)". */
  names: string;
  /** Whom they sign for besides themselves: the association's members, the trust's trustees. */
  actingFor: 'members' | 'trustees';
  /** Whether only one is named (so the sentences say "signs", "confirms"). */
  one: boolean;
}

/**
 * The individuals signing for `member` when its legal form cannot contract in its own name, else null.
 * @param member the member
 * @param form the form of execution
 */
export function signedBy(member: Member, form: SignatureForm): SignedBy | null {
  const { actingFor } = executionForm(member.legal_form, form);
  if (actingFor === null) return null;
  const people = [member.authorised_signatory, ...(member.second_signatory ? [member.second_signatory] : [])];
  return { names: joinAnd(people.map((p) => `${p.name} (${p.job_title})`)), actingFor, one: people.length === 1 };
}

/**
 * Who signs second for `member` ("Gareth Jones, Treasurer"), for the partner details; only who signs,
 * since a second signatory's contact details are not printed.
 * @param member the member
 */
export function secondSignatory(member: Member): { nameAndTitle: string } | null {
  const second = member.second_signatory;
  return second ? { nameAndTitle: `${second.name}, ${second.job_title}` } : null;
}

/**
 * One party's execution block.
 * @param member the signing member
 * @param form the form of execution: under hand or as a deed
 * @param first who signs first (the signatory entry, or the member's authorised signatory), and when
 * @param selfProving whether the governing law wants every signature witnessed to be self-proving
 */
export function executionBlock(
  member: Member,
  form: SignatureForm,
  first: Pick<Signatory, 'name' | 'job_title' | 'date' | 'witness'>,
  selfProving: boolean,
): SignatureView {
  const execution = executionForm(member.legal_form, form);
  const second = member.second_signatory;
  const people = [
    { name: first.name, jobTitle: first.job_title, date: formatDateOrNull(first.date), named: first.witness },
    ...(second
      ? [{ name: second.name, jobTitle: second.job_title, date: null, named: undefined }]
      : execution.signers === 2
        ? [{ name: null, jobTitle: null, date: null, named: undefined }]
        : []),
  ];
  const witnessed =
    selfProving || execution.witness === 'each' || (execution.witness === 'lone' && people.length === 1);
  return {
    capacity: execution.capacity,
    party: member.legal_name,
    terms: people.length === 1 ? execution.terms.one : execution.terms.two,
    signers: people.map(({ named, ...person }) => ({
      ...person,
      // The witness's job title is what a witness block asks for as their occupation.
      witness: witnessed ? { name: named?.name ?? null, occupation: named?.job_title ?? null } : null,
    })),
  };
}

/**
 * One block per signatory, in spec order.
 * @param ctx the view context
 * @param form the document's form of execution
 * @param selfProving whether every signature is witnessed to be self-proving
 */
export function signatureViews(ctx: ViewContext, form: SignatureForm, selfProving: boolean): SignatureView[] {
  const members = new Map(ctx.spec.members.map((m) => [m.id, m]));
  return ctx.spec.signatures.signatories.flatMap((s) => {
    const member = members.get(s.member_id);
    return member ? [executionBlock(member, form, s, selfProving)] : [];
  });
}

/**
 * Describe the agreement's execution blocks in the spec's form of execution, witnessed where the form
 * needs it or Scots self-proving execution does.
 * @param ctx the view context
 */
export function buildSignatures(ctx: ViewContext): SignatureView[] {
  return signatureViews(ctx, ctx.spec.signatures.form, ctx.law.witnessForSelfProving);
}
