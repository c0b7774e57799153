/**
 * Money as one document prints it. Reading and printing amounts lives in the spec stage
 * (`spec/values/money.ts`), so the figure a rule checks is the figure a document prints; the style
 * (pence, or whole pounds) is the document's, decided in compose: pence only if some amount the
 * document prints has them.
 */
import { formatPounds, penceOf, type MoneyStyle } from '../../spec/index.js';

/** The amounts of one document, in its style; it remembers the amounts with pence it has printed. */
export interface MoneyFormat {
  style: MoneyStyle;
  /** A Money string: "£1,234.50"; "£1,234" in whole pounds. */
  format(money: string): string;
  /** The same, keeping absence as null so templates can test for it. */
  orNull(money: string | null | undefined): string | null;
  /** An amount in pence. */
  pounds(pence: number): string;
  /** Every amount formatted that has pence ("£157,130.03"), as printed. */
  readonly withPence: ReadonlySet<string>;
}

/**
 * A money format in `style`.
 * @param style with pence throughout, or whole pounds (an amount with pence keeps them)
 */
export function moneyFormat(style: MoneyStyle): MoneyFormat {
  const withPence = new Set<string>();
  const pounds = (pence: number): string => {
    const text = formatPounds(pence, style);
    if (pence % 100 !== 0) withPence.add(text);
    return text;
  };
  const format = (money: string): string => pounds(penceOf(money));
  return {
    style,
    format,
    orNull: (money) => (money === null || money === undefined ? null : format(money)),
    pounds,
    withPence,
  };
}
