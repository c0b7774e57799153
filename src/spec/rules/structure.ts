/**
 * Structure rules: stakeholders hold no votes or funds (R51); advisory groups report along an
 * unbroken line with explicit powers (R52); work areas have one lead and cover the objectives
 * (R53); unincorporated parties to binding agreements are flagged (R54); requested documents can
 * be produced (R55); secondary ways of working do not repeat the primary (R60).
 */

import { documentRequirements } from '../tables/document-requirements.js';
import { error, warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import { memberPointer, memberName, memberWords, type RuleContext } from './rule-context.js';

function checkStakeholders(context: RuleContext, findings: Finding[]): void {
  const { spec, stakeholders } = context;
  spec.governance.decision_body.voting_member_ids.forEach((id, i) => {
    if (stakeholders.has(id) && !context.members.has(id))
      findings.push(
        error(
          'R51',
          pointer('governance', 'decision_body', 'voting_member_ids', i),
          `Cannot give stakeholder ${id} a vote: it is not a party, expected only members to vote`,
          'Stakeholders take part through advisory groups or as observers.',
        ),
      );
  });
  for (const id of Object.keys(spec.governance.voting.weights ?? {}))
    if (stakeholders.has(id) && !context.members.has(id))
      findings.push(
        error(
          'R51',
          pointer('governance', 'voting', 'weights', id),
          `Cannot weigh a vote for stakeholder ${id}: it is not a party, expected only members in governance.voting.weights`,
        ),
      );
  spec.funding?.allocations?.forEach((a, i) => {
    if (stakeholders.has(a.member_id) && !context.members.has(a.member_id))
      findings.push(
        error(
          'R51',
          pointer('funding', 'allocations', i, 'member_id'),
          `Cannot allocate funds to stakeholder ${a.member_id}: it is not a party, expected only members to receive allocations`,
          'A funded organisation must sign the agreement as a member.',
        ),
      );
  });
}

function checkGroups(context: RuleContext, findings: Finding[]): void {
  const groups = context.spec.advisory_groups ?? [];
  const byId = new Map(groups.map((g, i) => [g.id, i]));
  groups.forEach((g, i) => {
    const at = (key: string): string => pointer('advisory_groups', i, key);
    if (g.reports_to !== 'decision_body' && !byId.has(g.reports_to))
      findings.push(
        error(
          'R52',
          at('reports_to'),
          `Cannot report from ${g.id} to "${g.reports_to}": advisory_groups[${i}].reports_to names no group, expected decision_body or the id of another advisory group`,
        ),
      );
    const powers = g.delegated_powers ?? [];
    if (g.role_status === 'delegated_limited' && powers.length === 0)
      findings.push(
        error(
          'R52',
          at('role_status'),
          `Cannot delegate to ${g.id} without saying what: advisory_groups[${i}].delegated_powers is empty, expected the powers delegated`,
        ),
      );
    if (g.role_status === 'advisory_only' && powers.length > 0)
      findings.push(
        error(
          'R52',
          at('delegated_powers'),
          `Cannot give powers to advisory-only group ${g.id}: advisory_groups[${i}].delegated_powers is not empty, expected none (or role_status delegated_limited)`,
        ),
      );
    // Follow the reporting line; meeting a group twice is a cycle, reported once at its first member.
    const seen = new Set<string>([g.id]);
    let next = g.reports_to;
    while (next !== 'decision_body' && byId.has(next)) {
      if (seen.has(next)) {
        if (next === g.id && [...seen].every((id) => byId.get(id)! >= i))
          findings.push(
            error(
              'R52',
              at('reports_to'),
              `Cannot report in a circle: ${[...seen, g.id].join(' → ')}, expected every advisory group's line to reach decision_body`,
            ),
          );
        break;
      }
      seen.add(next);
      next = groups[byId.get(next)!]!.reports_to;
    }
  });
}

function checkWorkAreas(context: RuleContext, findings: Finding[]): void {
  const { spec } = context;
  const covered = new Set<string>();
  const working = new Set<string>();
  spec.work_areas?.forEach((w, i) => {
    w.objective_ids.forEach((o) => covered.add(o));
    working.add(w.lead_member_id);
    w.contributor_ids?.forEach((c, j) => {
      working.add(c);
      if (c === w.lead_member_id)
        findings.push(
          error(
            'R53',
            pointer('work_areas', i, 'contributor_ids', j),
            `Cannot list ${c} as both lead and contributor of work area ${w.id}, expected contributors to exclude the lead`,
          ),
        );
    });
  });
  if (spec.work_areas === undefined) return;
  spec.partnership.objectives.forEach((o, i) => {
    if (!covered.has(o.id))
      findings.push(
        warning(
          'R53',
          pointer('partnership', 'objectives', i, 'id'),
          `Cannot see who delivers objective ${o.id}: no work area lists it in objective_ids, expected at least one`,
          {
            subject: 'Delivery and performance',
            text: `No work area delivers the objective “${o.text}”: say who delivers it.`,
          },
        ),
      );
  });
  spec.funding?.allocations?.forEach((a, i) => {
    if (context.active.has(a.member_id) && !working.has(a.member_id))
      findings.push(
        warning(
          'R53',
          pointer('funding', 'allocations', i, 'member_id'),
          `Cannot see what ${memberWords(context, a.member_id)} delivers for its allocation: it leads or contributes to no work area, expected at least one`,
          {
            subject: 'Delivery and performance',
            text: `${memberName(context, a.member_id)} receives an allocation but leads or contributes to no work area: say what it delivers.`,
          },
        ),
      );
  });
}

function checkDocuments(context: RuleContext, findings: Finding[]): void {
  context.spec.meta.documents.forEach((d, i) => {
    for (const requirement of documentRequirements(d)) {
      if (requirement.holds(context.spec)) continue;
      const at = pointer('meta', 'documents', i);
      findings.push(
        requirement.severity === 'error'
          ? error('R55', at, requirement.message, requirement.hint)
          : warning('R55', at, requirement.message, requirement.note, requirement.hint),
      );
    }
  });
}

function checkWaysOfWorking(context: RuleContext, findings: Finding[]): void {
  const p = context.spec.partnership;
  const seen = new Set<string>([p.way_of_working]);
  p.secondary_ways_of_working?.forEach((w, i) => {
    if (seen.has(w))
      findings.push(
        error(
          'R60',
          pointer('partnership', 'secondary_ways_of_working', i),
          `Cannot list ${w} again in partnership.secondary_ways_of_working: it is ${w === p.way_of_working ? 'the primary way_of_working' : 'already listed'}, expected each way of working once`,
        ),
      );
    seen.add(w);
  });
}

/**
 * An association signing with its committee's authority and two named officers is one whose execution
 * block names them, their authority and their personal liability: the advice this warning asks for is
 * then in the agreement itself.
 */
function needsAdviceOnAuthority(member: RuleContext['spec']['members'][number]): boolean {
  return (
    member.legal_form === 'unincorporated_association' &&
    (member.authorised_signatory.authority_basis !== 'committee_resolution' || member.second_signatory === undefined)
  );
}

/** R51–R55 (R47 covers R51's signatory half; R54's signature part is in the signature rules) and R60. */
export function checkStructure(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkStakeholders(context, findings);
  checkGroups(context, findings);
  checkWorkAreas(context, findings);
  if (context.binding)
    for (const id of context.active)
      if (needsAdviceOnAuthority(context.members.get(id)!.member))
        findings.push(
          warning(
            'R54',
            memberPointer(context, id, 'legal_form'),
            `Cannot limit the liability of ${memberWords(context, id)}: it is an unincorporated association party to a binding agreement, expected advice on committee authority`,
            {
              subject: 'Parties and signing',
              text: `${memberName(context, id)} is an unincorporated association and cannot contract in its own name: the individuals who sign for it may be personally liable, so take advice on its committee’s authority.`,
            },
            "Its committee members or officers may be personally liable for the association's obligations.",
          ),
        );
  checkDocuments(context, findings);
  checkWaysOfWorking(context, findings);
  return findings;
}
