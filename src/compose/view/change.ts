/**
 * Section 25, changes to the partnership: variation, admission, withdrawal, suspension, expulsion,
 * change of lead partner and the review of composition.
 */
import type { ViewContext } from './context.js';
import { formatCount, formatDuration, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd, joinOr } from './lists.js';
import { countOf } from './numbers.js';

/** Changes to the partnership. */
export interface ChangeView {
  variation: { mechanism: string; decision: string };
  admission: { criteriaText: string | null; decision: string; instrument: string; probation: string | null };
  withdrawal: { notice: DurationView | null; minimumCommitment: string | null; obligationsText: string | null };
  suspension: { grounds: string | null; decision: string } | null;
  expulsion: { groundsText: string; remedyPeriod: DurationView | null; decision: string } | null;
  changeOfLead: { decision: string; transition: DurationView | null } | null;
  compositionReview: DurationView | null;
}

const orNull = (text: string): string | null => (text === '' ? null : text);

/**
 * The majority a change needs, from the reserved matter it is decided as.
 * @param ctx the view context
 * @param matter the reserved-matter token
 */
function decision(ctx: ViewContext, matter: string | undefined): string {
  const reserved = (ctx.spec.governance.reserved_matters ?? []).find((r) => r.matter === matter);
  return reserved ? label('threshold', reserved.threshold) : label('voting_method', ctx.spec.governance.voting.method);
}

/**
 * Describe changes to the partnership.
 * @param ctx the view context
 */
export function buildChange(ctx: ViewContext): ChangeView {
  const c = ctx.spec.change_management;
  return {
    variation: {
      mechanism: ctx.names.fill(label('variation_mechanism', c.variation.mechanism)),
      decision: decision(ctx, c.variation.decision),
    },
    admission: {
      criteriaText: orNull(joinAnd(labels('admission_criteria', c.admission.criteria))),
      decision: decision(ctx, c.admission.decision ?? 'admit_member'),
      instrument: label('admission_instrument', c.admission.instrument ?? 'addendum'),
      probation:
        typeof c.admission.probation_months === 'number' ? countOf(c.admission.probation_months, 'month') : null,
    },
    withdrawal: {
      notice: c.withdrawal.notice ? formatDuration(c.withdrawal.notice) : null,
      minimumCommitment:
        typeof c.withdrawal.minimum_commitment_months === 'number'
          ? countOf(c.withdrawal.minimum_commitment_months, 'month')
          : null,
      obligationsText: orNull(joinAnd(labels('withdrawal_obligation', c.withdrawal.obligations))),
    },
    suspension: c.suspension
      ? {
          grounds:
            (c.suspension.grounds ?? []).length > 0 ? joinOr(labels('suspension_ground', c.suspension.grounds)) : null,
          decision: decision(ctx, c.suspension.decision),
        }
      : null,
    expulsion: c.expulsion
      ? {
          groundsText: joinOr(labels('expulsion_ground', c.expulsion.grounds)),
          remedyPeriod: c.expulsion.remedy_period ? formatDuration(c.expulsion.remedy_period) : null,
          decision: decision(ctx, c.expulsion.decision),
        }
      : null,
    changeOfLead: c.change_of_lead_partner
      ? {
          decision: decision(ctx, c.change_of_lead_partner.decision),
          transition: c.change_of_lead_partner.transition_period
            ? formatDuration(c.change_of_lead_partner.transition_period)
            : null,
        }
      : null,
    compositionReview: c.composition_review ? formatCount(c.composition_review.every_months, 'months') : null,
  };
}
