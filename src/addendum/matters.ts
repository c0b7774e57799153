/**
 * Which reserved matter each operation needs a decision on (DOMAIN §3.5's operation table), and which
 * members an addendum is about (their own vote does not count under "unanimity excluding affected").
 */
import type { AddendumSpec, PartnershipSpec } from '../spec/index.js';

type Op = AddendumSpec['changes'][number];

/** The reserved matter an operation needs, or null for an ordinary decision (targets). */
function matterOf(op: Op, base: PartnershipSpec): string | null {
  switch (op.op) {
    case 'admit_member':
      return 'admit_member';
    case 'expel_member':
      return 'expel_member';
    case 'suspend_member':
    case 'reinstate_member':
      return 'suspend_member';
    case 'change_lead_partner':
      return 'change_lead_partner';
    case 'set_allocation':
    case 'set_contingency':
    case 'set_total_amount':
      return 'change_allocations';
    case 'set_management_fee':
      return 'change_management_fee';
    case 'extend_term':
      return 'extend_term';
    case 'set_kpi_target':
    case 'set_member_target':
      return null;
    case 'withdraw_member':
    case 'replace_clause':
    case 'set':
    case 'unset':
    case 'add_to_list':
    case 'remove_from_list':
      return base.change_management.variation.decision;
  }
}

/** Each matter the addendum needs decided, with the operations that need it, in order of first need. */
export function mattersOf(addendum: AddendumSpec, base: PartnershipSpec): Map<string, string[]> {
  const needed = new Map<string, string[]>();
  for (const op of addendum.changes) {
    const matter = matterOf(op, base);
    if (matter === null) continue;
    const ops = needed.get(matter) ?? [];
    if (!ops.includes(op.op)) ops.push(op.op);
    needed.set(matter, ops);
  }
  // Moving a leaving member's allocation changes allocations.
  const moved = addendum.changes.filter(
    (op) => (op.op === 'withdraw_member' || op.op === 'expel_member') && op.reallocation?.allocation_to !== undefined,
  );
  if (moved.length > 0) {
    const ops = needed.get('change_allocations') ?? [];
    for (const op of moved) if (!ops.includes(op.op)) ops.push(op.op);
    needed.set('change_allocations', ops);
  }
  // A new lead that also becomes the accountable body changes that too.
  const lead = addendum.changes.find((op) => op.op === 'change_lead_partner');
  const reserved = base.governance.reserved_matters?.some((r) => r.matter === 'change_accountable_body');
  if (lead && reserved && base.funding?.accountable_body_member_id === lead.from_member_id) {
    needed.set('change_accountable_body', ['change_lead_partner']);
  }
  return needed;
}

/** The members the addendum's withdrawals, expulsions and suspensions are about. */
export function affectedMembers(addendum: AddendumSpec): string[] {
  return addendum.changes.flatMap((op) =>
    op.op === 'withdraw_member' || op.op === 'expel_member' || op.op === 'suspend_member' ? [op.member_id] : [],
  );
}
