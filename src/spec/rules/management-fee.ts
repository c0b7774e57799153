/**
 * Management-fee rule (R28): the fee goes to the accountable body, its rate is above 0 and at most
 * 25% (a warning above 15%), and a percentage fee equals the rate applied to its base, rounded half
 * up to the penny, within £0.01.
 */

import { error, warning, type Finding } from './finding.js';
import { fundingFigures } from './funding-figures.js';
import { formatPounds, toPence } from '../values/money.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

const MAX_RATE = 25;
const HIGH_RATE = 15;

const BASE_WORDS: Readonly<Record<string, string>> = {
  percentage_of_total: 'funding.total_amount',
  percentage_of_delivery_allocations: 'the sum of funding.allocations',
};

/** R28. */
export function checkManagementFee(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const f = context.spec.funding;
  const fee = f?.management_fee;
  if (fee === undefined || fee.applies !== true) return findings;
  const at = (key: string): string => pointer('funding', 'management_fee', key);
  const body = f?.accountable_body_member_id;
  if (fee.recipient_member_id !== undefined && body !== undefined && fee.recipient_member_id !== body)
    findings.push(
      error(
        'R28',
        at('recipient_member_id'),
        `Cannot pay the management fee to ${fee.recipient_member_id}: the accountable body is ${body}, expected funding.management_fee.recipient_member_id to be ${body}`,
      ),
    );
  const rate = fee.rate_percent;
  if (typeof rate === 'number') {
    if (!(rate > 0 && rate <= MAX_RATE))
      findings.push(
        error(
          'R28',
          at('rate_percent'),
          `Cannot charge a management fee of ${rate}%: funding.management_fee.rate_percent is out of range, expected more than 0 and at most ${MAX_RATE}`,
        ),
      );
    else if (rate > HIGH_RATE)
      findings.push(
        warning(
          'R28',
          at('rate_percent'),
          `Cannot keep the management fee transparent at ${rate}%: it is above ${HIGH_RATE}%, expected a small top-slice`,
          {
            subject: 'Money',
            text: `The management fee of ${rate}% is above ${HIGH_RATE}%: explain in the agreement what it pays for, or lower it.`,
          },
          'Funders and smaller members usually expect the fee to cover only the coordination it pays for; explain the rate in the agreement or lower it.',
        ),
      );
  }
  const figures = fundingFigures(context.spec);
  const stated = toPence(fee.amount);
  if (
    figures.impliedFee !== undefined &&
    figures.feeBase !== undefined &&
    stated !== undefined &&
    Math.abs(stated - figures.impliedFee) > 1
  )
    findings.push(
      error(
        'R28',
        at('amount'),
        `Cannot reconcile funding.management_fee.amount: ${formatPounds(stated)}, but ${rate}% of ${BASE_WORDS[fee.basis ?? ''] ?? 'the base'} ${formatPounds(figures.feeBase)} = ${formatPounds(figures.impliedFee)}, expected ${formatPounds(figures.impliedFee)} (±£0.01)`,
      ),
    );
  return findings;
}
