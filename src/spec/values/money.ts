/**
 * Money as integer pence: reading the spec's decimal strings, printing pounds, summing and taking
 * percentages, so that every figure is exact (DOMAIN.md §3.1: Money is never a float). The rules and
 * the documents both read money through here, so a total checked by a rule is the total printed.
 */
import type { Money } from '../types.gen.js';

const MONEY = /^(0|[1-9][0-9]*)\.([0-9]{2})$/;

/** Pence in a Money string (`"81000.00"` → 8100000); undefined when the value is not Money. */
export function toPence(money: Money | undefined | null): number | undefined {
  if (typeof money !== 'string') return undefined;
  const match = MONEY.exec(money);
  if (!match) return undefined;
  const pence = Number(match[1]) * 100 + Number(match[2]);
  return Number.isSafeInteger(pence) ? pence : undefined;
}

/**
 * Pence in a Money string that the schema has already accepted.
 * @throws Error when the value is not Money, which a spec that passed the schema never holds
 */
export function penceOf(money: Money): number {
  const pence = toPence(money);
  if (pence === undefined) throw new Error(`Cannot read money \`${money}\`, expected digits with two decimals`);
  return pence;
}

/**
 * How a document prints its amounts: with pence throughout ("£5,000.00"), or in whole pounds ("£5,000")
 * where no amount it prints has pence. One style per document, decided in compose.
 */
export type MoneyStyle = 'with_pence' | 'whole_pounds';

/**
 * Pence as pounds: 45001000 → "£450,010.00", or "£450,010" in whole pounds (an amount with pence keeps
 * them whatever the style); negative amounts get a leading minus.
 */
export function formatPounds(pence: number, style: MoneyStyle = 'with_pence'): string {
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(pence);
  const pounds = Math.trunc(abs / 100)
    .toString()
    .replace(/\B(?=([0-9]{3})+(?![0-9]))/g, ',');
  if (style === 'whole_pounds' && abs % 100 === 0) return `${sign}£${pounds}`;
  return `${sign}£${pounds}.${String(abs % 100).padStart(2, '0')}`;
}

/** A Money string as pounds: "1234567.00" → "£1,234,567.00" (or "£1,234,567" in whole pounds). */
export function formatMoney(money: Money, style: MoneyStyle = 'with_pence'): string {
  return formatPounds(penceOf(money), style);
}

/**
 * `rate` per cent of `base` pence, rounded half up to the penny. The rate is read as a decimal
 * (up to six places) and the product taken in BigInt, so 12.5% of £0.05 is exactly 1p.
 */
export function percentOf(basePence: number, ratePercent: number): number {
  const micro = BigInt(Math.round(ratePercent * 1_000_000));
  const scaled = BigInt(basePence) * micro;
  const divisor = 100_000_000n;
  return Number((scaled + divisor / 2n) / divisor);
}

/** Sum of pence; undefined parts count as zero. */
export function sumPence(values: Iterable<number | undefined>): number {
  let total = 0;
  for (const v of values) total += v ?? 0;
  return total;
}
