/**
 * The cross-field rules of the partnership spec (DOMAIN.md §3.4, plus R60 and up for §3.3
 * constraints DOMAIN gives no id), run on a spec that has already passed the JSON Schema.
 *
 * R00 (Money format) is a schema rule; R48 belongs to addenda.
 */

import type { PartnershipSpec } from '../types.gen.js';
import { checkChange } from './change.js';
import { checkConsent } from './consent.js';
import { checkContradictions } from './contradictions.js';
import { checkDataProtection } from './data-protection.js';
import { checkDecisions } from './decisions.js';
import { checkFinance } from './finance.js';
import type { Finding, RuleFamily } from './finding.js';
import { checkGovernance } from './governance.js';
import { checkIdentity } from './identity.js';
import { checkInsurance } from './insurance.js';
import { checkJurisdiction } from './jurisdiction.js';
import { checkLead } from './lead.js';
import { checkManagementFee } from './management-fee.js';
import { checkMeetings } from './meetings.js';
import { checkMembers } from './members.js';
import { checkMoney } from './money.js';
import { checkNames } from './names.js';
import { checkPayments } from './payments.js';
import { checkPerformance } from './performance.js';
import { checkPeriods } from './periods.js';
import { checkResponseTimes } from './response-times.js';
import { checkRisk } from './risk.js';
import { buildRuleContext, type RuleContext } from './rule-context.js';
import { checkSafeguarding } from './safeguarding.js';
import { checkSignatures } from './signatures.js';
import { checkStage } from './stage.js';
import { checkStructure } from './structure.js';
import { checkTermRules } from './term.js';
import { checkTextForms } from './text-forms.js';

export type { Finding } from './finding.js';

/** The rule families, in the order of DOMAIN.md §3.4. */
const FAMILIES: readonly RuleFamily<RuleContext>[] = [
  checkIdentity,
  checkLead,
  checkMembers,
  checkGovernance,
  checkDecisions,
  checkMeetings,
  checkTermRules,
  checkMoney,
  checkPeriods,
  checkManagementFee,
  checkPayments,
  checkFinance,
  checkRisk,
  checkChange,
  checkPerformance,
  checkDataProtection,
  checkConsent,
  checkSafeguarding,
  checkInsurance,
  checkSignatures,
  checkJurisdiction,
  checkStructure,
  checkResponseTimes,
  checkNames,
  checkStage,
  checkTextForms,
  checkContradictions,
];

function codeNumber(code: string): number {
  return Number(code.slice(1));
}

/**
 * Check every cross-field rule on a schema-valid spec. Findings come sorted by rule id, then in
 * document order within a rule, so output is stable.
 */
export function checkRules(spec: PartnershipSpec): Finding[] {
  const context = buildRuleContext(spec);
  const findings = FAMILIES.flatMap((family) => family(context));
  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => codeNumber(a.finding.code) - codeNumber(b.finding.code) || a.order - b.order)
    .map(({ finding }) => finding);
}
