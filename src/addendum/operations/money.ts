/**
 * Funding and targets (DOMAIN §2.4, 6d): a member's allocation, the contingency, the management fee,
 * the total and funders' amounts, a KPI's target and members' shares of it. Whether the figures still
 * balance is for the consolidated spec's rules (R25–R28) to say, located at the operation.
 */
import type {
  SetAllocationOp,
  SetContingencyOp,
  SetKpiTargetOp,
  SetManagementFeeOp,
  SetMemberTargetOp,
  SetTotalAmountOp,
} from '../../spec/index.js';
import { listAt, objectAt, objects, problem, section, touch, type OpContext } from './context.js';

/** Applies one `set_allocation`: the member's row changes, or a new row is added. */
export function setAllocation(context: OpContext, op: SetAllocationOp): void {
  const funding = objectAt(context.spec, 'funding');
  const allocations = listAt(funding, 'allocations');
  const rows = objects(allocations);
  let index = rows.findIndex((row) => row.member_id === op.member_id);
  if (index === -1) {
    index = allocations.length;
    allocations.push({ member_id: op.member_id, work_area_ids: [...(op.work_area_ids ?? [])], amount: op.amount });
  }
  const row = objects(allocations)[index]!;
  row.amount = op.amount;
  if (op.by_period) row.by_period = { ...op.by_period };
  if (op.work_area_ids) row.work_area_ids = [...op.work_area_ids];
  context.members.push(op.member_id);
  touch(context, `/funding/allocations/${index}`);
}

/** Applies one `set_contingency`. */
export function setContingency(context: OpContext, op: SetContingencyOp): void {
  const contingency = objectAt(objectAt(context.spec, 'funding'), 'contingency');
  contingency.amount = op.amount;
  if (op.by_period) contingency.by_period = { ...op.by_period };
  touch(context, '/funding/contingency');
}

/** Applies one `set_management_fee`. */
export function setManagementFee(context: OpContext, op: SetManagementFeeOp): void {
  const funding = section(context.spec, 'funding');
  const fee = section(funding ?? {}, 'management_fee');
  if (!fee) {
    problem(
      context,
      '',
      'Cannot set the management fee: the agreement has none, expected `funding.management_fee` in the base spec (add one with a `set` operation)',
    );
    return;
  }
  fee.amount = op.amount;
  if (op.rate_percent !== undefined) fee.rate_percent = op.rate_percent;
  if (op.by_period) fee.by_period = { ...op.by_period };
  touch(context, '/funding/management_fee');
}

/** Applies one `set_total_amount`, with any funders' and periods' new amounts. */
export function setTotalAmount(context: OpContext, op: SetTotalAmountOp): void {
  const funding = objectAt(context.spec, 'funding');
  funding.total_amount = op.amount;
  touch(context, '/funding/total_amount');
  const funders = objects(funding.funders);
  for (const [id, amount] of Object.entries(op.funder_amounts ?? {})) {
    const k = funders.findIndex((f) => f.id === id);
    if (k === -1)
      problem(context, `/funder_amounts/${id}`, `Cannot set funder \`${id}\`'s amount: no funder has that id`);
    else {
      funders[k]!.amount = amount;
      touch(context, `/funding/funders/${k}/amount`, `/funder_amounts/${id}`);
    }
  }
  const periods = objects(funding.periods);
  for (const [label, amount] of Object.entries(op.period_amounts ?? {})) {
    const k = periods.findIndex((p) => p.label === label);
    if (k === -1)
      problem(
        context,
        `/period_amounts/${label}`,
        `Cannot set period "${label}"'s amount: no funding period has that label`,
      );
    else {
      periods[k]!.amount = amount;
      touch(context, `/funding/periods/${k}/amount`, `/period_amounts/${label}`);
    }
  }
}

/** Applies one `set_kpi_target`. */
export function setKpiTarget(context: OpContext, op: SetKpiTargetOp): void {
  const kpis = objects(section(context.spec, 'performance')?.kpis);
  const k = kpis.findIndex((kpi) => kpi.id === op.kpi_id);
  if (k === -1) {
    problem(
      context,
      '/kpi_id',
      `Cannot set the target of \`${op.kpi_id}\`: no KPI has that id, expected one of ${kpis.map((kpi) => `\`${String(kpi.id)}\``).join(', ') || 'none'}`,
    );
    return;
  }
  kpis[k]!.target = op.target;
  touch(context, `/performance/kpis/${k}/target`, '/target');
}

/** Applies one `set_member_target`: the KPI's member shares are replaced. */
export function setMemberTarget(context: OpContext, op: SetMemberTargetOp): void {
  const performance = objectAt(context.spec, 'performance');
  if (!objects(performance.kpis).some((kpi) => kpi.id === op.kpi_id)) {
    problem(context, '/kpi_id', `Cannot set members' targets for \`${op.kpi_id}\`: no KPI has that id`);
    return;
  }
  const list = listAt(performance, 'member_targets');
  let k = objects(list).findIndex((entry) => entry.kpi_id === op.kpi_id);
  if (k === -1) {
    k = list.length;
    list.push({ kpi_id: op.kpi_id, targets: {} });
  }
  objects(list)[k]!.targets = { ...op.targets };
  touch(context, `/performance/member_targets/${k}`, '');
}
