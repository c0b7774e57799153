/**
 * The typed operations a drafted addendum proposes (draft/index.ts): a member joining or leaving, a new
 * lead, an allocation, a target, the term, a clause's text, each read from the difference of two specs.
 */
import { isDeepStrictEqual } from 'node:util';
import type { AddendumSpec, PartnershipSpec } from '../../spec/index.js';

/** One operation of an addendum's `changes`. */
export type Op = AddendumSpec['changes'][number];
type Member = PartnershipSpec['members'][number];

/** The typed operations the difference between the specs suggests. */
export function typedOperations(old: PartnershipSpec, next: PartnershipSpec): Op[] {
  const ops: Op[] = [];
  const oldMembers = new Map(old.members.map((m) => [m.id, m]));
  const allocation = (spec: PartnershipSpec, id: string) =>
    (spec.funding?.allocations ?? []).find((a) => a.member_id === id);
  for (const member of next.members) {
    if (oldMembers.has(member.id) || member.status !== 'active') continue;
    const share = allocation(next, member.id);
    ops.push({
      op: 'admit_member',
      member: member as unknown as Record<string, never>,
      voting_seat: next.governance.decision_body.voting_member_ids.includes(member.id),
      work_area_ids: (next.work_areas ?? []).filter((w) => w.contributor_ids?.includes(member.id)).map((w) => w.id),
      ...(share
        ? { allocation: { amount: share.amount, ...(share.by_period ? { by_period: { ...share.by_period } } : {}) } }
        : {}),
      instrument: 'deed_of_adherence',
    } as Op);
  }
  for (const member of next.members) {
    const was = oldMembers.get(member.id);
    if (!was || was.status !== 'active') continue;
    if (member.status === 'withdrawn' || member.status === 'expelled') ops.push(departure(old, next, member));
  }
  const oldLead = old.members.find((m) => m.is_lead_partner && m.status === 'active');
  const newLead = next.members.find((m) => m.is_lead_partner && m.status === 'active');
  if (oldLead && newLead && oldLead.id !== newLead.id) {
    ops.push({ op: 'change_lead_partner', from_member_id: oldLead.id, to_member_id: newLead.id });
  }
  for (const row of next.funding?.allocations ?? []) {
    const was = allocation(old, row.member_id);
    if (!was || !oldMembers.has(row.member_id) || isDeepStrictEqual(was, row)) continue;
    ops.push({
      op: 'set_allocation',
      member_id: row.member_id,
      amount: row.amount,
      ...(row.by_period ? { by_period: { ...row.by_period } } : {}),
    });
  }
  const oldKpis = new Map((old.performance?.kpis ?? []).map((k) => [k.id, k]));
  for (const kpi of next.performance?.kpis ?? []) {
    const was = oldKpis.get(kpi.id);
    if (was && was.target !== kpi.target && typeof kpi.target === 'number') {
      ops.push({ op: 'set_kpi_target', kpi_id: kpi.id, target: kpi.target });
    }
  }
  const end = next.partnership.term.end_date;
  if (end && end !== old.partnership.term.end_date && !next.partnership.term.open_ended) {
    ops.push({ op: 'extend_term', new_end_date: end });
  }
  const oldClauses = old.custom_clauses ?? [];
  for (const clause of next.custom_clauses ?? []) {
    if (!clause.replaces || oldClauses.some((c) => isDeepStrictEqual(c, clause))) continue;
    ops.push({
      op: 'replace_clause',
      clause_key: clause.replaces,
      id: clause.id,
      ...(clause.title === undefined ? {} : { title: clause.title }),
      text: clause.text,
    });
  }
  return ops;
}

function departure(old: PartnershipSpec, next: PartnershipSpec, member: Member): Op {
  const had = (old.funding?.allocations ?? []).find((a) => a.member_id === member.id);
  // The allocation went to whichever member's grew by exactly as much.
  const to = had
    ? (next.funding?.allocations ?? []).find((row) => {
        const was = (old.funding?.allocations ?? []).find((a) => a.member_id === row.member_id);
        return was && Number(row.amount) - Number(was.amount) === Number(had.amount);
      })?.member_id
    : undefined;
  const leads = Object.fromEntries(
    (old.work_areas ?? []).flatMap((area) => {
      const now = (next.work_areas ?? []).find((w) => w.id === area.id);
      return area.lead_member_id === member.id && now?.lead_member_id ? [[area.id, now.lead_member_id]] : [];
    }),
  );
  const reallocation = {
    ...(Object.keys(leads).length > 0 ? { work_area_leads: leads } : {}),
    ...(to === undefined ? {} : { allocation_to: to }),
  };
  return {
    op: member.status === 'expelled' ? 'expel_member' : 'withdraw_member',
    member_id: member.id,
    ...(member.left_date ? { effective_date: member.left_date } : {}),
    ...(Object.keys(reallocation).length > 0 ? { reallocation } : {}),
  };
}
