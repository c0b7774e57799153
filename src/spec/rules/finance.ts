/**
 * Finance-control rules: a funder's clawback flows down to members (R31); financial records are
 * kept for at least six years (R32); partners help a public-authority funder answer Freedom of
 * Information requests (R70).
 */

import { PUBLIC_AUTHORITY_FUNDERS } from '../tables/index.js';
import { warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** Years HMRC and most funders expect financial records to be kept. */
const MIN_RETENTION_YEARS = 6;

function checkFoi(context: RuleContext, findings: Finding[]): void {
  const publicFunders = (context.spec.funding?.funders ?? []).filter((f) => PUBLIC_AUTHORITY_FUNDERS.has(f.type ?? ''));
  if (publicFunders.length > 0 && context.spec.confidentiality.foi_cooperation !== true)
    findings.push(
      warning(
        'R70',
        pointer('confidentiality', 'foi_cooperation'),
        `Cannot answer Freedom of Information requests to ${publicFunders.map((f) => f.id).join(', ')} without the partners' help: confidentiality.foi_cooperation is not true, expected true when a public authority funds the partnership`,
        {
          subject: 'Money',
          text: `${publicFunders.map((f) => f.name).join(' and ')} must answer Freedom of Information requests, yet the Partners do not agree to help: consider agreeing to co-operate with such requests.`,
        },
        'Public-authority funders must answer FOI requests about the work they fund and will ask the partners for information.',
      ),
    );
}

/** R31, R32 and R70. */
export function checkFinance(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkFoi(context, findings);
  const f = context.spec.funding;
  if (f === undefined || !context.funded) return findings;
  const clawing = (f.funders ?? []).filter((x) => x.clawback_in_funder_terms === true);
  if (clawing.length > 0 && f.clawback?.flow_down !== true)
    findings.push(
      warning(
        'R31',
        f.clawback === undefined ? pointer('funding') : pointer('funding', 'clawback', 'flow_down'),
        `Cannot leave the lead exposed to clawback by ${clawing.map((x) => x.id).join(', ')}: funding.clawback.flow_down is not true, expected clawback to flow down to members`,
        {
          subject: 'Money',
          text: `${clawing.map((x) => x.name).join(' and ')} can claw back funding, but a Partner whose spending is disallowed does not have to repay its share: consider passing clawback on to the Partner concerned.`,
        },
        "Without flow-down the accountable body repays the funder alone for a member's ineligible spending.",
      ),
    );
  const years = f.audit?.records_retention_years;
  if (typeof years === 'number' && years < MIN_RETENTION_YEARS)
    findings.push(
      warning(
        'R32',
        pointer('funding', 'audit', 'records_retention_years'),
        `Cannot keep records for only ${years} years: funding.audit.records_retention_years is short, expected at least ${MIN_RETENTION_YEARS}`,
        {
          subject: 'Money',
          text: `Financial records are to be kept for ${years} years: HMRC and most funders expect at least ${MIN_RETENTION_YEARS}.`,
        },
      ),
    );
  return findings;
}
