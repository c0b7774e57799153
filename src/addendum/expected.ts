/**
 * `expected_after`: figures the partners state the consolidated spec must show, each recomputed from it
 * (R48). A mismatch names both figures, so whichever is wrong can be put right.
 */
import {
  formatPounds,
  resolveQuorum,
  sumPence,
  toPence,
  type AddendumSpec,
  type PartnershipSpec,
} from '../spec/index.js';
import type { Precondition } from './preconditions.js';

/** The figures of a consolidated spec that `expected_after` can state. */
export function figuresOf(spec: PartnershipSpec): Record<string, number> {
  const funding = spec.funding;
  const seats =
    spec.governance.decision_body.voting_member_ids.length * (spec.governance.decision_body.seats_per_member ?? 1);
  const quorum = spec.governance.quorum;
  return {
    member_count: spec.members.filter((m) => m.status === 'active').length,
    total_amount: toPence(funding?.total_amount) ?? 0,
    sum_allocations: sumPence((funding?.allocations ?? []).map((a) => toPence(a.amount))),
    management_fee: funding?.management_fee?.applies === false ? 0 : (toPence(funding?.management_fee?.amount) ?? 0),
    contingency: toPence(funding?.contingency?.amount) ?? 0,
    quorum_seats: resolveQuorum(quorum.type, quorum.value, quorum.rounding, seats),
  };
}

const MONEY = new Set(['total_amount', 'sum_allocations', 'management_fee', 'contingency']);

/** Each stated figure that the consolidated spec does not show. */
export function checkExpected(addendum: AddendumSpec, spec: PartnershipSpec): Precondition[] {
  const stated = addendum.expected_after;
  if (!stated) return [];
  const actual = figuresOf(spec);
  const found: Precondition[] = [];
  for (const [field, value] of Object.entries(stated)) {
    const money = MONEY.has(field);
    const want = money ? (toPence(String(value)) ?? 0) : Number(value);
    const got = actual[field];
    if (got === undefined || got === want) continue;
    const show = (n: number): string => (money ? formatPounds(n) : String(n));
    found.push({
      pointer: `/expected_after/${field}`,
      message: `Cannot confirm \`expected_after.${field}\`: it states ${show(want)}, but the consolidated spec gives ${show(got)}`,
    });
  }
  return found;
}
