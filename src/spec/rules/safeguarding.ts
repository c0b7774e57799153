/**
 * Safeguarding rule (R43): where safeguarding applies, every active delivery member (one with an
 * allocation, or leading or contributing to a work area) has the policy for each group in scope,
 * and the vetting scheme is the one the governing law uses.
 */

import { JURISDICTIONS, VETTING_SCHEME_NAMES, type VettingScheme } from '../tables/index.js';
import { error, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import { memberPointer, memberWords, type RuleContext } from './rule-context.js';

/** The member policies each safeguarding scope needs. */
const POLICIES_FOR_SCOPE: Readonly<Record<string, readonly ('safeguarding_adults' | 'safeguarding_children')[]>> = {
  adults_at_risk: ['safeguarding_adults'],
  children: ['safeguarding_children'],
  both: ['safeguarding_adults', 'safeguarding_children'],
  none: [],
};

/** Active members who deliver: funded, or leading or contributing to a work area. */
function deliveryMembers(context: RuleContext): Set<string> {
  const ids = new Set<string>();
  for (const a of context.spec.funding?.allocations ?? []) ids.add(a.member_id);
  for (const w of context.spec.work_areas ?? []) {
    ids.add(w.lead_member_id);
    for (const c of w.contributor_ids ?? []) ids.add(c);
  }
  return new Set([...ids].filter((id) => context.active.has(id)));
}

/** R43. */
export function checkSafeguarding(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const s = context.spec.safeguarding;
  if (s?.applies !== true) return findings;
  const needed = POLICIES_FOR_SCOPE[s.scope ?? 'both'] ?? [];
  for (const id of deliveryMembers(context)) {
    const policies = context.members.get(id)!.member.policies;
    for (const policy of needed)
      if (policies?.[policy] !== true)
        findings.push(
          error(
            'R43',
            policies === undefined ? memberPointer(context, id) : memberPointer(context, id, 'policies', policy),
            `Cannot deliver safeguarding scope ${s.scope} through ${memberWords(context, id)}: its policies.${policy} is not true, expected every delivery member to have that policy`,
            'Confirm the member has an adopted policy and set it to true, or remove the member from delivery.',
          ),
        );
  }
  const law = context.spec.partnership.governing_law;
  const expected: VettingScheme = JURISDICTIONS[law].vettingScheme;
  if (s.vetting_scheme !== undefined && s.vetting_scheme !== expected)
    findings.push(
      error(
        'R43',
        pointer('safeguarding', 'vetting_scheme'),
        `Cannot vet staff through ${s.vetting_scheme} under ${JURISDICTIONS[law].name} law: safeguarding.vetting_scheme is ${s.vetting_scheme}, expected ${expected} (${VETTING_SCHEME_NAMES[expected]})`,
      ),
    );
  return findings;
}
