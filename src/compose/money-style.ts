/**
 * One money style per document: pence only if some amount the document prints has pence (a fee of
 * £157,130.03 puts every amount of that agreement in pence; a terms of reference whose only amount is a
 * £5,000 spend limit says "£5,000"). Which amounts a document prints is known only once its template has
 * run: a document's template is run in whole pounds, where an amount with pence still shows them, and
 * run again with pence throughout only if it printed such an amount (the rarer case). The values a
 * template printed are in its placeholder table, so the check comes before Markdown is parsed, once.
 */
import { moneyFormat, type MoneyFormat } from './view/money.js';

/**
 * The result of `render` in the document's money style.
 * @param render runs the document's template with amounts in the given format
 * @param printed the text values a run printed, to read which amounts it holds
 */
export function inMoneyStyle<T>(render: (money: MoneyFormat) => T, printed: (result: T) => Iterable<string>): T {
  const wholePounds = moneyFormat('whole_pounds');
  const first = render(wholePounds);
  if (wholePounds.withPence.size === 0 || !printsAny(printed(first), wholePounds.withPence)) return first;
  return render(moneyFormat('with_pence'));
}

/** Whether any of `values` holds one of `amounts`. */
function printsAny(values: Iterable<string>, amounts: ReadonlySet<string>): boolean {
  for (const value of values) for (const amount of amounts) if (value.includes(amount)) return true;
  return false;
}
