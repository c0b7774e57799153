/**
 * Performance and dispute rules: KPI targets are sensible and member targets add up (R39); members
 * report before the lead reports to the funder, at least as often (R40); dispute stages climb in
 * order with positive timescales, mediation first (R41); KPI periods fit the term (R65).
 */

import { MAX_PER_YEAR, isCountUnit, isPercentUnit, isRegularFrequency } from '../tables/index.js';
import { describeDuration, toCalendarDays } from '../values/durations.js';
import { error, warning, type Finding } from './finding.js';
import { addDays, monthsBetween } from './iso-dates.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

function checkKpis(context: RuleContext, findings: Finding[]): void {
  const perf = context.spec.performance;
  const kpis = new Map((perf?.kpis ?? []).map((k) => [k.id, k]));
  perf?.kpis?.forEach((k, i) => {
    const at = pointer('performance', 'kpis', i, 'target');
    if (!(k.target >= 0))
      findings.push(
        error(
          'R39',
          at,
          `Cannot aim for ${k.target} ${k.unit} on KPI ${k.id}: performance.kpis[${i}].target is negative, expected 0 or more`,
        ),
      );
    else if (isPercentUnit(k.unit) && k.target > 100)
      findings.push(
        error(
          'R39',
          at,
          `Cannot aim for ${k.target}% on KPI ${k.id}: performance.kpis[${i}].target is above 100, expected a percentage of at most 100`,
        ),
      );
  });
  perf?.member_targets?.forEach((t, i) => {
    const kpi = kpis.get(t.kpi_id);
    const entries = Object.entries(t.targets as Record<string, number>);
    for (const [member, value] of entries)
      if (!(value >= 0))
        findings.push(
          error(
            'R39',
            pointer('performance', 'member_targets', i, 'targets', member),
            `Cannot set a target of ${value} for ${member} on KPI ${t.kpi_id}, expected 0 or more`,
          ),
        );
    if (kpi === undefined || !isCountUnit(kpi.unit)) return;
    const sum = entries.reduce((acc, [, v]) => acc + v, 0);
    if (Math.abs(sum - kpi.target) > 1e-9)
      findings.push(
        warning(
          'R39',
          pointer('performance', 'member_targets', i, 'targets'),
          `Cannot reconcile member targets for KPI ${kpi.id}: ${entries.map(([m, v]) => `${m} ${v}`).join(' + ')} = ${sum} ${kpi.unit}, expected them to add up to the KPI target ${kpi.target}`,
          {
            subject: 'Delivery and performance',
            text: `The Partners’ targets for “${kpi.name}” add up to ${sum}, not the partnership’s target of ${kpi.target}: to be reconciled.`,
          },
        ),
      );
  });
}

function checkKpiPeriods(context: RuleContext, findings: Finding[]): void {
  const end = context.termEnd;
  const termMonths = end === undefined ? undefined : monthsBetween(context.termStart, addDays(end, 1));
  context.spec.performance?.kpis?.forEach((k, i) => {
    const at = pointer('performance', 'kpis', i, 'period');
    if (k.period === 'term' && end === undefined)
      findings.push(
        warning(
          'R65',
          at,
          `Cannot measure KPI ${k.id} over the term: the term is open-ended, expected an annual or quarterly period`,
          {
            subject: 'Delivery and performance',
            text: `“${k.name}” is measured over the whole term, but the term has no end date: consider measuring it each year or quarter.`,
          },
        ),
      );
    else if (k.period === 'annual' && termMonths !== undefined && termMonths < 12)
      findings.push(
        warning(
          'R65',
          at,
          `Cannot measure KPI ${k.id} annually: the term is ${termMonths} months, expected period term or quarterly`,
          {
            subject: 'Delivery and performance',
            text: `“${k.name}” is measured each year, but the term is only ${termMonths} months: consider measuring it over the term or each quarter.`,
          },
        ),
      );
  });
}

function checkReporting(context: RuleContext, findings: Finding[]): void {
  const reporting = context.spec.performance?.reporting;
  const internal = reporting?.internal;
  const external = reporting?.external;
  if (internal === undefined || external === undefined) return;
  const at = (key: string): string => pointer('performance', 'reporting', 'internal', key);
  if (
    internal.due_after_period_end !== undefined &&
    external.due_after_period_end !== undefined &&
    toCalendarDays(internal.due_after_period_end) >= toCalendarDays(external.due_after_period_end)
  )
    findings.push(
      warning(
        'R40',
        at('due_after_period_end'),
        `Cannot collate members' reports due ${describeDuration(internal.due_after_period_end)} after the period into a funder report due ${describeDuration(external.due_after_period_end)} after it, expected performance.reporting.internal to be due earlier`,
        {
          subject: 'Delivery and performance',
          text: `Partners report ${describeDuration(internal.due_after_period_end)} after each period, no earlier than the report to the funder is due (${describeDuration(external.due_after_period_end)}): consider an earlier date for Partners’ reports.`,
        },
      ),
    );
  const [inner, outer] = [internal.frequency ?? '', external.frequency ?? ''];
  if (isRegularFrequency(inner) && isRegularFrequency(outer) && MAX_PER_YEAR[inner]! < MAX_PER_YEAR[outer]!)
    findings.push(
      warning(
        'R40',
        at('frequency'),
        `Cannot report ${external.frequency} to the funder from ${internal.frequency} member reports, expected performance.reporting.internal.frequency at least as often as external`,
        {
          subject: 'Delivery and performance',
          text: 'Partners report to the partnership less often than the partnership reports to the funder: consider Partners reporting at least as often.',
        },
      ),
    );
}

const ADJUDICATION = new Set(['litigation', 'arbitration']);

function checkDisputes(context: RuleContext, findings: Finding[]): void {
  const stages = context.spec.dispute_resolution.stages;
  let mediated = false;
  stages.forEach((s, i) => {
    const prev = stages[i - 1];
    if (prev !== undefined && !(s.order > prev.order))
      findings.push(
        error(
          'R41',
          pointer('dispute_resolution', 'stages', i, 'order'),
          `Cannot order dispute stage ${s.stage} as ${s.order} after ${prev.stage} at ${prev.order}, expected dispute_resolution.stages orders to strictly increase`,
        ),
      );
    const last = i === stages.length - 1;
    if (s.timescale === undefined ? !last : !(toCalendarDays(s.timescale) > 0))
      findings.push(
        error(
          'R41',
          pointer('dispute_resolution', 'stages', i, s.timescale === undefined ? 'stage' : 'timescale'),
          `Cannot leave dispute stage ${s.stage} without a positive timescale, expected one on every stage but the last`,
        ),
      );
    if (s.stage === 'mediation') mediated = true;
    if (ADJUDICATION.has(s.stage) && !mediated)
      findings.push(
        warning(
          'R41',
          pointer('dispute_resolution', 'stages', i, 'stage'),
          `Cannot go to ${s.stage} before mediation: no earlier stage is mediation, expected mediation first`,
          {
            subject: 'Law and disputes',
            text: `A dispute can go to ${s.stage} without first being mediated: consider mediation as an earlier stage.`,
          },
          'Mediation (e.g. CEDR) is cheaper and keeps the partnership working; courts expect it to have been tried.',
        ),
      );
  });
}

/** R39–R41 and R65. */
export function checkPerformance(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkKpis(context, findings);
  checkKpiPeriods(context, findings);
  checkReporting(context, findings);
  checkDisputes(context, findings);
  return findings;
}
