/**
 * Sharing without consent (R76): the referral protocol lets a Partner share a person's information
 * without their agreement where there is a risk to life or of serious harm, so the data-sharing
 * schedule must record the basis for that sharing (a purpose marked `without_consent`), and that
 * basis cannot itself be consent: neither the Article 6 basis of any party nor, for special
 * category data, the Article 9 condition.
 */

import { SPECIAL_CATEGORY_DATA } from '../tables/index.js';
import { listsDocument } from '../values/documents.js';
import { warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import { memberName, type RuleContext } from './rule-context.js';

const DP = 'data_protection';
const SUBJECT = 'Data protection';

/**
 * Check that the basis for sharing without consent is recorded and is not consent.
 * @param context the prepared rule context
 */
export function checkConsent(context: RuleContext): Finding[] {
  const { spec } = context;
  const dp = spec.data_protection;
  if (dp.personal_data_shared !== true) return [];
  const findings: Finding[] = [];
  const purposes = dp.purposes ?? [];
  const special = (dp.data_categories ?? []).some((c) => SPECIAL_CATEGORY_DATA.has(c));
  const flagged = purposes.flatMap((p, i) => (p.without_consent === true ? [{ p, i }] : []));
  if (listsDocument(spec, 'referral_protocol') && spec.referrals !== undefined && flagged.length === 0)
    findings.push(
      warning(
        'R76',
        pointer(DP, 'purposes'),
        'Cannot find the basis for sharing without consent: the referral protocol allows information to be shared without the person’s agreement where there is a risk of serious harm, but no data_protection.purposes[] has without_consent: true, expected one purpose that records the Article 6 basis (and, for special category data, the Article 9 and Schedule 1 conditions) for that sharing',
        {
          subject: SUBJECT,
          text: 'The referral protocol allows information to be shared without the person’s agreement where someone is at risk of serious harm, but the data-sharing schedule does not say on what lawful basis: record it (usually vital interests, public task or legitimate interests, with the safeguarding condition of Schedule 1 to the Data Protection Act 2018).',
        },
        'Add without_consent: true to the purpose that covers safeguarding referrals, or add such a purpose, with a basis other than consent.',
      ),
    );
  for (const { p, i } of flagged) {
    for (const [party, basis] of Object.entries(p.art6_basis ?? {})) {
      if (basis !== 'consent') continue;
      const who = party === 'all_members' ? 'the Partners' : memberName(context, party);
      findings.push(
        warning(
          'R76',
          pointer(DP, 'purposes', i, 'art6_basis', party),
          `Cannot rely on consent to share without consent: data_protection.purposes[${i}] has without_consent: true but its art6_basis for ${party} is consent, expected vital_interests, public_task, legitimate_interests or legal_obligation`,
          {
            subject: SUBJECT,
            text: `Sharing without the person’s agreement cannot rest on their consent, yet consent is the lawful basis recorded for ${who} for “${p.purpose}”: record the basis actually relied on.`,
          },
        ),
      );
    }
    if (!special) continue;
    const art9 = p.art9_condition;
    if (art9 === undefined || art9 === 'explicit_consent')
      findings.push(
        warning(
          'R76',
          pointer(DP, 'purposes', i, art9 === undefined ? 'without_consent' : 'art9_condition'),
          `Cannot share special category data without consent on ${art9 === undefined ? 'no Article 9 condition' : 'explicit consent'}: data_protection.purposes[${i}] has without_consent: true, expected an art9_condition such as vital_interests or substantial_public_interest (with a dpa2018_sch1_condition such as para_18_safeguarding_children_and_individuals_at_risk)`,
          {
            subject: SUBJECT,
            text: `Health and other special category information shared without the person’s agreement for “${p.purpose}” needs a condition other than explicit consent: usually substantial public interest with the safeguarding condition of Schedule 1 to the Data Protection Act 2018.`,
          },
        ),
      );
  }
  return findings;
}
