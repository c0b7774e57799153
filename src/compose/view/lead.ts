/**
 * Section 9, the lead partner: who it is, which of the five roles it holds, who holds the others,
 * the limits of its authority and when the role is reviewed.
 */
import type { ViewContext } from './context.js';
import { formatDateOrNull } from './dates.js';
import { formatCount, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd } from './lists.js';

/** A lead role held by members other than the lead. */
export interface RoleHolderView {
  /** "champion". */
  role: string;
  /** "Rape Crisis and FORWARD". */
  holders: string;
}

/** The lead partner. */
export interface LeadView {
  name: string;
  legalName: string;
  /** "convenor, secretariat, external liaison and accountable body". */
  rolesText: string;
  roleHolders: RoleHolderView[];
  spendLimit: string | null;
  reviewEvery: DurationView | null;
  nextReviewDate: string | null;
  /** "it convened the Partnership", or null. */
  selectionReason: string | null;
}

/**
 * Describe the lead partner, or null when there is none.
 * @param ctx the view context
 */
export function buildLead(ctx: ViewContext): LeadView | null {
  const member = ctx.spec.members.find((m) => m.is_lead_partner === true && m.status === 'active');
  if (!member) return null;
  const lp = ctx.spec.lead_partner;
  const holders = Object.entries(lp?.role_holders ?? {}).map(([role, ids]) => ({
    role: label('lead_role', role),
    holders: ctx.names.members(Array.isArray(ids) ? ids : [ids as string]),
  }));
  return {
    name: ctx.names.memberInText(member.id),
    legalName: member.legal_name,
    rolesText: joinAnd(labels('lead_role', lp?.roles)),
    roleHolders: holders,
    spendLimit: ctx.money.orNull(lp?.limits_of_authority.spend_limit_without_approval),
    reviewEvery: typeof lp?.review.every_months === 'number' ? formatCount(lp.review.every_months, 'months') : null,
    nextReviewDate: formatDateOrNull(lp?.review.next_review_date),
    selectionReason: lp?.selection_reason ? label('selection_reason', lp.selection_reason) : null,
  };
}
