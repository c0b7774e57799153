/**
 * Every place in a spec where one item names another by id, with the kind of thing it must name.
 *
 * R02 resolves each of them; keeping the list in one file means a new reference field is added
 * once and checked everywhere. Paths follow DOMAIN.md §3.3.
 */

import type { PartnershipSpec } from '../types.gen.js';

/** What a reference must resolve to. */
export type ReferenceTarget =
  'member' | 'stakeholder' | 'group' | 'work_area' | 'objective' | 'kpi' | 'funder' | 'group_or_body';

/**
 * One reference: where it is (path segments, turned into a pointer only when reported), what it says and what it must
 * name.
 */
export interface Reference {
  path: readonly (string | number)[];
  id: string;
  target: ReferenceTarget;
  /** Set where R51 (stakeholders cannot vote or be allocated funds) speaks for a stakeholder id. */
  stakeholderRule?: 'R51';
}

type Push = (target: ReferenceTarget, id: unknown, ...path: (string | number)[]) => void;

function each(
  list: readonly unknown[] | undefined | null,
  target: ReferenceTarget,
  push: Push,
  ...path: (string | number)[]
): void {
  list?.forEach((id, i) => push(target, id, ...path, i));
}

function keysOf(map: object | undefined | null, push: Push, skip: string, ...path: string[]): void {
  if (map === undefined || map === null) return;
  for (const key of Object.keys(map)) if (key !== skip) push('member', key, ...path, key);
}

/** All references in the spec, in document order. Map keys that are member ids point at the key's value. */
export function collectReferences(spec: PartnershipSpec): Reference[] {
  const found: Reference[] = [];
  const push: Push = (target, id, ...path) => {
    if (typeof id === 'string') found.push({ path, id, target });
  };
  const r51 = (): void => {
    const last = found[found.length - 1];
    if (last !== undefined) last.stakeholderRule = 'R51';
  };
  const { partnership: p, governance: g } = spec;
  push('member', spec.meta.prepared_by_member, 'meta', 'prepared_by_member');
  push('funder', p.related_contract?.funder_id, 'partnership', 'related_contract', 'funder_id');
  push('member', p.bid_phase?.bid_lead_member_id, 'partnership', 'bid_phase', 'bid_lead_member_id');
  spec.members.forEach((m, i) =>
    push('member', m.due_diligence?.checked_by_member_id, 'members', i, 'due_diligence', 'checked_by_member_id'),
  );
  spec.stakeholders?.forEach((s, i) =>
    s.engagement.forEach((e, j) => push('group', e.group_id, 'stakeholders', i, 'engagement', j, 'group_id')),
  );

  g.decision_body.voting_member_ids.forEach((id, i) => {
    push('member', id, 'governance', 'decision_body', 'voting_member_ids', i);
    r51();
  });
  g.decision_body.observers?.forEach((o, i) =>
    push('stakeholder', o.stakeholder_id, 'governance', 'decision_body', 'observers', i, 'stakeholder_id'),
  );
  push('member', g.chair.initial_holder_member_id, 'governance', 'chair', 'initial_holder_member_id');
  push('member', g.vice_chair?.initial_holder_member_id, 'governance', 'vice_chair', 'initial_holder_member_id');
  each(g.quorum.must_include_member_ids, 'member', push, 'governance', 'quorum', 'must_include_member_ids');
  for (const key of Object.keys(g.voting.weights ?? {})) {
    push('member', key, 'governance', 'voting', 'weights', key);
    r51();
  }

  const mg = spec.management;
  push('member', mg?.coordinator?.employer_member_id, 'management', 'coordinator', 'employer_member_id');
  push('member', mg?.secretariat.host_member_id, 'management', 'secretariat', 'host_member_id');
  const opMembers = mg?.operational_group?.members;
  if (Array.isArray(opMembers)) each(opMembers, 'member', push, 'management', 'operational_group', 'members');

  spec.advisory_groups?.forEach((a, i) => {
    each(a.member_ids, 'member', push, 'advisory_groups', i, 'member_ids');
    each(a.member_stakeholder_ids, 'stakeholder', push, 'advisory_groups', i, 'member_stakeholder_ids');
    push('member', a.facilitated_by_member_id, 'advisory_groups', i, 'facilitated_by_member_id');
  });

  const lp = spec.lead_partner;
  push('member', lp?.member_id, 'lead_partner', 'member_id');
  for (const [role, holders] of Object.entries(lp?.role_holders ?? {})) {
    if (Array.isArray(holders)) each(holders, 'member', push, 'lead_partner', 'role_holders', role);
    else push('member', holders, 'lead_partner', 'role_holders', role);
  }

  spec.work_areas?.forEach((w, i) => {
    push('member', w.lead_member_id, 'work_areas', i, 'lead_member_id');
    each(w.contributor_ids, 'member', push, 'work_areas', i, 'contributor_ids');
    each(w.objective_ids, 'objective', push, 'work_areas', i, 'objective_ids');
  });

  const f = spec.funding;
  push('member', f?.accountable_body_member_id, 'funding', 'accountable_body_member_id');
  push('member', f?.management_fee?.recipient_member_id, 'funding', 'management_fee', 'recipient_member_id');
  push('member', f?.contingency?.held_by_member_id, 'funding', 'contingency', 'held_by_member_id');
  f?.allocations?.forEach((a, i) => {
    push('member', a.member_id, 'funding', 'allocations', i, 'member_id');
    r51();
    each(a.work_area_ids, 'work_area', push, 'funding', 'allocations', i, 'work_area_ids');
  });

  const rm = spec.risk_management;
  push('member', rm?.register.maintained_by_member_id, 'risk_management', 'register', 'maintained_by_member_id');
  rm?.initial_risks?.forEach((r, i) =>
    push('member', r.owner_member_id, 'risk_management', 'initial_risks', i, 'owner_member_id'),
  );
  push('member', rm?.issue_log.maintained_by_member_id, 'risk_management', 'issue_log', 'maintained_by_member_id');

  spec.performance?.kpis?.forEach((k, i) => {
    each(k.responsible_member_ids, 'member', push, 'performance', 'kpis', i, 'responsible_member_ids');
    push('objective', k.objective_id, 'performance', 'kpis', i, 'objective_id');
  });
  spec.performance?.member_targets?.forEach((t, i) => {
    push('kpi', t.kpi_id, 'performance', 'member_targets', i, 'kpi_id');
    keysOf(t.targets, push, '', 'performance', 'member_targets', String(i), 'targets');
  });

  const dp = spec.data_protection;
  dp.purposes?.forEach((pu, i) =>
    keysOf(pu.art6_basis, push, 'all_members', 'data_protection', 'purposes', String(i), 'art6_basis'),
  );
  keysOf(dp.data_protection_leads, push, 'all_members', 'data_protection', 'data_protection_leads');
  push(
    'member',
    spec.safeguarding?.partnership_safeguarding_lead_member_id,
    'safeguarding',
    'partnership_safeguarding_lead_member_id',
  );
  spec.referrals?.services?.forEach((s, i) => push('member', s.member_id, 'referrals', 'services', i, 'member_id'));
  push('group_or_body', spec.complaints?.themes_reported_to, 'complaints', 'themes_reported_to');
  each(spec.communications?.speak_on_behalf, 'member', push, 'communications', 'speak_on_behalf');
  spec.signatures.signatories.forEach((s, i) =>
    push('member', s.member_id, 'signatures', 'signatories', i, 'member_id'),
  );
  return found;
}
