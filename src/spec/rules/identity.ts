/**
 * Identity rules: ids are unique across every namespace and members' names are unique (R01);
 * every reference resolves to an item of the right kind, and member references to an active
 * member (R02).
 */

import { closest } from 'fastest-levenshtein';
import { collectReferences, type Reference, type ReferenceTarget } from './collect-references.js';
import { error, type Finding } from './finding.js';
import { fieldPath, pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

const NAMESPACES = [
  ['members', (c: RuleContext) => c.spec.members],
  ['stakeholders', (c: RuleContext) => c.spec.stakeholders],
  ['advisory_groups', (c: RuleContext) => c.spec.advisory_groups],
  ['work_areas', (c: RuleContext) => c.spec.work_areas],
  ['partnership/objectives', (c: RuleContext) => c.spec.partnership.objectives],
  ['performance/kpis', (c: RuleContext) => c.spec.performance?.kpis],
  ['risk_management/initial_risks', (c: RuleContext) => c.spec.risk_management?.initial_risks],
  ['funding/funders', (c: RuleContext) => c.spec.funding?.funders],
] as const;

/** Every id in the spec with the namespace and index of its first use. */
function idIndex(context: RuleContext, findings: Finding[]): Map<string, { index: number; namespace: string }> {
  const seen = new Map<string, { index: number; namespace: string }>();
  const idPointer = (namespace: string, index: number): string => pointer(...namespace.split('/'), index, 'id');
  for (const [namespace, list] of NAMESPACES) {
    list(context)?.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first === undefined) {
        seen.set(item.id, { index: i, namespace });
        return;
      }
      const at = idPointer(namespace, i);
      findings.push(
        error(
          'R01',
          at,
          `Cannot reuse id "${item.id}" at ${fieldPath(at)}: ${fieldPath(idPointer(first.namespace, first.index))} already has it, expected every id to be unique across the spec`,
          'Ids name members, stakeholders, groups, work areas, objectives, KPIs, risks and funders in one namespace, so a reference is never ambiguous; rename one of them.',
        ),
      );
    });
  }
  return seen;
}

function uniqueNames(context: RuleContext, findings: Finding[]): void {
  for (const field of ['legal_name', 'short_name'] as const) {
    const seen = new Map<string, number>();
    context.spec.members.forEach((m, i) => {
      const name = m[field];
      if (typeof name !== 'string') return;
      const key = name.trim().toLowerCase();
      const first = seen.get(key);
      if (first === undefined) seen.set(key, i);
      else
        findings.push(
          error(
            'R01',
            pointer('members', i, field),
            `Cannot tell members apart: members[${i}].${field} "${name}" repeats members[${first}].${field}, expected each member's ${field} to be unique`,
          ),
        );
    });
  }
}

const TARGET_WORDS: Readonly<Record<ReferenceTarget, string>> = {
  member: 'a member',
  stakeholder: 'a stakeholder',
  group: 'an advisory group',
  work_area: 'a work area',
  objective: 'an objective',
  kpi: 'a KPI',
  funder: 'a funder',
  group_or_body: 'an advisory group (or decision_body)',
};

const TARGET_NAMESPACE: Readonly<Record<ReferenceTarget, readonly string[]>> = {
  member: ['members'],
  stakeholder: ['stakeholders'],
  group: ['advisory_groups'],
  work_area: ['work_areas'],
  objective: ['partnership/objectives'],
  kpi: ['performance/kpis'],
  funder: ['funding/funders'],
  group_or_body: ['advisory_groups', 'members'],
};

function resolve(
  context: RuleContext,
  ref: Reference,
  ids: Map<string, { namespace: string }>,
  findings: Finding[],
): void {
  if (ref.target === 'group_or_body' && ref.id === 'decision_body') return;
  const at = (): string => pointer(...ref.path);
  const wanted = TARGET_NAMESPACE[ref.target];
  const found = ids.get(ref.id);
  if (found === undefined || !wanted.includes(found.namespace)) {
    if (ref.stakeholderRule !== undefined && context.stakeholders.has(ref.id)) return;
    const candidates = [...ids].filter(([, v]) => wanted.includes(v.namespace)).map(([k]) => k);
    const elsewhere =
      found === undefined ? 'no item has that id' : `it names an item of ${found.namespace.replace('/', '.')}`;
    findings.push(
      error(
        'R02',
        at(),
        `Cannot resolve ${fieldPath(at())} "${ref.id}": ${elsewhere}, expected the id of ${TARGET_WORDS[ref.target]}`,
        candidates.length > 0 ? `Did you mean "${closest(ref.id, candidates)}"?` : undefined,
      ),
    );
    return;
  }
  if (ref.target === 'member' && !context.active.has(ref.id)) {
    const status = context.members.get(ref.id)?.member.status ?? 'unknown';
    findings.push(
      error(
        'R02',
        at(),
        `Cannot refer to member "${ref.id}" at ${fieldPath(at())}: its status is ${status}, expected an active member`,
        'Only active members can hold roles, seats, funds or signatures; set the member to active or name another member.',
      ),
    );
  }
}

/** R01 and R02. */
export function checkIdentity(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const ids = idIndex(context, findings);
  uniqueNames(context, findings);
  for (const ref of collectReferences(context.spec)) resolve(context, ref, ids, findings);
  return findings;
}
