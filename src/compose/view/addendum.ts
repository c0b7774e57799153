/**
 * The Addendum's view (DOMAIN §2.4): what the addendum changes, told from its operations and from the
 * difference between the base spec and the consolidated one, so that every figure printed "before" is
 * the agreement's and every figure "after" is the consolidated spec's, never a number typed twice.
 *
 * The variant blocks (6a–6f) are lists, empty when the addendum has no operation of that kind, so the
 * template shows a block by `{{#if}}` on its list.
 */
import { formatMoney, type AddendumSpec, type PartnershipSpec } from '../../spec/index.js';
import { buildAllocationTable, type AllocationTableView } from './allocations.js';
import { buildContext, type ViewContext } from './context.js';
import { formatDate } from './dates.js';
import { formatDuration } from './durations.js';
import { buildFunderContract } from './funders.js';
import { humanise, label } from './labels.js';
import { joinAnd } from './lists.js';
import { nameWithNoun } from './sentences.js';
import { buildParties, type PartyView } from './parties.js';
import { executionBlock, type SignatureView } from './signatures.js';

type Op = AddendumSpec['changes'][number];
type Member = PartnershipSpec['members'][number];

/** Where a clause the addendum replaces stood in the agreement before it. */
export interface ReplacedClause {
  /** "clause 9.4", or null when the clause is not in the agreement as composed. */
  number: string | null;
  /** The clause's heading in the agreement, or null. */
  title: string | null;
}

/** What the addendum's view is built from. */
export interface AddendumSource {
  addendum: AddendumSpec;
  base: PartnershipSpec;
  consolidated: PartnershipSpec;
  /** Per `clause_key` of a `replace_clause`, where it stood in the agreement. */
  clauses: ReadonlyMap<string, ReplacedClause>;
}

/** A row of a before/after table. */
export interface ChangeRow {
  item: string;
  before: string;
  after: string;
}

/** 6a: a member joining. */
export interface AdmissionView {
  party: PartyView;
  /** "by deed of adherence" or "by this Addendum". */
  byDeed: boolean;
  votingSeat: boolean;
  workAreas: string | null;
  allocation: string | null;
  warranties: string[];
  noPriorLiability: boolean;
}

/** 6b: a member leaving, suspended or reinstated. */
export interface DepartureView {
  /** Its clause's id: the operation and the member ("withdraw-foo"), never its place in the list. */
  id: string;
  name: string;
  /** "withdraws from", "is expelled from", "is suspended from", "is reinstated to". */
  verb: string;
  leaves: boolean;
  effectiveDate: string;
  reason: string | null;
  obligations: string[];
  allocationTo: string | null;
  workAreaLeads: string[];
}

/** 6c: a new lead partner. */
export interface LeadChangeView {
  /** Its clause's id: the new lead's member id. */
  id: string;
  from: string;
  to: string;
  roles: string | null;
  novationReference: string | null;
  transition: string | null;
}

/** 6f: a clause replaced. */
export interface ClauseChangeView {
  /** Its clause's id: the replaced clause's key. */
  id: string;
  /** "Clause 9.4 (Payment) of the Agreement", or the clause's id when the agreement does not hold it. */
  where: string;
  title: string | null;
  paragraphs: string[];
}

/** A change made by a path (`set`, `add_to_list`…), in words. */
export interface GenericChangeView {
  /** Its clause's id: the operation and the path it changes. */
  id: string;
  text: string;
}

/** `text` as an id: lower-case letters, digits and single hyphens. */
function idOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `views` with each id unique: a second "x" becomes "x-2", so two changes of one item keep apart. */
function uniqueIds<T extends { id: string }>(views: T[]): T[] {
  const seen = new Map<string, number>();
  return views.map((view) => {
    const count = (seen.get(view.id) ?? 0) + 1;
    seen.set(view.id, count);
    return count === 1 ? view : { ...view, id: `${view.id}-${count}` };
  });
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
  term: { before: string; after: string; mechanism: string | null } | null;
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

const WARRANTIES: Readonly<Record<string, string>> = {
  authority: 'it has the power and authority to enter into the Agreement and this Addendum',
  policies_in_place: 'it has in place the policies the Agreement requires of a Partner',
  insurance_in_place: 'it holds the insurance the Agreement requires of a Partner',
  solvent: 'it is solvent and no insolvency proceedings have been started or threatened against it',
  // The funder contract by the one name the documents give it (Main Contract, or Funding Agreement).
  read_main_contract: 'it has read the {funderContract}',
};

const OBLIGATIONS: Readonly<Record<string, string>> = {
  complete_current_quarter: 'complete the work of the current quarter',
  return_unspent_funds: 'return any Funding paid to it and not spent on the Project',
  hand_over_records: 'hand over its records of the Project and of the people it supports',
  continue_confidentiality: 'continue to keep Confidential Information confidential',
  transfer_cases: 'transfer its open cases safely to the Partner the Steering Group names',
  repay_misused_funds: 'repay any Funding not used as the Agreement requires',
};

const VERBS: Readonly<Record<string, string>> = {
  withdraw_member: 'withdraws from',
  expel_member: 'is expelled from',
  suspend_member: 'is suspended from',
  reinstate_member: 'is reinstated to',
};

const EXECUTION: Readonly<Record<AddendumSpec['signatures']['execution'], string>> = {
  wet_ink: 'in wet ink',
  electronic: 'by electronic signature',
  either: 'in wet ink or by electronic signature',
};

const MECHANISMS: Readonly<Record<string, string>> = {
  funder_extension_of_main_contract: 'following the Funder’s extension of the Main Contract',
  mutual_agreement: 'by agreement of all the Partners',
};

// An addendum's figures are printed with pence: it restates amounts of the agreement exactly.
const money = (value: string | null | undefined): string => (value ? formatMoney(value) : '£0.00');

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
    signatures: signatures(addendum, base, consolidated, leavingIds),
    execution: EXECUTION[addendum.signatures.execution],
    law: after.law.name,
    bodyName: before.names.bodyName,
  };
}

const FUNDING_OPS = new Set(['set_allocation', 'set_contingency', 'set_management_fee', 'set_total_amount']);

function legalName(spec: PartnershipSpec, id: string): string {
  return spec.members.find((m) => m.id === id)?.legal_name ?? id;
}

function admission(op: Extract<Op, { op: 'admit_member' }>, ctx: ViewContext): AdmissionView {
  const member = op.member as Member;
  const party = buildParties(ctx).find((p) => p.id === member.id)!;
  const areas = new Map((ctx.spec.work_areas ?? []).map((w) => [w.id, w.name]));
  return {
    party,
    byDeed: op.instrument === 'deed_of_adherence',
    votingSeat: op.voting_seat === true,
    workAreas: (op.work_area_ids ?? []).length > 0 ? joinAnd(op.work_area_ids!.map((id) => areas.get(id) ?? id)) : null,
    allocation: op.allocation ? money(op.allocation.amount) : null,
    warranties: (op.warranties ?? []).map((w) => {
      const known = WARRANTIES[w];
      return known === undefined ? humanise(w) : known.replace('{funderContract}', buildFunderContract(ctx).term);
    }),
    noPriorLiability: op.liability_for_prior_acts === 'none',
  };
}

function departure(op: Extract<Op, { member_id: string }>, addendum: AddendumSpec, ctx: ViewContext): DepartureView {
  const o = op as Extract<Op, { op: 'withdraw_member' }>;
  return {
    id: idOf(`${op.op.replace(/_member$/, '')}-${o.member_id}`),
    name: legalName(ctx.spec, o.member_id),
    verb: VERBS[op.op]!,
    leaves: op.op === 'withdraw_member' || op.op === 'expel_member',
    effectiveDate: formatDate(o.effective_date ?? addendum.effective_date),
    reason: o.reason ? sentenceInside(o.reason) : null,
    obligations: (o.obligations ?? []).map((t) => OBLIGATIONS[t] ?? t.replace(/_/g, ' ')),
    allocationTo: o.reallocation?.allocation_to ? legalName(ctx.spec, o.reallocation.allocation_to) : null,
    workAreaLeads: Object.entries(o.reallocation?.work_area_leads ?? {}).map(([area, member]) => {
      const name = (ctx.spec.work_areas ?? []).find((w) => w.id === area)?.name ?? area;
      return `${legalName(ctx.spec, member)} leads ${name}`;
    }),
  };
}

/** A phrase written as a sentence ("To concentrate…") set inside one: "to concentrate…". */
function sentenceInside(text: string): string {
  const phrase = text.trim().replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(phrase) ? `${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}` : phrase;
}

function leadChange(op: Extract<Op, { op: 'change_lead_partner' }>, ctx: ViewContext): LeadChangeView {
  return {
    id: idOf(op.to_member_id),
    from: legalName(ctx.spec, op.from_member_id),
    to: legalName(ctx.spec, op.to_member_id),
    roles: (op.roles ?? []).length > 0 ? joinAnd(op.roles!.map((r) => label('lead_role', r))) : null,
    novationReference: op.novation_reference ?? null,
    transition: op.transition_period ? formatDuration(op.transition_period).text : null,
  };
}

/** Each allocation, the fee, the contingency and the total: before and after, every row that changed. */
function fundingRows(base: PartnershipSpec, next: PartnershipSpec, was: ViewContext, is: ViewContext): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const amountOf = (spec: PartnershipSpec, id: string): string | null =>
    (spec.funding?.allocations ?? []).find((a) => a.member_id === id)?.amount ?? null;
  const ids = [
    ...new Set([...(base.funding?.allocations ?? []), ...(next.funding?.allocations ?? [])].map((a) => a.member_id)),
  ];
  for (const id of ids) {
    const name = is.spec.members.some((m) => m.id === id) ? legalName(next, id) : was.names.member(id);
    rows.push({ item: `Allocation: ${name}`, before: money(amountOf(base, id)), after: money(amountOf(next, id)) });
  }
  const fee = (spec: PartnershipSpec): string | null =>
    spec.funding?.management_fee?.applies === false ? null : (spec.funding?.management_fee?.amount ?? null);
  rows.push({ item: 'Management fee', before: money(fee(base)), after: money(fee(next)) });
  rows.push({
    item: 'Contingency',
    before: money(base.funding?.contingency?.amount),
    after: money(next.funding?.contingency?.amount),
  });
  rows.push({
    item: 'Total Funding',
    before: money(base.funding?.total_amount),
    after: money(next.funding?.total_amount),
  });
  return rows.filter((row) => row.before !== row.after || row.item === 'Total Funding');
}

function targetRows(ops: readonly Op[], base: PartnershipSpec, next: PartnershipSpec): ChangeRow[] {
  const kpi = (spec: PartnershipSpec, id: string) => (spec.performance?.kpis ?? []).find((k) => k.id === id);
  const shares = (spec: PartnershipSpec, id: string): string => {
    const entry = (spec.performance?.member_targets ?? []).find((t) => t.kpi_id === id);
    const list = Object.entries(entry?.targets ?? {}).map(([m, n]) => `${legalName(spec, m)} ${n}`);
    return list.length > 0 ? list.join('; ') : 'none';
  };
  return ops.flatMap((op): ChangeRow[] => {
    if (op.op === 'set_kpi_target') {
      const name = kpi(next, op.kpi_id)?.name ?? op.kpi_id;
      const was = kpi(base, op.kpi_id)?.target;
      return [{ item: `Target: ${name}`, before: was === undefined ? 'none' : String(was), after: String(op.target) }];
    }
    if (op.op === 'set_member_target') {
      const name = kpi(next, op.kpi_id)?.name ?? op.kpi_id;
      return [{ item: `Partners' shares: ${name}`, before: shares(base, op.kpi_id), after: shares(next, op.kpi_id) }];
    }
    return [];
  });
}

function termChange(ops: readonly Op[], base: PartnershipSpec): AddendumView['term'] {
  const op = ops.findLast((o) => o.op === 'extend_term');
  if (!op || op.op !== 'extend_term') return null;
  const end = base.partnership.term.end_date;
  return {
    before: end ? formatDate(end) : 'no fixed end date',
    after: formatDate(op.new_end_date),
    mechanism: op.mechanism ? (MECHANISMS[op.mechanism] ?? null) : null,
  };
}

function clauseChange(
  op: Extract<Op, { op: 'replace_clause' }>,
  places: ReadonlyMap<string, ReplacedClause>,
): ClauseChangeView {
  const place = places.get(op.clause_key);
  const heading = place?.title ? ` (${place.title})` : '';
  const where = place?.number
    ? `${place.number.charAt(0).toUpperCase()}${place.number.slice(1)}${heading} of the Agreement`
    : `The provision of the Agreement known as "${op.clause_key}"${heading}`;
  return {
    id: idOf(op.clause_key),
    where,
    title: op.title ?? null,
    paragraphs: op.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  };
}

function genericText(op: Extract<Op, { op: 'set' | 'unset' | 'add_to_list' | 'remove_from_list' }>): string {
  const path = op.path;
  switch (op.op) {
    case 'set':
      return `The entry at ${path} of the Agreement's particulars is set to ${describe(op.value)}.`;
    case 'unset':
      return `The entry at ${path} of the Agreement's particulars is removed.`;
    case 'add_to_list':
      return `${describe(op.value)} is added to the list at ${path} of the Agreement's particulars.`;
    case 'remove_from_list':
      return `${describe(op.value)} is removed from the list at ${path} of the Agreement's particulars.`;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Who signs: every party (the continuing ones, those joining, and those leaving, who agree the terms of
 * their leaving), or the lead alone under delegated authority.
 */
function signatures(
  addendum: AddendumSpec,
  base: PartnershipSpec,
  next: PartnershipSpec,
  leaving: readonly string[],
): SignatureView[] {
  const given = new Map((addendum.signatures.signatories ?? []).map((s) => [s.member_id, s]));
  const known = new Map([...base.signatures.signatories, ...next.signatures.signatories].map((s) => [s.member_id, s]));
  const lead = next.members.find((m) => m.is_lead_partner === true && m.status === 'active');
  const ids =
    addendum.signatures.required_from === 'lead_under_delegated_authority' && lead
      ? [lead.id]
      : [
          ...new Set([
            ...next.members.filter((m) => m.status === 'active').map((m) => m.id),
            ...leaving.filter((id) =>
              addendum.changes.some((op) => op.op === 'withdraw_member' && op.member_id === id),
            ),
          ]),
        ];
  return ids.flatMap((id) => {
    const signer = given.get(id) ?? known.get(id);
    const member = [...next.members, ...base.members].find((m) => m.id === id);
    if (!member) return [];
    // A deed of adherence binds the joining party as a deed, in the form its legal form takes.
    const deed = addendum.changes.some(
      (op) => op.op === 'admit_member' && (op.member as Member).id === id && op.instrument === 'deed_of_adherence',
    );
    return [
      executionBlock(
        member,
        deed ? 'deed' : 'simple_contract',
        {
          name: signer?.name ?? member.authorised_signatory.name,
          job_title: signer?.job_title ?? member.authorised_signatory.job_title,
          // The agreement's signing dates are not the addendum's: only its own signatories' dates print.
          date: given.get(id)?.date ?? null,
          witness: undefined,
        },
        false,
      ),
    ];
  });
}
