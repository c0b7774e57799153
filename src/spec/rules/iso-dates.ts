/**
 * Calendar arithmetic on the spec's ISO dates (`YYYY-MM-DD` strings), done in UTC so that no time
 * zone can move a date. ISO dates of equal length order correctly as strings.
 */

function toUtc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

const DAY_MS = 86_400_000;

/** True when the value is an ISO `YYYY-MM-DD` string (dates left as YAML timestamps are not). */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value);
}

/** The date `days` after `date` (negative for before). */
export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar months from `from` to `to`, counting a month only once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) >= Number(from.slice(8, 10)) ? months : months - 1;
}
