/**
 * Commencement, term, extensions, reviews and the bid stage (section 4 and the bid recital).
 */
import { awardKind, type PartnershipSpec } from '../../spec/index.js';
import type { ViewContext } from './context.js';
import { formatDate, formatDateOrNull } from './dates.js';
import { formatCount, type DurationView } from './durations.js';
import { label } from './labels.js';
import { countInWords, countOf } from './numbers.js';

/** The extensions one mechanism allows: "by up to two further periods of 12 months each", "if the Funder …". */
export interface ExtensionView {
  /** "by 12 months", "by up to two further periods of 12 months each", "by a further 12 months and then 6 months". */
  periods: string;
  mechanism: string;
}

type ExtensionOption = NonNullable<PartnershipSpec['partnership']['term']['extension_options']>[number];

/**
 * The extension options grouped by mechanism, so that a list never repeats itself ("by 12 months, if …;
 * or by 12 months, if …" reads as "by up to two further periods of 12 months each, if …").
 */
function extensions(options: readonly ExtensionOption[]): ExtensionView[] {
  const byMechanism = new Map<string, number[]>();
  for (const o of options) byMechanism.set(o.mechanism, [...(byMechanism.get(o.mechanism) ?? []), o.months]);
  return [...byMechanism].map(([mechanism, months]) => {
    const periods = months.map((m) => countOf(m, 'month'));
    let text: string;
    if (months.length === 1) text = `by ${periods[0]!}`;
    else if (new Set(months).size === 1)
      text = `by up to ${countInWords(months.length, 'further period')} of ${periods[0]!} each`;
    else text = `by a further ${periods.slice(0, -1).join(', ')} and then ${periods.at(-1)!}`;
    return { periods: text, mechanism: label('extension_mechanism', mechanism) };
  });
}

/** The bid stage, when the agreement is made before the award. */
export interface BidView {
  /** Name of the member leading the bid. */
  bidLead: string | null;
  tenderReference: string | null;
  submissionDeadline: string | null;
  /** "each Partner bears its own bid costs". */
  bidCosts: string | null;
  lapseDate: string | null;
  /** What the partners bid for: "contract", "grant", or "contract or grant" when the spec does not say. */
  sought: string;
}

/** When the agreement starts, runs and is reviewed. */
export interface TermView {
  startDate: string;
  endDate: string | null;
  /** How often the partners review progress: "12 months". */
  reviewEvery: DurationView;
  /** How often the agreement's text is reviewed, or null. */
  agreementReviewEvery: DurationView | null;
  extensions: ExtensionView[];
  bid: BidView | null;
}

/**
 * Describe the term.
 * @param ctx the view context
 */
export function buildTerm(ctx: ViewContext): TermView {
  const { partnership, change_management: change } = ctx.spec;
  const t = partnership.term;
  const bid = partnership.bid_phase;
  return {
    startDate: formatDate(t.start_date),
    endDate: t.open_ended ? null : formatDateOrNull(t.end_date),
    reviewEvery: formatCount(t.review_every_months, 'months'),
    agreementReviewEvery: change.agreement_review ? formatCount(change.agreement_review.every_months, 'months') : null,
    extensions: extensions(t.extension_options ?? []),
    bid: bid
      ? {
          bidLead: bid.bid_lead_member_id ? ctx.names.memberInText(bid.bid_lead_member_id) : null,
          tenderReference: bid.tender_reference ?? null,
          submissionDeadline: formatDateOrNull(bid.submission_deadline),
          bidCosts: bid.bid_costs ? label('bid_costs', bid.bid_costs) : null,
          lapseDate: formatDateOrNull(bid.lapse_date),
          sought: awardKind(ctx.spec) ?? 'contract or grant',
        }
      : null,
  };
}
