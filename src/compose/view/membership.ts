/**
 * Section 8 and Schedule 2: stakeholders who are not parties, and each member's contributions.
 */
import type { ViewContext } from './context.js';
import { label } from './labels.js';
import { joinAnd } from './lists.js';

/** One contribution row of Schedule 2. */
export interface ContributionView {
  member: string;
  /** "back-office services". */
  type: string;
  description: string;
  /** "£5,000.00", or "" when no value is put on it. */
  value: string;
  /** "in kind" or "funded". */
  basis: string;
}

/** A stakeholder that is not a party. */
export interface StakeholderView {
  /** The id of the spec item it comes from, which keys its heading or table row. */
  id: string;
  name: string;
  /** "network". */
  type: string;
  /** "consultee" or "informed party". */
  role: string;
  /** "a survey (annually) and membership of an advisory group (the WHEC Network Forum)". */
  engagement: string;
}

/**
 * Describe every contribution, member by member.
 * @param ctx the view context
 */
export function buildContributions(ctx: ViewContext): ContributionView[] {
  return ctx.spec.members
    .filter((m) => m.status === 'active')
    .flatMap((m) =>
      (m.contributions ?? []).map((c) => ({
        member: ctx.names.member(m.id),
        type: label('contribution', c.type),
        description: c.description ?? '',
        value: ctx.money.orNull(c.value) ?? '',
        basis: c.in_kind ? 'in kind' : 'funded',
      })),
    );
}

/**
 * Describe the stakeholders and how each is engaged.
 * @param ctx the view context
 */
export function buildStakeholders(ctx: ViewContext): StakeholderView[] {
  const groups = new Map((ctx.spec.advisory_groups ?? []).map((g) => [g.id, g.name]));
  return (ctx.spec.stakeholders ?? []).map((s) => ({
    id: s.id,
    name: s.name,
    type: label('stakeholder_type', s.type),
    role: label('partnership_role', s.partnership_role),
    engagement: joinAnd(
      s.engagement.map((e) => {
        const method = label('engagement_method', e.method);
        const group = e.group_id ? groups.get(e.group_id) : undefined;
        if (group) return `${method} (the ${group})`;
        return e.frequency ? `${method} (${label('frequency', e.frequency)})` : method;
      }),
    ),
  }));
}
