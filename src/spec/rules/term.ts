/**
 * Term rules: the term ends after it starts and reviews and extensions are positive (R21); dated
 * items fall inside the term (R22); a commencement before the last signature is flagged as
 * retrospective (R23); every start–end pair is in order and members leave after joining (R69).
 */

import { error, warning, type Finding } from './finding.js';
import { isIsoDate } from './iso-dates.js';
import { fieldPath, pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

function checkTerm(context: RuleContext, findings: Finding[]): void {
  const term = context.spec.partnership.term;
  const at = (...rest: (string | number)[]): string => pointer('partnership', 'term', ...rest);
  if (term.open_ended === true) {
    if (term.end_date !== undefined && term.end_date !== null)
      findings.push(
        error(
          'R21',
          at('end_date'),
          `Cannot end an open-ended term on ${term.end_date}: partnership.term.open_ended is true, expected end_date to be null`,
        ),
      );
  } else if (!isIsoDate(term.end_date)) {
    findings.push(
      error(
        'R21',
        at('open_ended'),
        'Cannot find when the term ends: partnership.term.end_date is not set, expected an end date after start_date (or open_ended: true)',
      ),
    );
  } else if (term.end_date <= term.start_date) {
    findings.push(
      error(
        'R21',
        at('end_date'),
        `Cannot end the term on ${term.end_date}: it starts on ${term.start_date}, expected partnership.term.end_date after start_date`,
      ),
    );
  }
  if (!(term.review_every_months > 0))
    findings.push(
      error(
        'R21',
        at('review_every_months'),
        `Cannot review the partnership every ${term.review_every_months} months, expected partnership.term.review_every_months above 0`,
      ),
    );
  term.extension_options?.forEach((e, i) => {
    if (!(e.months > 0))
      findings.push(
        error(
          'R21',
          at('extension_options', i, 'months'),
          `Cannot extend the term by ${e.months} months, expected partnership.term.extension_options[${i}].months above 0`,
        ),
      );
  });
}

/** Every dated item that must fall inside the term, with its pointer. */
function datedItems(context: RuleContext): { date: string; path: (string | number)[]; what: string }[] {
  const { spec } = context;
  const items: { date: string; path: (string | number)[]; what: string }[] = [];
  spec.members.forEach((m, i) => {
    if (m.status === 'active' || m.status === 'suspended')
      items.push({ date: m.joined_date, path: ['members', i, 'joined_date'], what: `${m.id} joining` });
  });
  spec.funding?.periods?.forEach((p, i) => {
    items.push({
      date: p.start_date,
      path: ['funding', 'periods', i, 'start_date'],
      what: `funding period ${p.label} starting`,
    });
    items.push({
      date: p.end_date,
      path: ['funding', 'periods', i, 'end_date'],
      what: `funding period ${p.label} ending`,
    });
  });
  spec.work_areas?.forEach((w, i) =>
    w.deliverables?.forEach((d, j) => {
      if (isIsoDate(d.due))
        items.push({
          date: d.due,
          path: ['work_areas', i, 'deliverables', j, 'due'],
          what: `deliverable "${d.text}" of ${w.id} falling due`,
        });
    }),
  );
  return items;
}

function checkInsideTerm(context: RuleContext, findings: Finding[]): void {
  const { termStart, termEnd } = context;
  const window = termEnd === undefined ? `on or after ${termStart}` : `between ${termStart} and ${termEnd}`;
  for (const { date, path, what } of datedItems(context)) {
    if (!isIsoDate(date)) continue;
    if (date < termStart || (termEnd !== undefined && date > termEnd)) {
      const at = pointer(...path);
      findings.push(
        error(
          'R22',
          at,
          `Cannot date ${what} ${date}: ${fieldPath(at)} falls outside the term, expected a date ${window}`,
        ),
      );
    }
  }
  context.spec.funding?.funders?.forEach((f, i) => {
    if (!isIsoDate(f.start_date) || !isIsoDate(f.end_date)) return;
    if (f.end_date < termStart || (termEnd !== undefined && f.start_date > termEnd))
      findings.push(
        error(
          'R22',
          pointer('funding', 'funders', i, 'start_date'),
          `Cannot fund the partnership from ${f.id}: its agreement runs ${f.start_date} to ${f.end_date}, expected it to overlap the term (${window})`,
        ),
      );
  });
}

function checkRetrospective(context: RuleContext, findings: Finding[]): void {
  const dates = context.spec.signatures.signatories.map((s) => s.date).filter(isIsoDate);
  if (dates.length === 0) return;
  const last = dates.reduce((a, b) => (b > a ? b : a));
  if (context.termStart < last)
    findings.push(
      warning(
        'R23',
        pointer('partnership', 'term', 'start_date'),
        `Cannot commence on ${context.termStart} without retrospective effect: the last signature is dated ${last}, expected partnership.term.start_date on or after it`,
        {
          subject: 'Law and disputes',
          text: `The agreement starts on ${context.termStart}, before the last signature (${last}): it will take effect retrospectively unless the start date moves.`,
        },
        'If the partners have worked together since the start date, the agreement will say it takes effect retrospectively; otherwise move the start date.',
      ),
    );
}

function checkPairs(context: RuleContext, findings: Finding[]): void {
  const { spec } = context;
  const pairs: { start: unknown; end: unknown; path: (string | number)[]; endKey: string }[] = [];
  spec.members.forEach((m, i) =>
    pairs.push({ start: m.joined_date, end: m.left_date, path: ['members', i], endKey: 'left_date' }),
  );
  spec.funding?.funders?.forEach((f, i) =>
    pairs.push({ start: f.start_date, end: f.end_date, path: ['funding', 'funders', i], endKey: 'end_date' }),
  );
  spec.funding?.periods?.forEach((p, i) =>
    pairs.push({ start: p.start_date, end: p.end_date, path: ['funding', 'periods', i], endKey: 'end_date' }),
  );
  const rc = spec.partnership.related_contract;
  if (rc !== undefined)
    pairs.push({
      start: rc.main_contract_start,
      end: rc.main_contract_end,
      path: ['partnership', 'related_contract'],
      endKey: 'main_contract_end',
    });
  for (const { start, end, path, endKey } of pairs) {
    if (isIsoDate(start) && isIsoDate(end) && end < start) {
      const at = pointer(...path, endKey);
      findings.push(
        error(
          'R69',
          at,
          `Cannot end on ${end} before starting on ${start}: ${fieldPath(at)} is earlier, expected a date on or after the start`,
        ),
      );
    }
  }
}

/** R21–R23 and R69. */
export function checkTermRules(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkTerm(context, findings);
  checkInsideTerm(context, findings);
  checkRetrospective(context, findings);
  checkPairs(context, findings);
  return findings;
}
