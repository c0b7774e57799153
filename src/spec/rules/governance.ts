/**
 * Decision-body rules: voting seats are exactly the active key decision makers (R13); the quorum
 * resolves to between 2 and the number of seats (R14); chair and vice-chair are eligible and
 * different (R15); the ordinary voting rule can always reach a decision (R16, R68).
 */

import { error, warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import { memberWords, type RuleContext } from './rule-context.js';
import { resolveQuorum } from '../quorum.js';

function checkSeats(context: RuleContext, findings: Finding[]): void {
  const body = context.spec.governance.decision_body;
  const seen = new Set<string>();
  body.voting_member_ids.forEach((id, i) => {
    const at = pointer('governance', 'decision_body', 'voting_member_ids', i);
    if (seen.has(id))
      findings.push(
        error(
          'R13',
          at,
          `Cannot list ${id} twice in governance.decision_body.voting_member_ids, expected each voting member once (seats_per_member sets the number of seats)`,
        ),
      );
    seen.add(id);
    const member = context.members.get(id)?.member;
    if (member !== undefined && member.status === 'active' && member.partnership_role !== 'key_decision_maker')
      findings.push(
        error(
          'R13',
          at,
          `Cannot give a vote to ${memberWords(context, id)}: its partnership_role is ${member.partnership_role}, expected only key decision makers to vote`,
          'Consultees and informed parties are heard, not counted; make the member a key_decision_maker or remove it from voting_member_ids.',
        ),
      );
  });
  const missing = [...context.keyDecisionMakers].filter((id) => !seen.has(id));
  if (missing.length > 0)
    findings.push(
      error(
        'R13',
        pointer('governance', 'decision_body', 'voting_member_ids'),
        `Cannot leave ${missing.join(', ')} without a vote: governance.decision_body.voting_member_ids lacks active key decision makers, expected every one of them to have a seat`,
      ),
    );
  body.observers?.forEach((o, i) => {
    if ((o.voting as boolean | undefined) === true)
      findings.push(
        error(
          'R13',
          pointer('governance', 'decision_body', 'observers', i, 'voting'),
          `Cannot give observer ${i} a vote: governance.decision_body.observers[${i}].voting is true, expected false`,
        ),
      );
  });
}

function checkQuorum(context: RuleContext, findings: Finding[]): void {
  const q = context.spec.governance.quorum;
  const seats = context.votingSeats;
  const quorum = resolveQuorum(q.type, q.value, q.rounding, seats);
  const how =
    q.type === 'count' ? `${quorum}` : `${quorum} (${q.value} × ${seats} seats, rounded ${q.rounding ?? 'up'})`;
  if (quorum < 2 || quorum > seats)
    findings.push(
      error(
        'R14',
        pointer('governance', 'quorum', 'value'),
        `Cannot reach a quorum of ${how}: the decision body has ${seats} voting seat(s), expected ${seats < 2 ? 'at least 2 voting seats' : seats === 2 ? 'a quorum of 2' : `a quorum between 2 and ${seats}`}`,
        quorum < 2
          ? 'A decision needs at least two organisations present.'
          : 'A quorum larger than the seats can never be met.',
      ),
    );
  q.must_include_member_ids?.forEach((id, i) => {
    if (context.active.has(id) && !context.keyDecisionMakers.has(id))
      findings.push(
        error(
          'R14',
          pointer('governance', 'quorum', 'must_include_member_ids', i),
          `Cannot require ${memberWords(context, id)} for the quorum: it has no vote, expected a voting member`,
        ),
      );
  });
}

function checkChairs(context: RuleContext, findings: Finding[]): void {
  const g = context.spec.governance;
  const holders: [string, string][] = [];
  for (const role of ['chair', 'vice_chair'] as const) {
    const office = g[role];
    const holder = office?.initial_holder_member_id;
    if (office === undefined || holder === undefined) continue;
    const at = pointer('governance', role, 'initial_holder_member_id');
    const independent = office.selection === 'independent_appointed' || office.eligible === 'independent';
    if (independent)
      findings.push(
        error(
          'R15',
          at,
          `Cannot name member ${holder} as an independent ${role}: governance.${role} is independent, expected no initial_holder_member_id`,
        ),
      );
    else if (context.active.has(holder) && !context.keyDecisionMakers.has(holder))
      findings.push(
        error(
          'R15',
          at,
          `Cannot make ${memberWords(context, holder)} ${role}: it has no vote, expected a voting member's representative`,
        ),
      );
    else if (office.eligible === 'voting_members_except_lead' && holder === context.leadId)
      findings.push(
        error(
          'R15',
          at,
          `Cannot make the lead partner ${holder} ${role}: governance.${role}.eligible is voting_members_except_lead, expected another voting member`,
        ),
      );
    else if (
      office.selection === 'lead_partner_ex_officio' &&
      context.leadId !== undefined &&
      holder !== context.leadId
    )
      findings.push(
        error(
          'R15',
          at,
          `Cannot make ${holder} ${role} ex officio: the lead partner is ${context.leadId}, expected the lead partner`,
        ),
      );
    holders.push([role, holder]);
    if (office.selection === 'lead_partner_ex_officio' && office.eligible === 'voting_members_except_lead')
      findings.push(
        error(
          'R15',
          pointer('governance', role, 'eligible'),
          `Cannot choose the ${role} ex officio from the lead partner while governance.${role}.eligible is voting_members_except_lead, expected one of the two to change`,
        ),
      );
  }
  if (holders.length === 2 && holders[0]![1] === holders[1]![1])
    findings.push(
      error(
        'R15',
        pointer('governance', 'vice_chair', 'initial_holder_member_id'),
        `Cannot make ${holders[0]![1]} both chair and vice-chair, expected two different members`,
      ),
    );
}

function checkVoting(context: RuleContext, findings: Finding[]): void {
  const { voting, chair } = context.spec.governance;
  if (voting.method === 'consensus') {
    if (voting.consensus_fallback === undefined)
      findings.push(
        error(
          'R16',
          pointer('governance', 'voting', 'method'),
          'Cannot decide by consensus without governance.voting.consensus_fallback, expected a fallback for when consensus fails',
        ),
      );
    else if (voting.consensus_fallback === 'none')
      findings.push(
        warning(
          'R16',
          pointer('governance', 'voting', 'consensus_fallback'),
          'Cannot break a deadlock: governance.voting.consensus_fallback is none, expected a fallback vote',
          {
            subject: 'Governance and decisions',
            text: 'Decisions are made by consensus with no vote if consensus fails, so one Partner can block any decision: consider a two-thirds majority as a fallback.',
          },
          'Without a fallback one member can block any decision; consider two_thirds_majority.',
        ),
      );
    else if (voting.consensus_fallback === 'chair_casting_vote' && chair.casting_vote !== true)
      findings.push(
        error(
          'R68',
          pointer('governance', 'chair', 'casting_vote'),
          "Cannot fall back on the chair's casting vote: governance.chair.casting_vote is not true, expected true when governance.voting.consensus_fallback is chair_casting_vote",
        ),
      );
  }
  if (voting.method === 'unanimity')
    findings.push(
      warning(
        'R16',
        pointer('governance', 'voting', 'method'),
        'Cannot rely on unanimity for ordinary decisions without deadlock risk: governance.voting.method is unanimity, expected a majority or consensus rule',
        {
          subject: 'Governance and decisions',
          text: 'Every ordinary decision needs every Voting Partner’s agreement, which risks deadlock: consider consensus with a majority fallback, keeping unanimity for reserved matters.',
        },
        'Keep unanimity for reserved matters and use consensus with a majority fallback for ordinary business.',
      ),
    );
  if (voting.method === 'weighted') {
    const weights: Record<string, number> = voting.weights ?? {};
    for (const id of context.keyDecisionMakers) {
      const weight = weights[id];
      if (weight === undefined || !(weight > 0))
        findings.push(
          error(
            'R16',
            weight === undefined
              ? pointer('governance', 'voting', 'weights')
              : pointer('governance', 'voting', 'weights', id),
            `Cannot weigh the vote of ${memberWords(context, id)}: governance.voting.weights gives it ${weight ?? 'no weight'}, expected a weight above 0 for every voting member`,
          ),
        );
    }
  }
}

/** R13–R16 and R68. */
export function checkGovernance(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkSeats(context, findings);
  checkQuorum(context, findings);
  checkChairs(context, findings);
  checkVoting(context, findings);
  return findings;
}
