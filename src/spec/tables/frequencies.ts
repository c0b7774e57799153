/**
 * How many times a year each frequency can happen at most.
 *
 * R19 checks `governance.meetings.min_per_year` against the meeting frequency; R34 and R40 compare
 * reporting and payment cycles. A frequency with no fixed rhythm (`as_required`, `ad_hoc`,
 * `each_meeting`) has no ceiling.
 */

/** Most occurrences per year for each frequency token (DOMAIN.md §3.3 "Frequency"). */
export const MAX_PER_YEAR: Readonly<Record<string, number>> = {
  monthly: 12,
  // Every six weeks from the first week of the year: weeks 0, 6, …, 48.
  six_weekly: 9,
  bimonthly: 6,
  quarterly: 4,
  four_monthly: 3,
  biannual: 2,
  annual: 1,
  each_meeting: Number.POSITIVE_INFINITY,
  as_required: Number.POSITIVE_INFINITY,
  ad_hoc: Number.POSITIVE_INFINITY,
};

/** Length of one cycle of each regular payment frequency, as a Duration (`funding.payment_schedule`). */
export const PAYMENT_CYCLE: Readonly<Record<string, { value: number; unit: 'months' }>> = {
  monthly: { value: 1, unit: 'months' },
  quarterly: { value: 3, unit: 'months' },
  biannual: { value: 6, unit: 'months' },
  annual: { value: 12, unit: 'months' },
};

/** True when the frequency has a fixed number of occurrences a year, so it can be compared. */
export function isRegularFrequency(frequency: string): boolean {
  const max = MAX_PER_YEAR[frequency];
  return max !== undefined && Number.isFinite(max);
}

/**
 * True when `a` happens more often than `b` at their most: both regular and `a` has more a year
 * (a log reviewed monthly by a body that meets every two months).
 */
export function moreOftenThan(a: string, b: string): boolean {
  return isRegularFrequency(a) && isRegularFrequency(b) && (MAX_PER_YEAR[a] as number) > (MAX_PER_YEAR[b] as number);
}
