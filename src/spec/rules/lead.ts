/**
 * Lead-partner rules: one lead where the model or funding needs one (R04), who is an active key
 * decision maker (R05), is the accountable body in lead models (R06), which body is incorporated
 * (R07); role holders and spokespeople are active key decision makers (R08) and
 * hold only roles the lead does not (R66).
 */

import { CONTRACT_AGREEMENTS, legalFormFacts } from '../tables/index.js';
import { error, warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import { memberPointer, memberName, memberWords, type RuleContext } from './rule-context.js';

function checkOneLead(context: RuleContext, findings: Finding[]): void {
  const { spec } = context;
  const flagged = spec.members.map((m, i) => ({ m, i })).filter(({ m }) => m.is_lead_partner === true);
  flagged
    .filter(({ m }) => m.status !== 'active')
    .forEach(({ m, i }) =>
      findings.push(
        error(
          'R04',
          pointer('members', i, 'is_lead_partner'),
          `Cannot make ${m.id} the lead partner: members[${i}].status is ${m.status}, expected the lead partner to be active`,
        ),
      ),
    );
  const activeLeads = flagged.filter(({ m }) => m.status === 'active');
  const required = context.leadModel || context.funded;
  const declared = spec.lead_partner?.member_id;
  if (activeLeads.length > 1) {
    const second = activeLeads[1]!;
    findings.push(
      error(
        'R04',
        pointer('members', second.i, 'is_lead_partner'),
        `Cannot have ${activeLeads.length} lead partners: members ${activeLeads.map(({ m }) => m.id).join(', ')} all have is_lead_partner true, expected at most one`,
        declared !== undefined
          ? `lead_partner.member_id names ${declared}; set is_lead_partner to false on the others.`
          : undefined,
      ),
    );
  } else if (activeLeads.length === 0 && (required || declared !== undefined)) {
    const why = context.leadModel
      ? `structure_model is ${spec.partnership.structure_model}`
      : context.funded
        ? 'funding.has_funding is true'
        : `lead_partner.member_id names ${declared}`;
    findings.push(
      error(
        'R04',
        declared !== undefined && context.members.has(declared)
          ? memberPointer(context, declared, 'is_lead_partner')
          : pointer('members'),
        `Cannot find the lead partner: no active member has is_lead_partner true, expected exactly one because ${why}`,
        'Set is_lead_partner: true on the member that contracts with the funder and holds the funds.',
      ),
    );
  }
  if (declared !== undefined && activeLeads.length === 1 && activeLeads[0]!.m.id !== declared) {
    findings.push(
      error(
        'R04',
        pointer('lead_partner', 'member_id'),
        `Cannot match lead_partner.member_id "${declared}" with the lead: ${activeLeads[0]!.m.id} has is_lead_partner true, expected the same member`,
      ),
    );
  }
}

function checkLeadRole(context: RuleContext, findings: Finding[]): void {
  const lead = context.leadId;
  if (lead === undefined) return;
  const { member } = context.members.get(lead)!;
  if (member.partnership_role !== 'key_decision_maker')
    findings.push(
      error(
        'R05',
        memberPointer(context, lead, 'partnership_role'),
        `Cannot make ${memberWords(context, lead)} the lead partner: its partnership_role is ${member.partnership_role}, expected key_decision_maker`,
      ),
    );
}

function checkAccountableBody(context: RuleContext, findings: Finding[]): void {
  const { spec, leadId } = context;
  const body = spec.funding?.accountable_body_member_id;
  if (body === undefined) return;
  const at = pointer('funding', 'accountable_body_member_id');
  const holdsRole = spec.lead_partner?.roles.includes('accountable_body') === true;
  if (leadId !== undefined && body !== leadId && (context.leadModel || holdsRole)) {
    const why = context.leadModel
      ? `structure_model is ${spec.partnership.structure_model}`
      : 'lead_partner.roles includes accountable_body';
    findings.push(
      error(
        'R06',
        at,
        `Cannot make ${body} the accountable body: the lead partner is ${leadId}, expected the lead partner because ${why}`,
      ),
    );
  }
  const found = context.members.get(body);
  if (found === undefined) return;
  const facts = legalFormFacts(found.member.legal_form);
  if (facts !== undefined && !facts.incorporated) {
    const contract = spec.funding?.funders?.find((f) => CONTRACT_AGREEMENTS.has(f.agreement_type ?? ''));
    const message = `Cannot rely on ${memberWords(context, body)} as accountable body: it is ${facts.words}, expected an incorporated organisation that can hold funds and contract in its own name`;
    const note = {
      subject: 'Money',
      text: `${memberName(context, body)}, the accountable body, is ${facts.words} and cannot hold funds or contract in its own name: consider an incorporated Partner, or incorporating before signing.`,
    } as const;
    const hint =
      'Choose an incorporated member (company, CIO, society, statutory body) as accountable body, or incorporate before the agreement is signed.';
    findings.push(
      contract !== undefined
        ? error('R07', at, `${message} (funder ${contract.id} contracts for services)`, hint)
        : warning('R07', at, message, note, hint),
    );
  }
}

function checkRoleHolders(context: RuleContext, findings: Finding[]): void {
  const { spec, keyDecisionMakers, active } = context;
  const notKdm = (id: string, at: string, what: string): void => {
    if (active.has(id) && !keyDecisionMakers.has(id))
      findings.push(
        warning(
          'R08',
          at,
          `Cannot give ${what} to ${memberWords(context, id)}: its partnership_role is ${context.members.get(id)!.member.partnership_role}, expected a key decision maker`,
          {
            subject: 'Governance and decisions',
            text: `${memberName(context, id)} is given ${what} but is not a Voting Partner: consider making it one, or giving ${what} to a Voting Partner.`,
          },
        ),
      );
  };
  for (const [role, holders] of Object.entries(spec.lead_partner?.role_holders ?? {})) {
    if (spec.lead_partner?.roles.includes(role as never))
      findings.push(
        warning(
          'R66',
          pointer('lead_partner', 'role_holders', role),
          `Cannot give the ${role} role to others while the lead holds it: lead_partner.roles includes ${role}, expected lead_partner.role_holders to name only roles the lead does not hold`,
          {
            subject: 'Governance and decisions',
            text: `The ${role.replaceAll('_', ' ')} role is given both to the Lead Partner and to other Partners: say which one holds it.`,
          },
        ),
      );
    const list = Array.isArray(holders) ? holders : [holders];
    list.forEach((id, i) =>
      notKdm(
        id,
        Array.isArray(holders)
          ? pointer('lead_partner', 'role_holders', role, i)
          : pointer('lead_partner', 'role_holders', role),
        `the ${role} role`,
      ),
    );
  }
  const liaison = new Set<string>();
  if (context.leadId !== undefined && spec.lead_partner?.roles.includes('external_liaison'))
    liaison.add(context.leadId);
  const extra = spec.lead_partner?.role_holders?.['external_liaison'];
  for (const id of Array.isArray(extra) ? extra : extra === undefined ? [] : [extra]) liaison.add(id);
  spec.communications?.speak_on_behalf?.forEach((id, i) => {
    const at = pointer('communications', 'speak_on_behalf', i);
    notKdm(id, at, 'the right to speak for the partnership');
    if (active.has(id) && !liaison.has(id))
      findings.push(
        warning(
          'R08',
          at,
          `Cannot let ${memberWords(context, id)} speak on behalf of the partnership: it does not hold the external_liaison role, expected speakers to hold it`,
          {
            subject: 'Governance and decisions',
            text: `${memberName(context, id)} may speak for the partnership but does not hold the external liaison role: give it that role, or leave it out of those who speak for the partnership.`,
          },
          'Add the member to lead_partner.role_holders.external_liaison, or remove it from communications.speak_on_behalf.',
        ),
      );
  });
}

/** R04–R08 and R66. */
export function checkLead(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkOneLead(context, findings);
  checkLeadRole(context, findings);
  checkAccountableBody(context, findings);
  checkRoleHolders(context, findings);
  return findings;
}
