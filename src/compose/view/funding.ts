/**
 * Section 14, funding and finance: the accountable body, totals, fee, contingency, payment terms,
 * reporting, audit, clawback, under- and overspend, VAT and contributions in kind.
 */
import type { ViewContext } from './context.js';
import { formatDateOrNull } from './dates.js';
import { formatDuration, formatDurationOrNull, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd, joinOr, withArticle } from './lists.js';
import { countOf } from './numbers.js';

/** The management fee. */
export interface FeeView {
  recipient: string;
  amount: string | null;
  /** "10% of the total funding", "a fixed amount". */
  basis: string;
  /** What the fee covers, joined. */
  covers: string | null;
}

/** Payment terms. */
export interface PaymentView {
  /** "quarterly in advance". */
  when: string;
  /** "10 days", or null when not stated. */
  daysAfterReceipt: string | null;
  /** Conditions joined: "a valid invoice or claim has been received and …", or null. */
  conditionsText: string | null;
  firstPaymentDate: string | null;
}

/** Funding and finance. */
export interface FundingView {
  /** "X under a grant agreement (reference R) and Y under a contract", or null when unfunded. */
  sources: string | null;
  /** The funders' names joined, or null when unfunded. */
  funderNames: string | null;
  /** Funders whose conditions flow down to the members, joined, or null. */
  flowDownFunders: string | null;
  accountableBody: string | null;
  total: string | null;
  fee: FeeView | null;
  contingency: { amount: string; heldBy: string | null } | null;
  payment: PaymentView | null;
  financialReporting: { frequency: string; due: DurationView | null; varianceThreshold: string | null } | null;
  audit: { retention: string; accessNotice: DurationView | null } | null;
  clawback: { triggers: string | null; repayWithin: DurationView | null } | null;
  underspend: string | null;
  overspend: string | null;
  vat: string | null;
}

const orNull = (text: string): string | null => (text === '' ? null : text);

function feeBasis(basis: string, rate: number | null | undefined): string {
  if (rate === null || rate === undefined || basis === 'fixed_amount') return label('fee_basis', basis);
  return basis === 'percentage_of_delivery_allocations'
    ? `${rate}% of the delivery allocations`
    : `${rate}% of the total funding`;
}

/**
 * Describe funding and finance; figures are null when the partnership is not funded.
 * @param ctx the view context
 */
export function buildFunding(ctx: ViewContext): FundingView {
  const f = ctx.spec.funding;
  const { names, when } = ctx;
  const fee = f?.management_fee;
  const pay = f?.payment_schedule;
  const audit = f?.audit;
  const clawback = f?.clawback;
  const reporting = f?.financial_reporting;
  const contingency = f?.contingency;
  const sources = (f?.funders ?? []).map(
    (x) =>
      `${names.funder(x.id)}${x.agreement_type ? ` under ${withArticle(label('agreement_type', x.agreement_type))}` : ''}${x.reference ? ` (reference ${x.reference})` : ''}`,
  );
  return {
    sources: when.funded && sources.length > 0 ? joinAnd(sources) : null,
    funderNames: when.funded ? names.funders : null,
    flowDownFunders: orNull(
      joinAnd((f?.funders ?? []).filter((x) => x.conditions_flow_down === true).map((x) => names.funder(x.id))),
    ),
    accountableBody: f?.accountable_body_member_id ? names.memberInText(f.accountable_body_member_id) : null,
    total: when.funded ? ctx.money.orNull(f?.total_amount) : null,
    fee:
      when.management_fee && fee
        ? {
            recipient: names.memberInText(fee.recipient_member_id ?? f?.accountable_body_member_id ?? ''),
            amount: ctx.money.orNull(fee.amount),
            basis: feeBasis(fee.basis ?? 'fixed_amount', fee.rate_percent),
            covers: (fee.covers ?? []).length > 0 ? joinAnd(labels('fee_covers', fee.covers).map(names.fill)) : null,
          }
        : null,
    contingency:
      when.contingency && contingency
        ? {
            amount: ctx.money.format(contingency.amount),
            heldBy: contingency.held_by_member_id ? names.memberInText(contingency.held_by_member_id) : null,
          }
        : null,
    payment:
      when.payment_schedule && pay
        ? {
            when:
              [label('payment_frequency', pay.frequency), label('payment_timing', pay.timing)]
                .filter((w) => w !== '')
                .join(' ') || names.fill('at the times {body} agrees'),
            daysAfterReceipt:
              typeof pay.days_after_funder_receipt === 'number' ? countOf(pay.days_after_funder_receipt, 'day') : null,
            conditionsText:
              (pay.conditions ?? []).length > 0 ? joinAnd(labels('payment_condition', pay.conditions)) : null,
            firstPaymentDate: formatDateOrNull(pay.first_payment_date),
          }
        : null,
    financialReporting:
      when.financial_reporting && reporting
        ? {
            frequency: label('frequency', reporting.frequency, names.fill('as {body} requires')),
            due: formatDurationOrNull(reporting.due_after_period_end),
            varianceThreshold:
              typeof reporting.variance_explanation_threshold_percent === 'number'
                ? `${reporting.variance_explanation_threshold_percent}%`
                : null,
          }
        : null,
    audit:
      when.audit && audit
        ? {
            retention: countOf(audit.records_retention_years ?? 6, 'year'),
            accessNotice: formatDurationOrNull(audit.access_notice),
          }
        : null,
    clawback:
      when.clawback && clawback
        ? {
            triggers:
              (clawback.triggers ?? []).length > 0 ? joinOr(labels('clawback_trigger', clawback.triggers)) : null,
            repayWithin: clawback.repay_within ? formatDuration(clawback.repay_within) : null,
          }
        : null,
    underspend: when.underspend && f?.underspend ? names.fill(label('underspend', f.underspend)) : null,
    overspend: when.overspend && f?.overspend ? names.fill(label('overspend', f.overspend)) : null,
    vat: when.vat && f?.vat_treatment ? label('vat_treatment', f.vat_treatment) : null,
  };
}
