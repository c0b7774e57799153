/**
 * Confidentiality and IP rules: partners cooperate with FOI requests when a public authority funds
 * them (R70); foreground IP under an open licence names the licence (R71).
 */

import { PUBLIC_AUTHORITY_FUNDERS } from '../tables/index.js';
import { error, warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** R70 and R71. */
export function checkConfidentialityAndIp(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { spec } = context;
  const publicFunders = (spec.funding?.funders ?? []).filter((f) => PUBLIC_AUTHORITY_FUNDERS.has(f.type ?? ''));
  if (publicFunders.length > 0 && spec.confidentiality.foi_cooperation !== true)
    findings.push(
      warning('R70', pointer('confidentiality', 'foi_cooperation'), `Cannot answer Freedom of Information requests to ${publicFunders.map((f) => f.id).join(', ')} without the partners' help: confidentiality.foi_cooperation is not true, expected true when a public authority funds the partnership`, 'Public-authority funders must answer FOI requests about the work they fund and will ask the partners for information.'),
    );
  const ip = spec.intellectual_property;
  if (ip?.foreground === 'open_licence' && (ip.open_licence_name ?? '').trim() === '')
    findings.push(error('R71', pointer('intellectual_property', 'foreground'), 'Cannot publish foreground IP under an unnamed open licence: intellectual_property.open_licence_name is missing, expected a licence such as CC BY 4.0'));
  return findings;
}
