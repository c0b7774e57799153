/**
 * Spec Durations ({value: 10, unit: working_days}) to the phrases clauses use: "10 working days",
 * "not less than 10 working days", "within 10 working days".
 */
import { countOf } from './numbers.js';

/** A Duration as the spec gives it (DOMAIN §3.1). */
export interface DurationInput {
  value: number;
  unit: string;
}

/** The ways a clause says a duration. */
export interface DurationView {
  /** "10 working days". */
  text: string;
  /** "not less than 10 working days" (notice periods). */
  notLessThan: string;
  /** "within 10 working days" (deadlines). */
  within: string;
  /** "not less than 10 working days' notice", "not less than 1 month's notice". */
  notice: string;
}

const UNIT_NOUNS: Readonly<Record<string, [string, string]>> = {
  working_days: ['working day', 'working days'],
  calendar_days: ['calendar day', 'calendar days'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
  hours: ['hour', 'hours'],
};

/**
 * Describe a Duration.
 * @param duration the spec value
 */
export function formatDuration(duration: DurationInput): DurationView {
  const [one, many] = UNIT_NOUNS[duration.unit] ?? [duration.unit.replace(/_/g, ' '), duration.unit.replace(/_/g, ' ')];
  const text = countOf(duration.value, one, many);
  const possessive = duration.value === 1 ? `${text}'s` : `${text}'`;
  return {
    text,
    notLessThan: `not less than ${text}`,
    within: `within ${text}`,
    notice: `not less than ${possessive} notice`,
  };
}

/**
 * Describe an optional Duration, keeping absence as null.
 * @param duration the spec value, or nothing
 */
export function formatDurationOrNull(duration: DurationInput | null | undefined): DurationView | null {
  return duration ? formatDuration(duration) : null;
}

/**
 * Describe a number of months or hours given as a bare integer field (`every_months`, `*_within_hours`).
 * @param value the count
 * @param unit the unit name, as a Duration unit
 */
export function formatCount(value: number, unit: 'months' | 'hours' | 'years' | 'working_days'): DurationView {
  return formatDuration({ value, unit });
}
