/**
 * Money rules: a funded partnership has an accountable body, a positive GBP total, funders and
 * allocations (R24); allocations, fee and contingency add up to the total (R25); funders' amounts
 * add up to the total (R26); each allocation is positive, one per member, and a member without a
 * vote receiving funds is flagged (R29). All arithmetic is in integer pence.
 */

import { error, warning, type Finding } from './finding.js';
import { fundingFigures } from './funding-figures.js';
import { formatPounds, sumPence, toPence } from '../values/money.js';
import { pointer } from './pointer.js';
import { memberName, memberWords, type RuleContext } from './rule-context.js';

function difference(actual: number, expected: number): string {
  const diff = actual - expected;
  return diff > 0 ? `${formatPounds(diff)} more` : `${formatPounds(-diff)} less`;
}

function checkRequired(context: RuleContext, findings: Finding[]): void {
  const f = context.spec.funding;
  if (f === undefined || !context.funded) return;
  const missing: string[] = [];
  if (f.accountable_body_member_id === undefined) missing.push('accountable_body_member_id');
  if (f.total_amount === undefined) missing.push('total_amount');
  if ((f.funders ?? []).length === 0) missing.push('at least one funder');
  if ((f.allocations ?? []).length === 0) missing.push('at least one allocation');
  if (missing.length > 0)
    findings.push(
      error(
        'R24',
        pointer('funding', 'has_funding'),
        `Cannot fund the partnership without ${missing.join(', ')}: funding.has_funding is true, expected them in funding`,
      ),
    );
  const total = toPence(f.total_amount);
  if (total !== undefined && total <= 0)
    findings.push(
      error(
        'R24',
        pointer('funding', 'total_amount'),
        `Cannot fund the partnership with funding.total_amount ${formatPounds(total)}, expected an amount above £0.00`,
      ),
    );
  if (f.currency !== 'GBP')
    findings.push(
      error(
        'R24',
        pointer('funding', 'currency'),
        `Cannot account in ${String(f.currency)}: funding.currency is not GBP, expected GBP`,
      ),
    );
}

function checkTotals(context: RuleContext, findings: Finding[]): void {
  const f = context.spec.funding;
  if (f === undefined || !context.funded) return;
  const figures = fundingFigures(context.spec);
  const { total } = figures;
  if (total === undefined) return;
  const parts = figures.allocations + figures.fee + figures.contingency;
  if (parts !== total)
    findings.push(
      error(
        'R25',
        pointer('funding', 'total_amount'),
        `Cannot balance funding.total_amount: ${formatPounds(total)}, but allocations ${formatPounds(figures.allocations)} + management fee ${formatPounds(figures.fee)} + contingency ${formatPounds(figures.contingency)} = ${formatPounds(parts)} (${difference(parts, total)}); expected the parts to equal the total`,
        'Correct whichever figure is wrong: an allocation, the fee, the contingency or the total.',
      ),
    );
  const funders = f.funders ?? [];
  if (funders.length === 0) return;
  const funded = sumPence(funders.map((x) => toPence(x.amount)));
  if (funded !== total)
    findings.push(
      error(
        'R26',
        pointer('funding', 'total_amount'),
        `Cannot balance funding.total_amount: ${formatPounds(total)}, but funders ${funders.map((x) => `${x.id} ${formatPounds(toPence(x.amount) ?? 0)}`).join(' + ')} = ${formatPounds(funded)} (${difference(funded, total)}); expected the funders' amounts to equal the total`,
      ),
    );
}

function checkAllocations(context: RuleContext, findings: Finding[]): void {
  const seen = new Map<string, number>();
  context.spec.funding?.allocations?.forEach((a, i) => {
    const amount = toPence(a.amount);
    if (amount !== undefined && amount <= 0)
      findings.push(
        error(
          'R29',
          pointer('funding', 'allocations', i, 'amount'),
          `Cannot allocate ${formatPounds(amount)} to ${a.member_id}: funding.allocations[${i}].amount is not positive, expected more than £0.00`,
          'Remove the row if the member receives no funds.',
        ),
      );
    const first = seen.get(a.member_id);
    if (first !== undefined)
      findings.push(
        error(
          'R29',
          pointer('funding', 'allocations', i, 'member_id'),
          `Cannot allocate to ${a.member_id} twice: funding.allocations[${i}] repeats funding.allocations[${first}], expected one row per member`,
          'Merge the rows and list every work area in work_area_ids.',
        ),
      );
    else seen.set(a.member_id, i);
    if (context.active.has(a.member_id) && !context.keyDecisionMakers.has(a.member_id))
      findings.push(
        warning(
          'R29',
          pointer('funding', 'allocations', i, 'member_id'),
          `Cannot give ${memberWords(context, a.member_id)} funds without a say: it is not a key decision maker, expected funded members to vote on how funds are used`,
          {
            subject: 'Money',
            text: `${memberName(context, a.member_id)} receives an allocation but has no vote on how funds are used: consider making it a Voting Partner.`,
          },
        ),
      );
  });
}

/** R24–R26 and R29. */
export function checkMoney(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkRequired(context, findings);
  checkTotals(context, findings);
  checkAllocations(context, findings);
  return findings;
}
