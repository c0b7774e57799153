/**
 * What every rule family needs to know about a spec, worked out once: members by id, the active
 * members and key decision makers, the lead, voting seats, the term and whether the partnership is
 * funded, binding or run by a lead. Building it once keeps the whole rule set to one pass per array.
 */

import type { PartnershipSpec } from '../types.gen.js';
import { isBinding, isFunded, isLeadModel } from '../values/partnership.js';
import { pointer } from './pointer.js';

/** A party to the agreement (`members[]`). */
export type Member = PartnershipSpec['members'][number];

/** A member with its position in `members[]`, for pointers. */
export interface IndexedMember {
  member: Member;
  index: number;
}

/** The prepared view of a spec that every rule family reads. */
export interface RuleContext {
  spec: PartnershipSpec;
  /** Members by id (the first of any duplicate ids; R01 reports the rest). */
  members: ReadonlyMap<string, IndexedMember>;
  /** Ids of members whose `status` is `active`. */
  active: ReadonlySet<string>;
  /** Ids of active members whose `partnership_role` is `key_decision_maker`. */
  keyDecisionMakers: ReadonlySet<string>;
  /** Ids of stakeholders (non-parties). */
  stakeholders: ReadonlySet<string>;
  /** Id of the active member flagged `is_lead_partner`, when exactly one is. */
  leadId: string | undefined;
  /** `funding.has_funding`. */
  funded: boolean;
  /** `structure_model` is lead_agency, managing_agent or managing_provider. */
  leadModel: boolean;
  /** `agreement_status` is `legally_binding`. */
  binding: boolean;
  /** `partnership.term.start_date`. */
  termStart: string;
  /** `partnership.term.end_date`; undefined when open-ended, or when it is not after the start (R21 reports that). */
  termEnd: string | undefined;
  /** Voting seats on the decision body: active key decision makers × seats per member. */
  votingSeats: number;
}

/** Prepare the context for one spec (which has already passed the schema). */
export function buildRuleContext(spec: PartnershipSpec): RuleContext {
  const members = new Map<string, IndexedMember>();
  const active = new Set<string>();
  const keyDecisionMakers = new Set<string>();
  const leads: string[] = [];
  spec.members.forEach((member, index) => {
    if (members.has(member.id)) return;
    members.set(member.id, { member, index });
    if (member.status !== 'active') return;
    active.add(member.id);
    if (member.partnership_role === 'key_decision_maker') keyDecisionMakers.add(member.id);
    if (member.is_lead_partner === true) leads.push(member.id);
  });
  const term = spec.partnership.term;
  const seatsPerMember = spec.governance.decision_body.seats_per_member ?? 1;
  return {
    spec,
    members,
    active,
    keyDecisionMakers,
    stakeholders: new Set((spec.stakeholders ?? []).map((s) => s.id)),
    leadId: leads.length === 1 ? leads[0] : undefined,
    funded: isFunded(spec),
    leadModel: isLeadModel(spec),
    binding: isBinding(spec),
    termStart: term.start_date,
    termEnd:
      term.open_ended !== true && typeof term.end_date === 'string' && term.end_date > term.start_date
        ? term.end_date
        : undefined,
    votingSeats: keyDecisionMakers.size * seatsPerMember,
  };
}

/** Pointer to a member, or to a field under it: `memberPointer(ctx, 'ywca', 'policies')`. */
export function memberPointer(context: RuleContext, id: string, ...rest: (string | number)[]): string {
  const found = context.members.get(id);
  return found === undefined ? pointer('members') : pointer('members', found.index, ...rest);
}

/** How a member is named in messages: its id and short or legal name. */
export function memberWords(context: RuleContext, id: string): string {
  const member = context.members.get(id)?.member;
  if (member === undefined) return `"${id}"`;
  return `${id} (${member.short_name ?? member.legal_name})`;
}

/** How a member is named to the partners in drafting notes: its legal name. */
export function memberName(context: RuleContext, id: string): string {
  return context.members.get(id)?.member.legal_name ?? id;
}
