/**
 * Members leaving or pausing: `withdraw_member` and `expel_member` mark the member withdrawn or
 * expelled (its entry stays, with its leaving date: the record of who was a party) and remove every
 * place the spec names it, moving its work and money where `reallocation` says; whatever still names
 * it afterwards is reported, field by field. `suspend_member` takes its vote away; `reinstate_member`
 * gives it back.
 */
import type { ExpelMemberOp, ReinstateMemberOp, SuspendMemberOp, WithdrawMemberOp } from '../../spec/index.js';
import { formatPounds, toPence } from '../../spec/index.js';
import { fieldOf, referencesTo } from './references.js';
import { listAt, memberOf, objectAt, objects, problem, section, touch, type Json, type OpContext } from './context.js';

type Departure = WithdrawMemberOp | ExpelMemberOp;

function removeFrom(list: unknown, id: string): void {
  if (!Array.isArray(list)) return;
  for (let i = list.length - 1; i >= 0; i--) if (list[i] === id) list.splice(i, 1);
}

function addMoney(a: unknown, b: unknown): string {
  return formatPounds((toPence(String(a)) ?? 0) + (toPence(String(b)) ?? 0)).replace(/[£,]/g, '');
}

/** Moves the member's allocation (amount and each period's) onto another member's or the contingency. */
function reallocate(context: OpContext, id: string, to: string): void {
  const funding = section(context.spec, 'funding');
  const allocations = objects(funding?.allocations);
  const index = allocations.findIndex((row) => row.member_id === id);
  if (!funding || index === -1) return;
  const from = allocations[index]!;
  let target: Json | undefined;
  let at: string;
  if (to === 'contingency') {
    target = objectAt(funding, 'contingency');
    target.amount ??= '0.00';
    at = '/funding/contingency';
  } else {
    const k = allocations.findIndex((row) => row.member_id === to);
    if (k === -1) {
      problem(
        context,
        '/reallocation/allocation_to',
        `Cannot move \`${id}\`'s allocation to \`${to}\`: that member has no allocation, expected a member with one or "contingency"`,
      );
      return;
    }
    target = allocations[k]!;
    at = `/funding/allocations/${k}`;
  }
  target.amount = addMoney(target.amount, from.amount);
  const periods = from.by_period as Record<string, unknown> | undefined;
  if (periods) {
    const into = (target.by_period ??= {}) as Record<string, unknown>;
    for (const [label, amount] of Object.entries(periods)) into[label] = addMoney(into[label] ?? '0.00', amount);
  }
  touch(context, at, '/reallocation/allocation_to');
  listAt(funding, 'allocations').splice(listAt(funding, 'allocations').indexOf(from), 1);
}

/** Applies one `withdraw_member` or `expel_member`. */
export function removeMember(context: OpContext, op: Departure): void {
  const { spec } = context;
  const member = memberOf(spec, op.member_id);
  if (!member) {
    problem(
      context,
      '/member_id',
      `Cannot ${op.op === 'expel_member' ? 'expel' : 'withdraw'} \`${op.member_id}\`: no member has that id`,
    );
    return;
  }
  const id = op.member_id;
  context.members.push(id);
  const index = objects(spec.members).indexOf(member);
  member.status = op.op === 'expel_member' ? 'expelled' : 'withdrawn';
  member.left_date = op.effective_date ?? context.effectiveDate;
  touch(context, `/members/${index}/status`, '/member_id');
  touch(context, `/members/${index}/left_date`, '/member_id');
  const leads = op.reallocation?.work_area_leads ?? {};
  objects(spec.work_areas).forEach((area, k) => {
    removeFrom(area.contributor_ids, id);
    if (area.lead_member_id !== id) return;
    const next = leads[String(area.id)];
    if (next === undefined) return;
    area.lead_member_id = next;
    removeFrom(area.contributor_ids, next);
    touch(context, `/work_areas/${k}/lead_member_id`, `/reallocation/work_area_leads/${String(area.id)}`);
  });
  if (op.reallocation?.allocation_to) reallocate(context, id, op.reallocation.allocation_to);
  dropMentions(spec, id);
  for (const path of referencesTo(spec, id)) {
    problem(
      context,
      '/member_id',
      `Cannot ${op.op === 'expel_member' ? 'expel' : 'withdraw'} \`${id}\` cleanly: \`${fieldOf(path)}\` still refers to it, expected another member there`,
      'Give the work or money a new holder: `reallocation.work_area_leads`, `reallocation.allocation_to`, or a `set` operation for that field.',
    );
  }
}

/** Removes the member from the lists where leaving simply ends its part. */
function dropMentions(spec: Json, id: string): void {
  const governance = section(spec, 'governance');
  removeFrom(section(governance ?? {}, 'decision_body')?.voting_member_ids, id);
  removeFrom(section(governance ?? {}, 'quorum')?.must_include_member_ids, id);
  for (const group of objects(spec.advisory_groups)) removeFrom(group.member_ids, id);
  const performance = section(spec, 'performance');
  for (const kpi of objects(performance?.kpis)) removeFrom(kpi.responsible_member_ids, id);
  for (const targets of objects(performance?.member_targets)) {
    const map = targets.targets as Record<string, unknown> | undefined;
    if (map) delete map[id];
  }
  const lead = section(spec, 'lead_partner');
  const holders = section(lead ?? {}, 'role_holders');
  for (const [role, held] of Object.entries(holders ?? {})) {
    if (held === id) delete holders![role];
    else removeFrom(held, id);
  }
  removeFrom(section(spec, 'communications')?.speak_on_behalf, id);
  const operational = section(section(spec, 'management') ?? {}, 'operational_group');
  removeFrom(operational?.members, id);
  const signatures = section(spec, 'signatures');
  if (signatures && Array.isArray(signatures.signatories)) {
    signatures.signatories = objects(signatures.signatories).filter((s) => s.member_id !== id);
  }
}

/** Applies one `suspend_member` or `reinstate_member`. */
export function suspendOrReinstate(context: OpContext, op: SuspendMemberOp | ReinstateMemberOp): void {
  const { spec } = context;
  const member = memberOf(spec, op.member_id);
  if (!member) {
    problem(
      context,
      '/member_id',
      `Cannot ${op.op === 'suspend_member' ? 'suspend' : 'reinstate'} \`${op.member_id}\`: no member has that id`,
    );
    return;
  }
  context.members.push(op.member_id);
  const index = objects(spec.members).indexOf(member);
  const voters = listAt(objectAt(objectAt(spec, 'governance'), 'decision_body'), 'voting_member_ids');
  if (op.op === 'suspend_member') {
    member.status = 'suspended';
    removeFrom(voters, op.member_id);
    removeFrom(section(section(spec, 'governance') ?? {}, 'quorum')?.must_include_member_ids, op.member_id);
  } else {
    if (member.status !== 'suspended') {
      problem(
        context,
        '/member_id',
        `Cannot reinstate \`${op.member_id}\`: it is ${String(member.status)}, expected a suspended member`,
      );
      return;
    }
    member.status = 'active';
    if (member.partnership_role === 'key_decision_maker' && !voters.includes(op.member_id)) voters.push(op.member_id);
  }
  touch(context, `/members/${index}/status`, '/member_id');
}
