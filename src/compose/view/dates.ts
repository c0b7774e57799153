/**
 * ISO dates of the spec ("2026-04-01") to the long form a legal document uses ("1 April 2026").
 *
 * The date is read from its digits, never through `Date`, so the text cannot shift by a day with
 * the time zone of the machine that renders it.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Format an ISO date: "2026-04-01" → "1 April 2026".
 * @param iso a `YYYY-MM-DD` string
 * @throws Error when the string is not an ISO date (the schema has already rejected such input)
 */
export function formatDate(iso: string): string {
  const match = ISO_DATE.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`Cannot read date \`${iso}\`, expected YYYY-MM-DD`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/**
 * Format an optional ISO date, keeping absence as null.
 * @param iso a `YYYY-MM-DD` string, or nothing
 */
export function formatDateOrNull(iso: string | null | undefined): string | null {
  return iso === null || iso === undefined ? null : formatDate(iso);
}
