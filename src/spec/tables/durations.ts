/**
 * How long each Duration unit is in calendar days, so that two Durations can be compared.
 *
 * DOMAIN.md §3.1: a working day counts as 1.4 calendar days (5 working days to a 7-day week) and a
 * month as 30 days. The figures are approximations for ordering rules such as "papers before ≤
 * notice", never for computing real dates.
 */

/** The units a Duration may use (DOMAIN.md §3.1). */
export type DurationUnit = 'working_days' | 'calendar_days' | 'weeks' | 'months' | 'years';

/** A length of time as the spec writes it: `{value: 10, unit: working_days}`. */
export interface DurationValue {
  value: number;
  unit: DurationUnit | string;
}

/** Calendar days per unit. */
export const CALENDAR_DAYS_PER_UNIT: Readonly<Record<DurationUnit, number>> = {
  working_days: 1.4,
  calendar_days: 1,
  weeks: 7,
  months: 30,
  years: 365,
};

/** Words used to print a unit in messages ("10 working days"). */
export const DURATION_UNIT_WORDS: Readonly<Record<DurationUnit, [singular: string, plural: string]>> = {
  working_days: ['working day', 'working days'],
  calendar_days: ['calendar day', 'calendar days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

function isUnit(unit: string): unit is DurationUnit {
  return Object.hasOwn(CALENDAR_DAYS_PER_UNIT, unit);
}

/** The approximate length of a Duration in calendar days (NaN for an unknown unit). */
export function toCalendarDays(duration: DurationValue): number {
  return isUnit(duration.unit) ? duration.value * CALENDAR_DAYS_PER_UNIT[duration.unit] : Number.NaN;
}

/** A Duration as words: "10 working days", "1 month". */
export function describeDuration(duration: DurationValue): string {
  if (!isUnit(duration.unit)) return `${duration.value} ${duration.unit}`;
  const [one, many] = DURATION_UNIT_WORDS[duration.unit];
  return `${duration.value} ${duration.value === 1 ? one : many}`;
}
