/**
 * Response-time rules: a complaint is acknowledged before it is answered (R63); a referral is
 * acknowledged no later than the first contact with the person referred (R64).
 */

import { describeDuration, toCalendarDays } from '../values/durations.js';
import { error, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** R63 and R64. */
export function checkResponseTimes(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const c = context.spec.complaints;
  if (
    c?.acknowledge_within !== undefined &&
    c.respond_within !== undefined &&
    !(toCalendarDays(c.acknowledge_within) < toCalendarDays(c.respond_within))
  )
    findings.push(
      error(
        'R63',
        pointer('complaints', 'acknowledge_within'),
        `Cannot acknowledge a complaint within ${describeDuration(c.acknowledge_within)} when the response is due within ${describeDuration(c.respond_within)}: complaints.acknowledge_within is not shorter, expected acknowledgement before the response`,
      ),
    );
  context.spec.referrals?.urgency_levels?.forEach((u, i) => {
    if (u.acknowledge_within === undefined || u.first_contact_within === undefined) return;
    if (toCalendarDays(u.acknowledge_within) > toCalendarDays(u.first_contact_within))
      findings.push(
        error(
          'R64',
          pointer('referrals', 'urgency_levels', i, 'acknowledge_within'),
          `Cannot acknowledge a ${u.level} referral within ${describeDuration(u.acknowledge_within)} after first contact within ${describeDuration(u.first_contact_within)}: referrals.urgency_levels[${i}].acknowledge_within is longer, expected at most the first-contact time`,
        ),
      );
  });
  return findings;
}
