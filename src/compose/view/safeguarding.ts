/**
 * Section 17, safeguarding: scope, policies, the vetting scheme of the governing law, vetting levels,
 * training, notification and multi-agency routes.
 */
import { VETTING_SCHEME_NAMES, nationsWorkedIn, type Nation, type VettingScheme } from '../../spec/index.js';
import type { ViewContext } from './context.js';
import { formatCount, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd } from './lists.js';

/** Safeguarding. */
export interface SafeguardingView {
  /** "children and adults at risk". */
  scope: string;
  /** The policies each member must keep: "safeguarding adults and safeguarding children policies". */
  policies: string;
  /** "the Disclosure and Barring Service (DBS)". */
  vettingScheme: string;
  vettingLevels: { role: string; level: string }[];
  trainingRefresh: DurationView | null;
  notifyLead: DurationView | null;
  lead: string | null;
  multiAgency: string | null;
  /**
   * The statutory frameworks for the scope, e.g. "the Care Act 2014 …, and with Working Together to Safeguard
   * Children".
   */
  frameworks: string;
}

/**
 * The framework the Partners' policies follow, adults' or children's: that of the one nation the
 * partnership works in where the nations of its law differ (no Welsh Act or guidance for a partnership
 * that works only in England, no English guidance for one that works only in Wales), else the law's
 * general statement, which names each nation's own.
 */
function frameworkFor(ctx: ViewContext, general: string, byNation: Partial<Record<Nation, string>>): string {
  const nations = nationsWorkedIn(ctx.spec);
  const own = nations?.length === 1 ? byNation[nations[0]!] : undefined;
  return own ?? general;
}

/**
 * Describe safeguarding (meaningful only when `when.safeguarding` holds).
 * @param ctx the view context
 */
export function buildSafeguarding(ctx: ViewContext): SafeguardingView {
  const s = ctx.spec.safeguarding;
  const scope = s?.scope ?? 'none';
  const adults = scope === 'adults_at_risk' || scope === 'both';
  const children = scope === 'children' || scope === 'both';
  const policies = [adults ? 'safeguarding adults' : null, children ? 'safeguarding children' : null].filter(
    (p): p is string => p !== null,
  );
  const scheme = (s?.vetting_scheme ?? ctx.law.vettingScheme) as VettingScheme;
  const adultFramework = frameworkFor(ctx, ctx.law.adultSafeguardingFramework, ctx.law.adultSafeguardingByNation);
  const childFramework = frameworkFor(ctx, ctx.law.childSafeguardingFramework, ctx.law.childSafeguardingByNation);
  return {
    scope: label('safeguarding_scope', scope),
    policies:
      policies.length > 0
        ? `${joinAnd(policies)} ${policies.length === 1 ? 'policy' : 'policies'}`
        : 'safeguarding policy',
    vettingScheme: VETTING_SCHEME_NAMES[scheme] ?? label('vetting_level', scheme),
    vettingLevels: Object.entries(s?.vetting_levels ?? {}).map(([role, level]) => ({
      role: labels('staff_role', [role])[0] ?? role,
      level: label('vetting_level', String(level)),
    })),
    trainingRefresh:
      typeof s?.training_refresh_months === 'number' ? formatCount(s.training_refresh_months, 'months') : null,
    notifyLead:
      typeof s?.notify_lead_within_hours === 'number' ? formatCount(s.notify_lead_within_hours, 'hours') : null,
    lead: s?.partnership_safeguarding_lead_member_id
      ? ctx.names.member(s.partnership_safeguarding_lead_member_id)
      : null,
    multiAgency: (s?.multi_agency ?? []).length > 0 ? joinAnd(labels('multi_agency', s?.multi_agency)) : null,
    frameworks:
      [adults ? adultFramework : null, children ? childFramework : null]
        .filter((f): f is string => f !== null)
        .join(', and with ') || childFramework,
  };
}
