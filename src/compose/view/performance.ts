/**
 * Section 15 and Schedule 5: KPIs, member targets, reporting lines and the underperformance steps.
 */
import { outerTiers, type Duration } from '../../spec/index.js';
import type { ViewContext } from './context.js';
import { formatDurationOrNull, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd } from './lists.js';
import { asSentence } from './sentences.js';

/** One KPI row. */
export interface KpiView {
  /** The id of the spec item it comes from, which keys its heading or table row. */
  id: string;
  name: string;
  /** "output". */
  type: string;
  /** "24 responses", "70%". */
  target: string;
  /** "over the term". */
  period: string;
  responsible: string;
  objective: string;
  dataSource: string;
  baseline: string;
}

/** One reporting line. */
export interface ReportingLineView {
  from: string;
  to: string;
  frequency: string;
  due: DurationView | null;
}

/** How one KPI is measured: where it starts from and where its figures come from. */
export interface KpiMeasureView {
  name: string;
  /** "70%", or "not recorded". */
  baseline: string;
  /** "Shared case management system", or "to be agreed". */
  dataSource: string;
}

/** Performance and reporting. */
export interface PerformanceView {
  kpis: KpiView[];
  /** The KPIs with a baseline or data source, in spec order; empty when none has either. */
  measures: KpiMeasureView[];
  /** How the partnership's work will be evaluated, in the spec's words, or null. */
  evaluation: string | null;
  /** One row per KPI and member: who must deliver what share. */
  memberTargets: { kpi: string; member: string; target: string }[];
  internal: ReportingLineView | null;
  external: ReportingLineView | null;
  /** How the tiers outside the decision body hear of performance, and which tiers they are. */
  informedParties: {
    method: string;
    frequency: string;
    /** "consultees and informed parties", or the one of them the partnership has. */
    audience: string;
  } | null;
  underperformanceTrigger: string | null;
  underperformanceSteps: string[];
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const hasText = (text: string | null | undefined): text is string => typeof text === 'string' && text.trim() !== '';
const hasBaseline = (k: { baseline?: number | null }): boolean => typeof k.baseline === 'number';

const PERCENT = new Set(['percent', 'percentage', '%']);

function target(value: number, unit: string | undefined): string {
  if (unit && PERCENT.has(unit)) return `${value}%`;
  return unit ? `${value} ${unit}` : String(value);
}

type Line = { from?: string; to?: string; frequency?: string; due_after_period_end?: Duration } | undefined;

function line(ctx: ViewContext, l: Line): ReportingLineView | null {
  if (!l) return null;
  const party = (t: string | undefined, fallback: string): string => ctx.names.fill(label('report_party', t, fallback));
  return {
    from: capitalise(party(l.from, 'each Partner')),
    to: party(l.to, 'the Lead Partner'),
    frequency: label('frequency', l.frequency, ctx.names.fill('as {body} requires')),
    due: formatDurationOrNull(l.due_after_period_end),
  };
}

/**
 * Describe performance.
 * @param ctx the view context
 */
export function buildPerformance(ctx: ViewContext): PerformanceView {
  const p = ctx.spec.performance;
  const objectives = new Map(ctx.spec.partnership.objectives.map((o) => [o.id, o.text]));
  const kpis = p?.kpis ?? [];
  const units = new Map(kpis.map((k) => [k.id, k]));
  const informed = p?.reporting?.communicate_to_informed_parties;
  const tiers = outerTiers(ctx.spec);
  return {
    kpis: kpis.map((k) => ({
      id: k.id,
      name: k.name,
      type: label('kpi_type', k.type),
      target: target(k.target, k.unit),
      period: label('kpi_period', k.period, ''),
      responsible: joinAnd((k.responsible_member_ids ?? []).map(ctx.names.member)),
      objective: k.objective_id ? (objectives.get(k.objective_id) ?? k.objective_id) : '',
      dataSource: k.data_source ?? '',
      baseline: k.baseline === undefined || k.baseline === null ? '' : String(k.baseline),
    })),
    measures: kpis
      .filter((k) => hasBaseline(k) || hasText(k.data_source))
      .map((k) => ({
        name: k.name,
        baseline: hasBaseline(k) ? target(k.baseline as number, k.unit) : 'not recorded',
        dataSource: hasText(k.data_source) ? k.data_source : 'to be agreed',
      })),
    evaluation: hasText(p?.evaluation) ? asSentence(p.evaluation) : null,
    memberTargets: (p?.member_targets ?? []).flatMap((mt) =>
      Object.entries(mt.targets).map(([member, value]) => ({
        kpi: units.get(mt.kpi_id)?.name ?? mt.kpi_id,
        member: ctx.names.member(member),
        target: target(value, units.get(mt.kpi_id)?.unit),
      })),
    ),
    internal: line(ctx, p?.reporting?.internal),
    external: line(ctx, p?.reporting?.external),
    informedParties: informed
      ? {
          method: label('engagement_method', informed.method, 'its usual communications'),
          frequency: label('frequency', informed.frequency, 'from time to time'),
          audience: joinAnd(
            [tiers.consultees ? 'consultees' : null, tiers.informedParties ? 'informed parties' : null].filter(
              (t): t is string => t !== null,
            ),
          ),
        }
      : null,
    underperformanceTrigger: p?.underperformance?.trigger ?? null,
    underperformanceSteps: labels('underperformance_step', p?.underperformance?.steps).map(ctx.names.fill),
  };
}
