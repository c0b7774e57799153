/**
 * Per-period money rules (R27): each allocation's, the fee's and the contingency's `by_period`
 * add up to their amount and name existing periods; each period's amount equals what is allocated
 * in it; the periods add up to the total and run back to back without gaps or overlaps.
 */

import { error, type Finding } from './finding.js';
import { fundingFigures } from './funding-figures.js';
import { addDays, isIsoDate } from './iso-dates.js';
import { formatPounds, sumPence, toPence } from '../values/money.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

type ByPeriod = Record<string, string> | undefined | null;

interface Split {
  byPeriod: ByPeriod;
  amount: number;
  path: (string | number)[];
  words: string;
}

function splits(context: RuleContext): Split[] {
  const f = context.spec.funding;
  const list: Split[] = (f?.allocations ?? []).map((a, i) => ({
    byPeriod: a.by_period,
    amount: toPence(a.amount) ?? 0,
    path: ['funding', 'allocations', i],
    words: `allocation to ${a.member_id}`,
  }));
  const figures = fundingFigures(context.spec);
  if (f?.management_fee?.applies === true)
    list.push({
      byPeriod: f.management_fee.by_period,
      amount: figures.fee,
      path: ['funding', 'management_fee'],
      words: 'management fee',
    });
  if (f?.contingency !== undefined)
    list.push({
      byPeriod: f.contingency.by_period,
      amount: figures.contingency,
      path: ['funding', 'contingency'],
      words: 'contingency',
    });
  return list;
}

function checkSplits(context: RuleContext, list: Split[], labels: Set<string>, findings: Finding[]): void {
  for (const { byPeriod, amount, path, words } of list) {
    if (byPeriod === undefined || byPeriod === null) continue;
    const entries = Object.entries(byPeriod);
    for (const [label] of entries)
      if (!labels.has(label))
        findings.push(
          error(
            'R27',
            pointer(...path, 'by_period', label),
            `Cannot find funding period "${label}" for the ${words}: funding.periods has ${labels.size === 0 ? 'no periods' : [...labels].join(', ')}, expected one of those labels`,
          ),
        );
    const sum = sumPence(entries.map(([, v]) => toPence(v)));
    if (sum !== amount)
      findings.push(
        error(
          'R27',
          pointer(...path, 'amount'),
          `Cannot split the ${words}: ${formatPounds(amount)}, but its by_period amounts ${entries.map(([, v]) => formatPounds(toPence(v) ?? 0)).join(' + ')} = ${formatPounds(sum)}, expected them to equal the amount`,
        ),
      );
  }
}

function checkPeriodSums(context: RuleContext, list: Split[], findings: Finding[]): void {
  const periods = context.spec.funding?.periods ?? [];
  // A period's share is only known when every part with money in it says how it is split.
  if (periods.length === 0 || list.some((s) => s.amount > 0 && (s.byPeriod === undefined || s.byPeriod === null)))
    return;
  periods.forEach((p, i) => {
    const amount = toPence(p.amount);
    if (amount === undefined) return;
    const parts = sumPence(list.map((s) => toPence(s.byPeriod?.[p.label])));
    if (parts !== amount)
      findings.push(
        error(
          'R27',
          pointer('funding', 'periods', i, 'amount'),
          `Cannot balance funding period "${p.label}": ${formatPounds(amount)}, but allocations, fee and contingency for it add up to ${formatPounds(parts)}, expected funding.periods[${i}].amount to equal them`,
        ),
      );
  });
  const total = toPence(context.spec.funding?.total_amount);
  const sum = sumPence(periods.map((p) => toPence(p.amount)));
  if (total !== undefined && sum !== total)
    findings.push(
      error(
        'R27',
        pointer('funding', 'total_amount'),
        `Cannot balance funding.total_amount: ${formatPounds(total)}, but periods ${periods.map((p) => formatPounds(toPence(p.amount) ?? 0)).join(' + ')} = ${formatPounds(sum)}, expected the periods to add up to the total`,
      ),
    );
}

function checkContiguous(context: RuleContext, findings: Finding[]): void {
  const periods = context.spec.funding?.periods ?? [];
  for (let i = 1; i < periods.length; i++) {
    const prev = periods[i - 1]!;
    const next = periods[i]!;
    if (!isIsoDate(prev.end_date) || !isIsoDate(next.start_date)) continue;
    const expected = addDays(prev.end_date, 1);
    if (next.start_date !== expected)
      findings.push(
        error(
          'R27',
          pointer('funding', 'periods', i, 'start_date'),
          `Cannot start funding period "${next.label}" on ${next.start_date}: "${prev.label}" ends on ${prev.end_date}, expected ${expected} so that periods neither overlap nor leave a gap`,
        ),
      );
  }
}

/** R27. */
export function checkPeriods(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  if (!context.funded) return findings;
  const periods = context.spec.funding?.periods ?? [];
  const labels = new Set(periods.map((p) => p.label));
  const list = splits(context);
  if (periods.length === 0 && list.some((s) => s.byPeriod !== undefined && s.byPeriod !== null))
    findings.push(
      error(
        'R27',
        pointer('funding'),
        'Cannot split amounts by period: by_period is used but funding.periods is empty, expected the periods to be listed',
      ),
    );
  else checkSplits(context, list, labels, findings);
  checkPeriodSums(context, list, findings);
  checkContiguous(context, findings);
  return findings;
}
