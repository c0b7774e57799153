/**
 * The Addendum's view (DOMAIN §2.4): what the addendum changes, told from its operations and from the
 * difference between the base spec and the consolidated one, so that every figure printed "before" is
 * the agreement's and every figure "after" is the consolidated spec's, never a number typed twice.
 *
 * The variant blocks (6a–6f) are lists, empty when the addendum has no operation of that kind, so the
 * template shows a block by `{{#if}}` on its list.
 */ import type { AddendumSpec, PartnershipSpec } from '../../../spec/index.js';
import { buildAllocationTable, type AllocationTableView } from '../allocations.js';
import { buildContext } from '../context.js';
import { formatDate } from '../dates.js';
import { label } from '../labels.js';
import { joinAnd } from '../lists.js';
import { nameWithNoun } from '../sentences.js';
import { buildParties, type PartyView } from '../parties.js';
import type { SignatureView } from '../signatures.js';
import {
  clauseChange,
  FUNDING_OPS,
  fundingRows,
  genericText,
  targetRows,
  termChange,
  type ChangeRow,
  type ClauseChangeView,
  type GenericChangeView,
  type ReplacedClause,
  type TermChangeView,
} from './changes.js';
import {
  admission,
  departure,
  leadChange,
  VERBS,
  type AdmissionView,
  type DepartureView,
  type LeadChangeView,
} from './membership.js';
import { idOf, uniqueIds, type Op } from './operations.js';
import { addendumSignatures } from './signatures.js';

export type { ReplacedClause } from './changes.js';

/** What the addendum's view is built from. */
export interface AddendumSource {
  addendum: AddendumSpec;
  base: PartnershipSpec;
  consolidated: PartnershipSpec;
  /** Per `clause_key` of a `replace_clause`, where it stood in the agreement. */
  clauses: ReadonlyMap<string, ReplacedClause>;
}

/** Everything the Addendum shows. */
export interface AddendumView {
  number: number;
  title: string;
  addendumId: string;
  /** "the Riverside Consortium partnership agreement": the partnership's name never doubled by the noun. */
  agreementName: string;
  agreementDate: string;
  baseVersion: string;
  resultingVersion: string;
  effectiveDate: string;
  reason: string;
  previous: { number: number; date: string; title: string | null }[];
  decision: {
    body: string;
    inWriting: boolean;
    date: string;
    minuteRef: string;
    matters: string;
    threshold: string;
    votes: string;
  };
  funderConsent: { funder: string; reference: string; date: string } | null;
  /** Every party to the agreement as amended, and those who leave by it: all sign. */
  parties: PartyView[];
  /** The parties that leave by it (they sign too, agreeing the terms of their leaving). */
  leaving: PartyView[];
  admissions: AdmissionView[];
  departures: DepartureView[];
  leadChanges: LeadChangeView[];
  funding: ChangeRow[];
  targets: ChangeRow[];
  term: TermChangeView | null;
  clauses: ClauseChangeView[];
  generic: GenericChangeView[];
  /** The restated allocation table (Schedule 4 as amended), or null when funding did not change. */
  restated: AllocationTableView | null;
  /** The membership after the change, when it changed. */
  membership: { name: string; role: string; joined: string | null }[];
  /** The signatures the addendum needs. */
  signatures: SignatureView[];
  execution: string;
  law: string;
  /** The body that took the decision, for "the Steering Group resolved…". */
  bodyName: string;
}

const EXECUTION: Readonly<Record<AddendumSpec['signatures']['execution'], string>> = {
  wet_ink: 'in wet ink',
  electronic: 'by electronic signature',
  either: 'in wet ink or by electronic signature',
};

/**
 * Build the Addendum's view.
 * @param source the addendum, the spec it changes, the consolidated spec, the replaced clauses' places
 */
export function buildAddendumView(source: AddendumSource): AddendumView {
  const { addendum, base, consolidated } = source;
  const before = buildContext(base);
  const after = buildContext(consolidated);
  const ops = addendum.changes;
  const funder = (base.funding?.funders ?? []).find((f) => f.id === addendum.funder_consent?.funder_id);
  const consent = addendum.funder_consent;
  const { votes } = addendum.decision;
  const leavingIds = ops.flatMap((op) =>
    op.op === 'withdraw_member' || op.op === 'expel_member' ? [op.member_id] : [],
  );
  const membershipChanged = ops.some((op) => op.op in VERBS || op.op === 'admit_member');
  const fundingChanged =
    ops.some((op) => FUNDING_OPS.has(op.op) || (op.op === 'admit_member' && op.allocation !== undefined)) ||
    leavingIds.some((id) => (base.funding?.allocations ?? []).some((a) => a.member_id === id));
  return {
    number: addendum.meta.number,
    title: addendum.meta.title,
    addendumId: addendum.meta.addendum_id,
    agreementName: nameWithNoun(base.partnership.name, 'partnership agreement'),
    agreementDate: formatDate(addendum.base.agreement_date),
    baseVersion: addendum.base.version,
    resultingVersion: addendum.resulting_version,
    effectiveDate: formatDate(addendum.effective_date),
    reason: addendum.reason,
    previous: (addendum.base.previous_addenda ?? []).map((p) => ({
      number: p.number,
      date: formatDate(p.date),
      title: p.title ?? null,
    })),
    decision: {
      body: before.names.body,
      inWriting: addendum.decision.body === 'decision_body_in_writing',
      date: formatDate(addendum.decision.meeting_date),
      minuteRef: addendum.decision.minute_ref,
      matters: joinAnd(
        addendum.decision.matters.map((m) =>
          before.names.fill(label('reserved_matter', m)).replace(/\bthis Agreement\b/, 'the Agreement'),
        ),
      ),
      threshold: label('threshold', addendum.decision.threshold_required),
      votes: `${votes.for} for, ${votes.against} against and ${votes.abstain} abstaining`,
    },
    funderConsent:
      consent?.required && consent.reference && consent.date
        ? {
            funder: funder?.name ?? consent.funder_id ?? '',
            reference: consent.reference,
            date: formatDate(consent.date),
          }
        : null,
    parties: buildParties(after),
    leaving: buildParties(before).filter((p) => leavingIds.includes(p.id)),
    admissions: ops.flatMap((op) => (op.op === 'admit_member' ? [admission(op, after)] : [])),
    departures: uniqueIds(
      ops.flatMap((op) =>
        op.op in VERBS ? [departure(op as Extract<Op, { member_id: string }>, addendum, before)] : [],
      ),
    ),
    leadChanges: uniqueIds(ops.flatMap((op) => (op.op === 'change_lead_partner' ? [leadChange(op, before)] : []))),
    funding: fundingChanged ? fundingRows(base, consolidated, before, after) : [],
    targets: targetRows(ops, base, consolidated),
    term: termChange(ops, base),
    clauses: uniqueIds(ops.flatMap((op) => (op.op === 'replace_clause' ? [clauseChange(op, source.clauses)] : []))),
    generic: uniqueIds(
      ops.flatMap((op) =>
        op.op === 'set' || op.op === 'unset' || op.op === 'add_to_list' || op.op === 'remove_from_list'
          ? [{ id: idOf(`${op.op}-${op.path}`), text: genericText(op) }]
          : [],
      ),
    ),
    restated: fundingChanged ? buildAllocationTable(after) : null,
    membership: membershipChanged
      ? consolidated.members
          .filter((m) => m.status === 'active')
          .map((m) => ({
            name: m.legal_name,
            role: `${label('partnership_role', m.partnership_role)}${m.is_lead_partner ? ' (Lead Partner)' : ''}`,
            joined: m.joined_date ? formatDate(m.joined_date) : null,
          }))
      : [],
    signatures: addendumSignatures(addendum, base, consolidated, leavingIds),
    execution: EXECUTION[addendum.signatures.execution],
    law: after.law.name,
    bodyName: before.names.bodyName,
  };
}
