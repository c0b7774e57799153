/**
 * A change of lead partner (6c), the term (6e) and a clause's text (6f).
 */
import type { ChangeLeadPartnerOp, ExtendTermOp, ReplaceClauseOp } from '../../spec/index.js';
import { listAt, memberOf, objectAt, objects, problem, section, touch, type OpContext } from './context.js';

/** Applies one `change_lead_partner`: the flag, the lead-partner section, and the money roles it held. */
export function changeLeadPartner(context: OpContext, op: ChangeLeadPartnerOp): void {
  const { spec } = context;
  const from = memberOf(spec, op.from_member_id);
  const to = memberOf(spec, op.to_member_id);
  if (!from || from.is_lead_partner !== true) {
    problem(
      context,
      '/from_member_id',
      `Cannot change the lead partner from \`${op.from_member_id}\`: it is not the lead partner`,
    );
    return;
  }
  if (!to) {
    problem(context, '/to_member_id', `Cannot make \`${op.to_member_id}\` the lead partner: no member has that id`);
    return;
  }
  context.members.push(op.to_member_id);
  const members = objects(spec.members);
  from.is_lead_partner = false;
  to.is_lead_partner = true;
  touch(context, `/members/${members.indexOf(from)}/is_lead_partner`, '/from_member_id');
  touch(context, `/members/${members.indexOf(to)}/is_lead_partner`, '/to_member_id');
  const lead = objectAt(spec, 'lead_partner');
  lead.member_id = op.to_member_id;
  touch(context, '/lead_partner', '');
  if (op.roles) lead.roles = [...op.roles];
  const roles = Array.isArray(lead.roles) ? (lead.roles as string[]) : [];
  // A role the new lead now holds is no longer held by others.
  const holders = section(lead, 'role_holders');
  for (const role of roles) if (holders) delete holders[role];
  const funding = section(spec, 'funding');
  if (funding?.accountable_body_member_id === op.from_member_id && roles.includes('accountable_body')) {
    funding.accountable_body_member_id = op.to_member_id;
    touch(context, '/funding/accountable_body_member_id', '/to_member_id');
  }
  const fee = section(funding ?? {}, 'management_fee');
  if (fee?.recipient_member_id === op.from_member_id && roles.includes('accountable_body')) {
    fee.recipient_member_id = op.to_member_id;
    touch(context, '/funding/management_fee/recipient_member_id', '/to_member_id');
  }
}

/** Applies one `extend_term`. */
export function extendTerm(context: OpContext, op: ExtendTermOp): void {
  const term = objectAt(objectAt(context.spec, 'partnership'), 'term');
  term.end_date = op.new_end_date;
  term.open_ended = false;
  touch(context, '/partnership/term', '/new_end_date');
}

/** The id a replacing clause takes when the operation gives none: `amended-<clause>`, made a valid Id. */
export function replacingId(clauseKey: string): string {
  const slug = clauseKey.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
  return `amended-${slug}`.slice(0, 40).replace(/-+$/, '');
}

/** Applies one `replace_clause`: a custom clause replacing the clause (or the one that already does). */
export function replaceClause(context: OpContext, op: ReplaceClauseOp): void {
  const list = listAt(context.spec, 'custom_clauses');
  const clauses = objects(list);
  const clause: Record<string, unknown> = { id: op.id ?? replacingId(op.clause_key), replaces: op.clause_key };
  if (op.title !== undefined) clause.title = op.title;
  clause.text = op.text;
  const k = clauses.findIndex((c) => c.replaces === op.clause_key);
  const at = k === -1 ? list.length : k;
  list[at] = clause;
  touch(context, `/custom_clauses/${at}/replaces`, '/clause_key');
  touch(context, `/custom_clauses/${at}`, '');
}
