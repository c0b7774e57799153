/**
 * Jurisdiction rule (R50): the courts clause matches the governing law, and under Scots law
 * signatures are witnessed so the document is self-proving. The vetting scheme is R43; the
 * regulator and statute wording come from the jurisdiction table, so they cannot disagree.
 */

import { JURISDICTIONS } from '../tables/index.js';
import { error, warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** R50. */
export function checkJurisdiction(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { governing_law: law, courts } = context.spec.partnership;
  const j = JURISDICTIONS[law];
  if (courts !== j.courts.exclusive && courts !== j.courts.nonExclusive)
    findings.push(
      error(
        'R50',
        pointer('partnership', 'courts'),
        `Cannot submit to ${courts} under ${j.name} law: partnership.courts does not match partnership.governing_law, expected ${j.courts.exclusive} or ${j.courts.nonExclusive}`,
      ),
    );
  if (j.witnessForSelfProving)
    context.spec.signatures.signatories.forEach((s, i) => {
      if (s.witness === undefined)
        findings.push(
          warning(
            'R50',
            pointer('signatures', 'signatories', i),
            `Cannot make ${s.member_id}'s signature self-proving under ${j.name} law: signatures.signatories[${i}] has no witness, expected a witness`,
            {
              subject: 'Parties and signing',
              text: `The signature for ${context.members.get(s.member_id)?.member.legal_name ?? s.member_id} has no witness: under ${j.name} law it is valid but not self-proving.`,
            },
            'Under the Requirements of Writing (Scotland) Act 1995 an unwitnessed signature is valid but not self-proving.',
          ),
        );
    });
  return findings;
}
