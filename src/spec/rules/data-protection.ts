/**
 * Data-protection rules for shared personal data: lawful bases and conditions for each purpose,
 * controller arrangements and DPIA (R42); breach notice between partners leaves time for the
 * ICO's 72 hours (R44); parties record their ICO registration (R67) and data-protection policy (R71).
 */

import {
  ART9_NEEDING_SCH1,
  CRIMINAL_OFFENCE_DATA,
  HOURS_ICO_DEADLINE,
  HOURS_RECOMMENDED_PARTNER_NOTICE,
  SCH1_PART2_PARAGRAPHS,
  SPECIAL_CATEGORY_DATA,
  sch1Paragraph,
} from '../tables/index.js';
import { error, warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import { memberPointer, memberName, memberWords, type RuleContext } from './rule-context.js';

const DP = 'data_protection';

function checkPurposes(context: RuleContext, findings: Finding[]): void {
  const dp = context.spec.data_protection;
  const categories = dp.data_categories ?? [];
  const special = categories.filter((c) => SPECIAL_CATEGORY_DATA.has(c));
  const offence = categories.some((c) => CRIMINAL_OFFENCE_DATA.has(c));
  const purposes = dp.purposes ?? [];
  let needsPolicyDocument = false;
  purposes.forEach((p, i) => {
    const bases: Record<string, unknown> = p.art6_basis ?? {};
    if (!('all_members' in bases)) {
      const missing = [...context.active].filter((id) => !(id in bases));
      if (missing.length > 0)
        findings.push(
          error(
            'R42',
            pointer(DP, 'purposes', i, 'art6_basis'),
            `Cannot share data for "${p.purpose}" without a lawful basis for ${missing.join(', ')}: data_protection.purposes[${i}].art6_basis lacks them, expected an Art 6 basis per party (or all_members)`,
          ),
        );
    }
    const art9 = p.art9_condition;
    if (art9 !== undefined && ART9_NEEDING_SCH1[art9] !== undefined && p.dpa2018_sch1_condition === undefined)
      findings.push(
        error(
          'R42',
          pointer(DP, 'purposes', i, 'art9_condition'),
          `Cannot rely on ${ART9_NEEDING_SCH1[art9]} (${art9}) for "${p.purpose}" alone: data_protection.purposes[${i}].dpa2018_sch1_condition is missing, expected a DPA 2018 Schedule 1 condition`,
          'For VAWG services this is usually para_18_safeguarding_children_and_individuals_at_risk or para_17_counselling.',
        ),
      );
    const para = p.dpa2018_sch1_condition === undefined ? undefined : sch1Paragraph(p.dpa2018_sch1_condition);
    if (para !== undefined && para >= SCH1_PART2_PARAGRAPHS.first && para <= SCH1_PART2_PARAGRAPHS.last)
      needsPolicyDocument = true;
  });
  if (special.length > 0 && purposes.length > 0 && !purposes.some((p) => p.art9_condition !== undefined))
    findings.push(
      error(
        'R42',
        pointer(DP, 'purposes'),
        `Cannot share special-category data (${special.join(', ')}) without an Art 9 condition: no purpose in data_protection.purposes has art9_condition, expected at least one`,
      ),
    );
  if (
    offence &&
    purposes.length > 0 &&
    !purposes.some((p) => p.art10_condition !== undefined || p.dpa2018_sch1_condition !== undefined)
  )
    findings.push(
      error(
        'R42',
        pointer(DP, 'purposes'),
        'Cannot share criminal-offence data without an Art 10 condition: no purpose has art10_condition or a DPA 2018 Schedule 1 condition, expected one',
      ),
    );
  if (needsPolicyDocument && dp.appropriate_policy_document_required !== true)
    findings.push(
      error(
        'R42',
        pointer(DP, 'appropriate_policy_document_required'),
        'Cannot rely on a Schedule 1 Part 2 condition without an appropriate policy document: data_protection.appropriate_policy_document_required is not true, expected true',
      ),
    );
  if (special.length > 0 && dp.dpia?.completed !== true)
    findings.push(
      warning(
        'R42',
        dp.dpia === undefined ? pointer(DP) : pointer(DP, 'dpia', 'completed'),
        `Cannot show the risks of sharing ${special.join(', ')} data were assessed: data_protection.dpia.completed is not true, expected a completed DPIA`,
        {
          subject: 'Data protection',
          text: `No data protection impact assessment is recorded as completed for sharing ${special.join(', ')} data: complete one before sharing starts.`,
        },
        'The ICO expects a DPIA before sharing special-category data about people at risk.',
      ),
    );
}

function checkArrangements(context: RuleContext, findings: Finding[]): void {
  const dp = context.spec.data_protection;
  if (dp.relationship === 'joint_controllers' && dp.art26_arrangement === undefined)
    findings.push(
      error(
        'R42',
        pointer(DP, 'relationship'),
        'Cannot act as joint controllers without an Art 26 arrangement: data_protection.art26_arrangement is missing, expected it when relationship is joint_controllers',
      ),
    );
  if (dp.relationship === 'controller_processor' && dp.art28_terms === undefined)
    findings.push(
      error(
        'R42',
        pointer(DP, 'relationship'),
        'Cannot use a processor without Art 28 terms: data_protection.art28_terms is missing, expected them when relationship is controller_processor',
      ),
    );
}

function checkBreachNotice(context: RuleContext, findings: Finding[]): void {
  const hours = context.spec.data_protection.breach_notify_partner_within_hours;
  if (typeof hours !== 'number') return;
  const at = pointer(DP, 'breach_notify_partner_within_hours');
  if (hours > HOURS_ICO_DEADLINE || hours <= 0)
    findings.push(
      error(
        'R44',
        at,
        `Cannot notify partners of a breach within ${hours} hours: the controller must tell the ICO within ${HOURS_ICO_DEADLINE}, expected 1 to ${HOURS_ICO_DEADLINE} hours`,
      ),
    );
  else if (hours > HOURS_RECOMMENDED_PARTNER_NOTICE)
    findings.push(
      warning(
        'R44',
        at,
        `Cannot leave the controller much of the ICO's ${HOURS_ICO_DEADLINE} hours: partners notify within ${hours} hours, expected ${HOURS_RECOMMENDED_PARTNER_NOTICE} hours or less`,
        {
          subject: 'Data protection',
          text: `Partners have ${hours} hours to report a personal data breach, which leaves little of the ${HOURS_ICO_DEADLINE} hours the controller has to tell the ICO: consider ${HOURS_RECOMMENDED_PARTNER_NOTICE} hours or less.`,
        },
      ),
    );
}

function checkParties(context: RuleContext, findings: Finding[]): void {
  for (const id of context.active) {
    const { member } = context.members.get(id)!;
    if (member.ico_registration_number === undefined)
      findings.push(
        warning(
          'R67',
          memberPointer(context, id),
          `Cannot name the ICO registration of ${memberWords(context, id)}: members[${context.members.get(id)!.index}].ico_registration_number is missing, expected it when personal data is shared`,
          {
            subject: 'Data protection',
            text: `ICO registration number of ${memberName(context, id)}: to be confirmed before signing.`,
          },
          'Most organisations processing personal data pay the ICO data protection fee; record the registration number.',
        ),
      );
    if (member.policies?.data_protection !== true)
      findings.push(
        warning(
          'R71',
          member.policies === undefined
            ? memberPointer(context, id)
            : memberPointer(context, id, 'policies', 'data_protection'),
          `Cannot confirm ${memberWords(context, id)} protects shared data: its policies.data_protection is not true, expected a data-protection policy`,
          {
            subject: 'Data protection',
            text: `${memberName(context, id)} is not recorded as having a data protection policy: to be confirmed before personal data is shared.`,
          },
        ),
      );
  }
}

/** R42, R44, R67 and R71. */
export function checkDataProtection(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  if (context.spec.data_protection.personal_data_shared !== true) return findings;
  checkPurposes(context, findings);
  checkArrangements(context, findings);
  checkBreachNotice(context, findings);
  checkParties(context, findings);
  return findings;
}
