/**
 * One money style per document: pence only if some amount the document prints has pence (a fee of
 * £157,130.03 puts every amount of that agreement in pence; a terms of reference whose only amount is a
 * £5,000 spend limit says "£5,000"). Which amounts a document prints is known only once its template has
 * run: a document is rendered in whole pounds, where an amount with pence still shows them, and rendered
 * again with pence throughout only if it printed such an amount (the rarer case).
 */
import { visit, type Block } from '../model/index.js';
import { moneyFormat, type MoneyFormat } from './view/money.js';

/**
 * The result of `render` in the document's money style.
 * @param render renders the document with amounts in the given format
 * @param blocksOf the blocks of a render, to read which amounts it printed
 */
export function inMoneyStyle<T>(render: (money: MoneyFormat) => T, blocksOf: (result: T) => readonly Block[]): T {
  const wholePounds = moneyFormat('whole_pounds');
  const first = render(wholePounds);
  if (wholePounds.withPence.size === 0 || !printsAny(blocksOf(first), wholePounds.withPence)) return first;
  return render(moneyFormat('with_pence'));
}

/** Whether any text of `blocks` holds one of `amounts`. */
function printsAny(blocks: readonly Block[], amounts: ReadonlySet<string>): boolean {
  let found = false;
  for (const block of blocks) {
    visit(block, (node) => {
      if (found || node.type !== 'text') return;
      for (const amount of amounts) if (node.value.includes(amount)) found = true;
    });
    if (found) return true;
  }
  return false;
}
