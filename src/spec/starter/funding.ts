/**
 * The starter's money: two financial years, equal allocations and a 10% management fee of the total, so
 * every sum the rules check (R25–R28) balances exactly whatever the number of members.
 */
import { ex } from './example.js';

const PERIODS = [
  { label: '2026/27', start_date: '2026-04-01', end_date: '2027-03-31' },
  { label: '2027/28', start_date: '2027-04-01', end_date: '2028-03-31' },
];
/** Per funded member per period, in pounds; the fee makes each period's total a round 30,000 per member. */
const ALLOCATION = 27000;
const FEE = 3000;

function pounds(value: number): string {
  return `${value}.00`;
}

/**
 * The `funding` section for a funded starter; `funded` are the member ids with allocations. A starter
 * with a procured main contract has a funder that contracts for it, not one that grants it (R74).
 */
export function starterFunding(
  leadId: string,
  funded: readonly string[],
  memberWorkAreas: (id: string) => string[],
  contracted: boolean,
) {
  const perPeriod = (ALLOCATION + FEE) * funded.length;
  const total = perPeriod * PERIODS.length;
  const byPeriod = (amount: number) => Object.fromEntries(PERIODS.map((p) => [p.label, ex(pounds(amount))]));
  return {
    has_funding: true,
    currency: 'GBP',
    accountable_body_member_id: leadId,
    total_amount: ex(pounds(total)),
    funders: [
      {
        id: 'funder-main',
        name: ex('Example Borough Council'),
        type: 'local_authority',
        agreement_type: contracted ? 'contract' : 'grant',
        reference: ex('EBC-2026-001'),
        amount: ex(pounds(total)),
        start_date: '2026-04-01',
        end_date: '2028-03-31',
        conditions_flow_down: true,
        clawback_in_funder_terms: true,
        requires_consent_to_membership_change: true,
      },
    ],
    periods: PERIODS.map((p) => ({ ...p, amount: ex(pounds(perPeriod)) })),
    management_fee: {
      applies: true,
      recipient_member_id: leadId,
      basis: 'percentage_of_total',
      rate_percent: 10,
      amount: ex(pounds(FEE * funded.length * PERIODS.length)),
      by_period: byPeriod(FEE * funded.length),
      covers: ['coordinator_post', 'finance_and_grant_management', 'funder_reporting'],
    },
    contingency: { amount: '0.00' },
    allocations: funded.map((id) => ({
      member_id: id,
      work_area_ids: memberWorkAreas(id),
      amount: ex(pounds(ALLOCATION * PERIODS.length)),
      by_period: byPeriod(ALLOCATION),
    })),
    payment_schedule: {
      frequency: 'quarterly',
      timing: 'in_advance',
      days_after_funder_receipt: 10,
      conditions: ['quarterly_monitoring_return_received', 'invoice_received'],
    },
    financial_reporting: {
      frequency: 'quarterly',
      due_after_period_end: { value: 15, unit: 'working_days' },
      variance_explanation_threshold_percent: 10,
    },
    audit: {
      lead_may_audit: true,
      funder_may_audit: true,
      records_retention_years: 7,
      access_notice: { value: 10, unit: 'working_days' },
    },
    clawback: {
      flow_down: true,
      triggers: ['ineligible_expenditure', 'funder_clawback', 'unspent_funds', 'withdrawal'],
      repay_within: { value: 30, unit: 'calendar_days' },
    },
    underspend: 'return_to_pool',
    overspend: 'member_bears',
    vat_treatment: 'to_be_confirmed',
    restricted_fund: true,
  };
}

/** The `funding` section for a starter without money. */
export function starterNoFunding() {
  return { has_funding: false, currency: 'GBP', in_kind_only: true };
}
