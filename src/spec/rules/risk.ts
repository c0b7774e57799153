/**
 * Risk rule (R33): initial risks are scored within the scale; RAG bands increase and fit within
 * likelihood × impact; the escalation ladder climbs in strictly increasing levels with positive
 * timescales and ends at the decision body or dispute resolution.
 */

import { describeDuration, toCalendarDays } from '../values/durations.js';
import { error, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** Words that show the last rung reaches the decision body or the dispute procedure. */
const TOP_OF_LADDER = /dispute|board|steering|committee|decision body/i;

/** R33. */
export function checkRisk(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const rm = context.spec.risk_management;
  if (rm === undefined) return findings;
  const { scoring, rag, escalate_at_score: escalateAt } = rm.register;
  const likelihoodScale = scoring?.likelihood_scale ?? 5;
  const impactScale = scoring?.impact_scale ?? 5;
  const max = likelihoodScale * impactScale;
  rm.initial_risks?.forEach((r, i) => {
    for (const [key, scale] of [
      ['likelihood', likelihoodScale],
      ['impact', impactScale],
    ] as const)
      if (!(r[key] >= 1 && r[key] <= scale))
        findings.push(
          error(
            'R33',
            pointer('risk_management', 'initial_risks', i, key),
            `Cannot score risk ${r.id} with ${key} ${r[key]}: the ${key} scale runs 1 to ${scale}, expected a score within it`,
          ),
        );
  });
  const bands: [string, number | undefined][] = [
    ['rag.green_max', rag?.green_max],
    ['rag.amber_max', rag?.amber_max],
    ['escalate_at_score', escalateAt],
  ];
  const given = bands.filter((b): b is [string, number] => typeof b[1] === 'number');
  for (let i = 1; i < given.length; i++) {
    const [prevKey, prev] = given[i - 1]!;
    const [key, value] = given[i]!;
    if (!(value > prev))
      findings.push(
        error(
          'R33',
          pointer('risk_management', 'register', ...key.split('.')),
          `Cannot band risks with ${key} ${value}: ${prevKey} is ${prev}, expected green_max < amber_max < escalate_at_score`,
        ),
      );
  }
  const top = given[given.length - 1];
  if (top !== undefined && top[1] > max)
    findings.push(
      error(
        'R33',
        pointer('risk_management', 'register', ...top[0].split('.')),
        `Cannot reach ${top[0]} ${top[1]}: the highest score is ${likelihoodScale} × ${impactScale} = ${max}, expected at most ${max}`,
      ),
    );

  const ladder = rm.escalation_ladder;
  ladder.forEach((rung, i) => {
    const prev = ladder[i - 1];
    if (prev !== undefined && !(rung.level > prev.level))
      findings.push(
        error(
          'R33',
          pointer('risk_management', 'escalation_ladder', i, 'level'),
          `Cannot escalate from level ${prev.level} to level ${rung.level}: risk_management.escalation_ladder levels must strictly increase, expected a level above ${prev.level}`,
        ),
      );
    if (rung.timescale !== undefined && !(toCalendarDays(rung.timescale) > 0))
      findings.push(
        error(
          'R33',
          pointer('risk_management', 'escalation_ladder', i, 'timescale'),
          `Cannot give escalation level ${rung.level} ${describeDuration(rung.timescale)}, expected a timescale above 0`,
        ),
      );
  });
  const last = ladder[ladder.length - 1];
  const bodyName = context.spec.governance.decision_body.name.toLowerCase();
  if (last !== undefined && !TOP_OF_LADDER.test(last.name) && !last.name.toLowerCase().includes(bodyName))
    findings.push(
      error(
        'R33',
        pointer('risk_management', 'escalation_ladder', ladder.length - 1, 'name'),
        `Cannot end the escalation ladder at "${last.name}", expected the last level to be the ${context.spec.governance.decision_body.name} or the dispute resolution procedure`,
      ),
    );
  return findings;
}
