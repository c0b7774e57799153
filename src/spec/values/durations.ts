/**
 * Durations ({value: 10, unit: working_days}): their length in calendar days, so two can be compared,
 * and their words, "10 working days". The rules and the documents both read durations through here.
 *
 * DOMAIN.md §3.1: a working day counts as 1.4 calendar days (5 working days to a 7-day week) and a
 * month as 30 days. The figures are approximations for ordering rules such as "papers before ≤
 * notice", never for computing real dates.
 */
import type { Duration } from '../types.gen.js';

/** The units a Duration may use (DOMAIN.md §3.1), as the schema's enum. */
export type DurationUnit = Duration['unit'];

/** Units of the bare counts the spec gives beside Durations (`every_months`, `*_within_hours`). */
export type CountUnit = DurationUnit | 'hours';

/** Calendar days per unit. */
export const CALENDAR_DAYS_PER_UNIT = {
  working_days: 1.4,
  calendar_days: 1,
  weeks: 7,
  months: 30,
  years: 365,
} as const satisfies Readonly<Record<DurationUnit, number>>;

/** Words for a unit, singular and plural ("1 working day", "10 working days"). */
export const UNIT_WORDS = {
  working_days: ['working day', 'working days'],
  calendar_days: ['calendar day', 'calendar days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
  hours: ['hour', 'hours'],
} as const satisfies Readonly<Record<CountUnit, readonly [singular: string, plural: string]>>;

/** The approximate length of a Duration in calendar days (NaN for a unit the schema does not know). */
export function toCalendarDays(duration: Duration): number {
  return Object.hasOwn(CALENDAR_DAYS_PER_UNIT, duration.unit)
    ? duration.value * CALENDAR_DAYS_PER_UNIT[duration.unit]
    : Number.NaN;
}

/** A count with its unit as words: (10, working_days) → "10 working days", (1, months) → "1 month". */
export function describeCount(value: number, unit: CountUnit): string {
  const words: readonly [string, string] | undefined = Object.hasOwn(UNIT_WORDS, unit) ? UNIT_WORDS[unit] : undefined;
  const [one, many] = words ?? [unit.replace(/_/g, ' '), unit.replace(/_/g, ' ')];
  return `${value} ${value === 1 ? one : many}`;
}

/** A Duration as words: "10 working days", "1 month". */
export function describeDuration(duration: Duration): string {
  return describeCount(duration.value, duration.unit);
}
