/**
 * Spec Durations ({value: 10, unit: working_days}) to the phrases clauses use: "10 working days",
 * "not less than 10 working days", "within 10 working days". The words for a unit live with the
 * Duration in the spec stage (`spec/values/durations.ts`); this file only phrases them.
 */
import { describeCount, type CountUnit, type DurationUnit } from '../../spec/index.js';

/** The ways a clause says a duration. */
export interface DurationView {
  /** "10 working days". */
  text: string;
  /** "within 10 working days" (deadlines). */
  within: string;
  /** "not less than 10 working days' notice", "not less than 1 month's notice". */
  notice: string;
}

/**
 * Describe a Duration.
 * @param duration the spec value
 */
export function formatDuration(duration: { value: number; unit: CountUnit }): DurationView {
  const text = describeCount(duration.value, duration.unit);
  const possessive = duration.value === 1 ? `${text}’s` : `${text}’`;
  return {
    text,
    within: `within ${text}`,
    notice: `not less than ${possessive} notice`,
  };
}

/**
 * Describe an optional Duration, keeping absence as null.
 * @param duration the spec value, or nothing
 */
export function formatDurationOrNull(
  duration: { value: number; unit: DurationUnit } | null | undefined,
): DurationView | null {
  return duration ? formatDuration(duration) : null;
}

/**
 * Describe a number of months or hours given as a bare integer field (`every_months`, `*_within_hours`).
 * @param value the count
 * @param unit the unit name, as a Duration unit
 */
export function formatCount(value: number, unit: CountUnit): DurationView {
  return formatDuration({ value, unit });
}
