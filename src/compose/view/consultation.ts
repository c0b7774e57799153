/**
 * Section 12, consultation: each advisory group's purpose, status, reporting line, information and
 * resources (the seed's four tests).
 */
import type { ViewContext } from './context.js';
import { humanise, label, labels } from './labels.js';
import { joinAnd } from './lists.js';

/** One advisory group. */
export interface AdvisoryGroupView {
  name: string;
  /** "wider network forum". */
  type: string;
  purpose: string;
  /** "advisory only". */
  status: string;
  /** Powers delegated to the group, joined with semicolons, or null. */
  delegatedPowers: string | null;
  /** "the Steering Group", or another group's name. */
  reportsTo: string;
  members: string;
  frequency: string;
  informationReceived: string | null;
  /** "travel expenses and participation payments", or null. */
  resources: string | null;
  budgetLine: string | null;
  facilitatedBy: string | null;
}

function resources(
  r:
    | {
        travel_expenses_paid?: boolean;
        participation_payments?: boolean;
        childcare?: boolean;
        accessibility?: string[];
      }
    | undefined,
): string | null {
  if (!r) return null;
  const items = [
    r.travel_expenses_paid ? 'travel expenses' : null,
    r.participation_payments ? 'participation payments' : null,
    r.childcare ? 'childcare costs' : null,
    ...labels('accessibility', r.accessibility),
  ].filter((x): x is string => x !== null);
  return items.length > 0 ? joinAnd(items) : null;
}

function budgetLine(token: string): string {
  const known = label('budget_line', token);
  return known === humanise(token) ? `the ${known} budget` : known;
}

/**
 * Describe the advisory groups, in spec order.
 * @param ctx the view context
 */
export function buildAdvisoryGroups(ctx: ViewContext): AdvisoryGroupView[] {
  const groups = ctx.spec.advisory_groups ?? [];
  const stakeholders = new Map((ctx.spec.stakeholders ?? []).map((s) => [s.id, s.name]));
  const groupNames = new Map(groups.map((g) => [g.id, g.name]));
  return groups.map((g) => ({
    name: g.name,
    type: label('group_type', g.type),
    purpose: g.purpose,
    status: label('role_status', g.role_status),
    delegatedPowers: (g.delegated_powers ?? []).length > 0 ? (g.delegated_powers ?? []).join('; ') : null,
    reportsTo:
      g.reports_to === 'decision_body' ? ctx.names.body : `the ${groupNames.get(g.reports_to) ?? g.reports_to}`,
    members: joinAnd([
      ...(g.member_ids ?? []).map(ctx.names.member),
      ...(g.member_stakeholder_ids ?? []).map((id) => stakeholders.get(id) ?? id),
    ]),
    frequency: label('frequency', g.meeting_frequency),
    informationReceived:
      (g.information_received ?? []).length > 0 ? joinAnd(labels('information', g.information_received)) : null,
    resources: resources(g.resources),
    budgetLine: g.resources?.budget_line ? budgetLine(g.resources.budget_line) : null,
    facilitatedBy: g.facilitated_by_member_id ? ctx.names.member(g.facilitated_by_member_id) : null,
  }));
}
