/**
 * Reserved-matter rules: every reserved threshold is at least as strict as the ordinary rule, a
 * binding agreement reserves the matters its model needs, and every change procedure names a
 * reserved matter (R17); decisions outside meetings cannot bypass unanimity (R18).
 */

import {
  CONSENSUS_FALLBACK_RANK,
  DECIDED_CHANGES,
  FUNDED_RESERVED_MATTERS,
  REQUIRED_RESERVED_MATTERS,
  THRESHOLD_RANK,
  THRESHOLD_WORDS,
  UNANIMOUS_THRESHOLDS,
  VOTING_METHOD_RANK,
  type StructureModel,
  type Threshold,
} from '../tables/index.js';
import { toCalendarDays } from '../values/durations.js';
import { error, warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** The ordinary rule's rank and how to name it. */
function ordinaryRule(context: RuleContext): { rank: number; words: string } {
  const { method, consensus_fallback: fallback } = context.spec.governance.voting;
  if (method === 'consensus') {
    const f = fallback ?? 'none';
    return { rank: CONSENSUS_FALLBACK_RANK[f] ?? 0, words: `consensus falling back on ${THRESHOLD_WORDS[f] ?? f}` };
  }
  return { rank: VOTING_METHOD_RANK[method] ?? 0, words: THRESHOLD_WORDS[method] ?? method };
}

function checkThresholds(context: RuleContext, findings: Finding[]): void {
  const { governance: g, partnership: p } = context.spec;
  const ordinary = ordinaryRule(context);
  const reserved = new Set<string>();
  (g.reserved_matters ?? []).forEach((rm, i) => {
    reserved.add(rm.matter);
    const rank = THRESHOLD_RANK[rm.threshold as Threshold];
    if (rank < ordinary.rank)
      findings.push(
        error(
          'R17',
          pointer('governance', 'reserved_matters', i, 'threshold'),
          `Cannot reserve ${rm.matter} at ${THRESHOLD_WORDS[rm.threshold]}: the ordinary rule is ${ordinary.words}, expected a reserved matter to need at least as much agreement`,
        ),
      );
  });
  if (context.binding) {
    // No lead partner, no change of lead to reserve.
    const wanted = [
      ...REQUIRED_RESERVED_MATTERS[p.structure_model as StructureModel].filter(
        (m) => m !== 'change_lead_partner' || context.leadId !== undefined,
      ),
      ...(context.funded ? FUNDED_RESERVED_MATTERS : []),
    ];
    const missing = wanted.filter((m) => !reserved.has(m));
    if (missing.length > 0)
      findings.push(
        warning(
          'R17',
          pointer('governance', 'reserved_matters'),
          `Cannot protect members in a binding agreement: governance.reserved_matters lacks ${missing.join(', ')}, expected them reserved to the decision body`,
          {
            subject: 'Governance and decisions',
            text: `Some decisions that protect every Partner are not reserved matters (${missing.map((m) => m.replaceAll('_', ' ')).join(', ')}): consider reserving them, for example to unanimity.`,
          },
          'Without them an ordinary vote could vary the agreement or change its membership; add each with a threshold such as unanimity.',
        ),
      );
  }
  const changes: Partial<Record<(typeof DECIDED_CHANGES)[number], { decision?: string }>> =
    context.spec.change_management;
  for (const section of DECIDED_CHANGES) {
    const decision = changes[section]?.decision;
    if (decision !== undefined && !reserved.has(decision))
      findings.push(
        error(
          'R17',
          pointer('change_management', section, 'decision'),
          `Cannot decide change_management.${section} by ${decision}: it is not in governance.reserved_matters, expected a reserved matter`,
          `Add {matter: ${decision}, threshold: …} to governance.reserved_matters.`,
        ),
      );
  }
}

function checkOutsideMeetings(context: RuleContext, findings: Finding[]): void {
  const g = context.spec.governance;
  const written = g.decisions_outside_meetings;
  if (written.allowed !== true) return;
  const base = ['governance', 'decisions_outside_meetings'];
  if (written.response_window === undefined || !(toCalendarDays(written.response_window) > 0))
    findings.push(
      error(
        'R18',
        pointer(...base, 'response_window'),
        'Cannot run a written decision without time to respond: governance.decisions_outside_meetings.response_window is not positive, expected a Duration above 0',
      ),
    );
  if (written.threshold !== 'unanimity') {
    const excluded = new Set<string>([
      ...(written.excluded_matters ?? []),
      ...(written.reserved_by_unanimous_written_consent ?? []),
    ]);
    const exposed = (g.reserved_matters ?? [])
      .filter((rm) => UNANIMOUS_THRESHOLDS.has(rm.threshold) && !excluded.has(rm.matter))
      .map((rm) => rm.matter);
    if (exposed.length > 0)
      findings.push(
        error(
          'R18',
          pointer(...base, 'excluded_matters'),
          `Cannot decide ${exposed.join(', ')} in writing at ${written.threshold === 'same_as_meeting' || written.threshold === undefined ? 'the meeting threshold' : (THRESHOLD_WORDS[written.threshold] ?? written.threshold)}: they are reserved to unanimity, expected them in governance.decisions_outside_meetings.excluded_matters`,
          'Or list them in reserved_by_unanimous_written_consent, so that a written decision on them needs every member.',
        ),
      );
  }
  if (written.record_in_next_minutes !== true)
    findings.push(
      warning(
        'R18',
        pointer(...base, 'record_in_next_minutes'),
        'Cannot trace decisions made outside meetings: governance.decisions_outside_meetings.record_in_next_minutes is not true, expected them recorded in the next minutes',
        {
          subject: 'Governance and decisions',
          text: 'Decisions made outside meetings are not recorded in the minutes of the next meeting: consider recording them, so that every decision can be traced.',
        },
      ),
    );
}

/** R17 and R18. */
export function checkDecisions(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkThresholds(context, findings);
  checkOutsideMeetings(context, findings);
  return findings;
}
