/**
 * Insurance and liability rules: each member's cover meets the agreed minimums and employers'
 * liability is at least the £5m statutory minimum (R45); a binding agreement says it creates no
 * partnership, sets a liability model and gives a cap where it promises one (R46).
 */

import { error, warning, type Finding } from './finding.js';
import { formatPounds, toPence } from '../values/money.js';
import { pointer } from './pointer.js';
import { memberPointer, memberWords, type RuleContext } from './rule-context.js';

/** Employers' Liability (Compulsory Insurance) Regulations 1998: £5m minimum cover. */
const EL_STATUTORY_MINIMUM = 500_000_000;
const COVERS = ['public_liability', 'employers_liability', 'professional_indemnity', 'cyber'] as const;

function checkCover(context: RuleContext, findings: Finding[]): void {
  const li = context.spec.liability_insurance;
  const minimum: Partial<Record<(typeof COVERS)[number], string>> = li?.minimum_cover ?? {};
  const el = toPence(minimum.employers_liability);
  if (el !== undefined && el < EL_STATUTORY_MINIMUM)
    findings.push(
      warning(
        'R45',
        pointer('liability_insurance', 'minimum_cover', 'employers_liability'),
        `Cannot accept employers' liability cover of ${formatPounds(el)}: liability_insurance.minimum_cover.employers_liability is below the statutory minimum, expected at least ${formatPounds(EL_STATUTORY_MINIMUM)} for members that employ staff`,
        {
          subject: 'Insurance and liability',
          text: `The minimum employers’ liability cover of ${formatPounds(el)} is below the statutory minimum of ${formatPounds(EL_STATUTORY_MINIMUM)} for Partners that employ staff.`,
        },
      ),
    );
  const needInsurance = context.binding && context.spec.partnership.delivery_involved === true;
  for (const id of context.active) {
    const insurance: Partial<Record<(typeof COVERS)[number], string>> | undefined =
      context.members.get(id)!.member.insurance;
    if (insurance === undefined) {
      if (needInsurance && Object.keys(minimum).length > 0)
        findings.push(
          error(
            'R45',
            memberPointer(context, id),
            `Cannot confirm ${memberWords(context, id)} is insured: members[].insurance is missing, expected cover at least liability_insurance.minimum_cover in a binding agreement with delivery`,
          ),
        );
      continue;
    }
    for (const cover of COVERS) {
      const wanted = toPence(minimum[cover]);
      if (wanted === undefined) continue;
      const held = toPence(insurance[cover]);
      if (held === undefined || held < wanted)
        findings.push(
          error(
            'R45',
            held === undefined
              ? memberPointer(context, id, 'insurance')
              : memberPointer(context, id, 'insurance', cover),
            `Cannot accept ${cover} cover of ${held === undefined ? 'nothing' : formatPounds(held)} from ${memberWords(context, id)}, expected at least ${formatPounds(wanted)} (liability_insurance.minimum_cover.${cover})`,
          ),
        );
    }
  }
}

function checkLiability(context: RuleContext, findings: Finding[]): void {
  const li = context.spec.liability_insurance;
  if (!context.binding || li === undefined) return;
  if (li.no_partnership_clause !== true)
    findings.push(
      warning(
        'R46',
        pointer('liability_insurance', 'no_partnership_clause'),
        'Cannot rule out an accidental legal partnership: liability_insurance.no_partnership_clause is not true, expected true in a binding agreement',
        {
          subject: 'Insurance and liability',
          text: 'The agreement does not say that it creates no legal partnership: without that, each Partner risks being liable for the others under the Partnership Act 1890.',
        },
        'Without it the members risk being partners under the Partnership Act 1890, each liable for the others.',
      ),
    );
  if (li.member_liability_cap === 'fixed' && toPence(li.cap_amount) === undefined)
    findings.push(
      warning(
        'R46',
        pointer('liability_insurance', 'member_liability_cap'),
        'Cannot cap liability at a fixed sum without liability_insurance.cap_amount, expected the cap as Money',
        {
          subject: 'Insurance and liability',
          text: 'Each Partner’s liability is capped at a fixed sum, but the sum is not given: to be agreed before signing.',
        },
      ),
    );
}

/** R45 and R46. */
export function checkInsurance(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkCover(context, findings);
  checkLiability(context, findings);
  return findings;
}
