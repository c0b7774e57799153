/**
 * Payment rule (R30): a funded partnership has a payment schedule, pays members no earlier than
 * 0 days after the funder pays, and makes its first payment within the term.
 */

import { error, type Finding } from './finding.js';
import { isIsoDate } from './iso-dates.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** R30. */
export function checkPayments(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  if (!context.funded) return findings;
  const schedule = context.spec.funding?.payment_schedule;
  if (schedule === undefined) {
    findings.push(
      error(
        'R30',
        pointer('funding', 'has_funding'),
        'Cannot pay members without funding.payment_schedule: funding.has_funding is true, expected a payment schedule (frequency, timing, days after funder receipt)',
      ),
    );
    return findings;
  }
  const days = schedule.days_after_funder_receipt;
  if (typeof days === 'number' && days < 0)
    findings.push(
      error(
        'R30',
        pointer('funding', 'payment_schedule', 'days_after_funder_receipt'),
        `Cannot pay members ${days} days after the funder pays, expected funding.payment_schedule.days_after_funder_receipt of 0 or more`,
      ),
    );
  const first = schedule.first_payment_date;
  const { termStart, termEnd } = context;
  if (isIsoDate(first) && (first < termStart || (termEnd !== undefined && first > termEnd)))
    findings.push(
      error(
        'R30',
        pointer('funding', 'payment_schedule', 'first_payment_date'),
        `Cannot make the first payment on ${first}: it falls outside the term, expected a date ${termEnd === undefined ? `on or after ${termStart}` : `between ${termStart} and ${termEnd}`}`,
      ),
    );
  return findings;
}
