/**
 * KPI units that are not counts: member targets in these units do not add up to the KPI target
 * (R39), and percentages cannot exceed 100.
 *
 * `performance.kpis[].unit` is free text, so units are matched case-insensitively after trimming.
 */

/** Units meaning "per cent of something"; targets must be ≤ 100. */
export const PERCENT_UNITS: ReadonlySet<string> = new Set(['percent', 'per cent', 'percentage', '%', 'pct']);

/** Units that are rates, scores or averages rather than counts. */
export const NON_ADDITIVE_UNITS: ReadonlySet<string> = new Set([
  ...PERCENT_UNITS,
  'ratio',
  'rate',
  'score',
  'rating',
  'average',
  'mean',
  'median',
  'days',
  'hours',
  'weeks',
  'index',
]);

function normalise(unit: string): string {
  return unit.trim().toLowerCase();
}

/** True when the unit is a percentage. */
export function isPercentUnit(unit: string): boolean {
  return PERCENT_UNITS.has(normalise(unit));
}

/** True when member targets in this unit should add up to the KPI target. */
export function isCountUnit(unit: string): boolean {
  return !NON_ADDITIVE_UNITS.has(normalise(unit));
}
