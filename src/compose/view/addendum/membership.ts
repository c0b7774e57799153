/**
 * The Addendum's membership changes: a Partner joining (6a), leaving, suspended or reinstated (6b), and
 * a new Lead Partner (6c), each told from its operation.
 */
import type { AddendumSpec } from '../../../spec/index.js';
import type { ViewContext } from '../context.js';
import { formatDate } from '../dates.js';
import { formatDuration } from '../durations.js';
import { buildFunderContract } from '../funders.js';
import { humanise, label } from '../labels.js';
import { joinAnd } from '../lists.js';
import { buildParties, type PartyView } from '../parties.js';
import { money } from './changes.js';
import { idOf, legalName, type Member, type Op } from './operations.js';

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

/** The operations that change a Partner's membership (6b), by the verb the Addendum uses. */
export const VERBS: Readonly<Record<string, string>> = {
  withdraw_member: 'withdraws from',
  expel_member: 'is expelled from',
  suspend_member: 'is suspended from',
  reinstate_member: 'is reinstated to',
};

/** 6a: a member joining. */
export function admission(op: Extract<Op, { op: 'admit_member' }>, ctx: ViewContext): AdmissionView {
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

/** 6b: a member leaving, suspended or reinstated. */
export function departure(
  op: Extract<Op, { member_id: string }>,
  addendum: AddendumSpec,
  ctx: ViewContext,
): DepartureView {
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

/** 6c: a new lead partner. */
export function leadChange(op: Extract<Op, { op: 'change_lead_partner' }>, ctx: ViewContext): LeadChangeView {
  return {
    id: idOf(op.to_member_id),
    from: legalName(ctx.spec, op.from_member_id),
    to: legalName(ctx.spec, op.to_member_id),
    roles: (op.roles ?? []).length > 0 ? joinAnd(op.roles!.map((r) => label('lead_role', r))) : null,
    novationReference: op.novation_reference ?? null,
    transition: op.transition_period ? formatDuration(op.transition_period).text : null,
  };
}
