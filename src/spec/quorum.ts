/**
 * The quorum as a number of voting seats (R14's arithmetic). One function, used by the rule that checks
 * the quorum and by the documents that state it, so the two can never disagree.
 */

/** The quorum as a number of seats, applying the stated rounding. */
export function resolveQuorum(type: string, value: number, rounding: string | undefined, seats: number): number {
  if (type === 'count') return value;
  const raw = value * seats;
  // A fraction times a seat count is compared with tolerance: 2/3 × 6 is 3.9999999999999996 in floating point.
  const whole = Math.ceil(raw - 1e-9);
  // "Half plus one": an exact half is not a majority of those present.
  if (
    rounding === 'up_plus_one_if_exact_half' &&
    Math.abs(value - 0.5) < 1e-9 &&
    Math.abs(raw - Math.round(raw)) < 1e-9
  )
    return whole + 1;
  return whole;
}
