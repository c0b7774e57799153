/**
 * Money as templates test for it: absence stays null. Reading and printing amounts lives in the spec
 * stage (`spec/values/money.ts`), so the figure a rule checks is the figure a document prints.
 */
import { formatMoney } from '../../spec/index.js';

/**
 * Format an optional Money string, keeping absence as null so templates can test for it.
 * @param value a Money string, or nothing
 */
export function formatMoneyOrNull(value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : formatMoney(value);
}
