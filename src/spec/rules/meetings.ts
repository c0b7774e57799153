/**
 * Meeting rules: notice is positive and papers go out within it, the minimum number of meetings
 * fits the frequency and minutes have a drafting deadline (R19); extraordinary meetings need
 * positive notice no longer than ordinary notice (R20); the agenda deadline is no later than the
 * papers deadline (R62).
 */

import { MAX_PER_YEAR } from '../tables/index.js';
import { describeDuration, toCalendarDays } from '../values/durations.js';
import type { Duration } from '../types.gen.js';
import { error, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

function positive(duration: Duration | undefined): boolean {
  return duration !== undefined && toCalendarDays(duration) > 0;
}

/** R19, R20 and R62. */
export function checkMeetings(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { meetings, minutes } = context.spec.governance;
  const at = (...rest: string[]): string => pointer('governance', 'meetings', ...rest);
  const notice = meetings.notice;
  if (!positive(notice))
    findings.push(
      error(
        'R19',
        at('notice'),
        `Cannot call meetings at ${describeDuration(notice)} notice: governance.meetings.notice is not positive, expected a Duration above 0`,
      ),
    );
  const papers = meetings.papers_before;
  if (papers !== undefined && toCalendarDays(papers) > toCalendarDays(notice))
    findings.push(
      error(
        'R19',
        at('papers_before'),
        `Cannot send papers ${describeDuration(papers)} before a meeting called at ${describeDuration(notice)} notice: governance.meetings.papers_before is longer, expected at most the notice`,
      ),
    );
  const max = MAX_PER_YEAR[meetings.frequency];
  if (max !== undefined && meetings.min_per_year > max)
    findings.push(
      error(
        'R19',
        at('min_per_year'),
        `Cannot hold ${meetings.min_per_year} meetings a year at a ${meetings.frequency} frequency: governance.meetings.min_per_year is too high, expected at most ${max}`,
      ),
    );
  if (!positive(minutes.draft_within))
    findings.push(
      error(
        'R19',
        pointer('governance', 'minutes', 'draft_within'),
        'Cannot draft minutes within no time: governance.minutes.draft_within is not positive, expected a Duration above 0',
      ),
    );

  const extra = meetings.extraordinary?.notice;
  if (extra !== undefined && positive(notice) && (!positive(extra) || toCalendarDays(extra) > toCalendarDays(notice)))
    findings.push(
      error(
        'R20',
        at('extraordinary', 'notice'),
        `Cannot call extraordinary meetings at ${describeDuration(extra)} notice: ordinary notice is ${describeDuration(notice)}, expected more than 0 and no more than the ordinary notice`,
      ),
    );

  const agenda = context.spec.meetings_protocol?.agenda_items_deadline;
  if (agenda !== undefined && papers !== undefined && toCalendarDays(agenda) < toCalendarDays(papers))
    findings.push(
      error(
        'R62',
        pointer('meetings_protocol', 'agenda_items_deadline'),
        `Cannot take agenda items ${describeDuration(agenda)} before a meeting when papers go out ${describeDuration(papers)} before: meetings_protocol.agenda_items_deadline is later than governance.meetings.papers_before, expected at least as early`,
      ),
    );
  return findings;
}
