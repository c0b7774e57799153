/**
 * Facts of the spec that contradict each other, so that a document would say two things at once: a
 * register or log that the decision body reviews more often than it meets (R77); a data protection
 * impact assessment, recorded as done, dated after the documents that say so were prepared or signed
 * (R78); the coordinator's post called by another name on the escalation ladder (R79).
 */

import { moreOftenThan } from '../tables/index.js';
import { warning, type Finding } from './finding.js';
import { isIsoDate } from './iso-dates.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** R77: the body cannot review a register or log more often than it meets. */
function reviewsBetweenMeetings(context: RuleContext, findings: Finding[]): void {
  const { spec } = context;
  const meets = spec.governance.meetings.frequency;
  const body = spec.governance.decision_body.name;
  const rm = spec.risk_management;
  const logs = [
    { what: 'risk register', field: 'register', frequency: rm?.register.review_frequency },
    { what: 'issue log', field: 'issue_log', frequency: rm?.issue_log?.review_frequency },
  ];
  for (const { what, field, frequency } of logs) {
    if (frequency === undefined || !moreOftenThan(frequency, meets)) continue;
    findings.push(
      warning(
        'R77',
        pointer('risk_management', field, 'review_frequency'),
        `Cannot have the ${body} review the ${what} ${frequency} when it meets ${meets}: risk_management.${field}.review_frequency is more frequent than governance.meetings.frequency, expected each_meeting or a frequency no greater than the meetings'`,
        {
          subject: 'Governance and decisions',
          text: `The ${what} is to be reviewed ${frequency.replace(/_/g, '-')} by the ${body}, which meets only ${meets.replace(/_/g, '-')}: the documents say its keeper reviews it that often and the ${body} at each meeting; confirm who reviews it.`,
        },
        'Set review_frequency to each_meeting, or to the meetings’ frequency; the keeper’s own reviews between meetings need no field.',
      ),
    );
  }
}

/** R78: a DPIA recorded as completed cannot be dated after the documents that record it. */
function dpiaAfterSigning(context: RuleContext, findings: Finding[]): void {
  const { spec } = context;
  const dpia = spec.data_protection.dpia;
  if (spec.data_protection.personal_data_shared !== true || dpia?.completed !== true || !isIsoDate(dpia.date)) return;
  // The first signature, when the documents are signed; else the date they were prepared.
  let first = { date: spec.meta.prepared_date, field: 'meta.prepared_date', what: 'prepared' };
  let signed = false;
  spec.signatures.signatories.forEach((s, i) => {
    if (!isIsoDate(s.date) || (signed && s.date >= first.date)) return;
    first = { date: s.date, field: `signatures.signatories[${i}].date`, what: 'signed' };
    signed = true;
  });
  if (!isIsoDate(first.date) || dpia.date <= first.date) return;
  findings.push(
    warning(
      'R78',
      pointer('data_protection', 'dpia', 'date'),
      `Cannot record a completed impact assessment dated ${dpia.date}, after the documents were ${first.what} on ${first.date} (${first.field}): data_protection.dpia.date is later, expected the assessment done before the sharing is agreed`,
      {
        subject: 'Data protection',
        text: `The documents say the data protection impact assessment is complete, yet it is dated ${dpia.date}, after they were ${first.what} on ${first.date}: complete the assessment before signing, or record it as not yet completed.`,
      },
      'If the assessment is still to be done, set data_protection.dpia.completed to false; the documents then say it will be completed before any data is shared.',
    ),
  );
}

/** The last word of a post title, which names the kind of post ("Coordinator", "Manager"). */
function postWord(title: string): string {
  return title.trim().split(/\s+/).pop() ?? '';
}

/** R79: the coordinator's post has one name, the one `management.coordinator.post_title` gives. */
function postWithTwoNames(context: RuleContext, findings: Finding[]): void {
  const { spec } = context;
  const title = spec.management?.coordinator?.post_title;
  if (title === undefined) return;
  const word = postWord(title).toLowerCase();
  if (word.length < 4) return;
  spec.risk_management?.escalation_ladder?.forEach((level, i) => {
    const name = level.name.toLowerCase();
    const mentions = name.split(/[^a-z]+/).includes(word);
    if (!mentions || name.includes(title.toLowerCase())) return;
    findings.push(
      warning(
        'R79',
        pointer('risk_management', 'escalation_ladder', i, 'name'),
        `Cannot tell whether "${level.name}" is the ${title}: risk_management.escalation_ladder[${i}].name names a ${postWord(title).toLowerCase()} other than management.coordinator.post_title, expected the post's one name`,
        {
          subject: 'Governance and decisions',
          text: `The escalation ladder names “${level.name}”, but the post is the ${title}: use one name for one post.`,
        },
        `Write "${title}" where the escalation ladder means that post.`,
      ),
    );
  });
}

/**
 * Check the spec for facts that contradict each other.
 * @param context the prepared rule context
 */
export function checkContradictions(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  reviewsBetweenMeetings(context, findings);
  dpiaAfterSigning(context, findings);
  postWithTwoNames(context, findings);
  return findings;
}
