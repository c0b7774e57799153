/**
 * Applies each operation of an addendum, in order, to the consolidated spec.
 */
import type { AddendumSpec } from '../../spec/index.js';
import { admitMember } from './admit.js';
import type { OpContext } from './context.js';
import { removeMember, suspendOrReinstate } from './departure.js';
import { applyGeneric } from './generic.js';
import { changeLeadPartner, extendTerm, replaceClause } from './lead-term-clause.js';
import {
  setAllocation,
  setContingency,
  setKpiTarget,
  setManagementFee,
  setMemberTarget,
  setTotalAmount,
} from './money.js';

export type { Json, OpContext, OpProblem, Touch } from './context.js';
export { DOCUMENT_CONTROL } from './context.js';
export { replacingId } from './lead-term-clause.js';

/** Applies one operation. */
export function applyOperation(context: OpContext, op: AddendumSpec['changes'][number]): void {
  switch (op.op) {
    case 'admit_member':
      return admitMember(context, op);
    case 'withdraw_member':
    case 'expel_member':
      return removeMember(context, op);
    case 'suspend_member':
    case 'reinstate_member':
      return suspendOrReinstate(context, op);
    case 'change_lead_partner':
      return changeLeadPartner(context, op);
    case 'set_allocation':
      return setAllocation(context, op);
    case 'set_contingency':
      return setContingency(context, op);
    case 'set_management_fee':
      return setManagementFee(context, op);
    case 'set_total_amount':
      return setTotalAmount(context, op);
    case 'set_kpi_target':
      return setKpiTarget(context, op);
    case 'set_member_target':
      return setMemberTarget(context, op);
    case 'extend_term':
      return extendTerm(context, op);
    case 'replace_clause':
      return replaceClause(context, op);
    case 'set':
    case 'unset':
    case 'add_to_list':
    case 'remove_from_list':
      return applyGeneric(context, op);
    default:
      return ((never: never) => never)(op);
  }
}
