/**
 * Schedule 4's tables: each member's allocation per period, the management fee, the contingency and
 * the totals, all summed in pence.
 *
 * Columns follow `funding.periods` in order; a row's figure for a period it has no entry for is £0.00.
 * Totals are computed here, not copied from the spec, so the table always adds up as printed.
 */
import type { ViewContext } from './context.js';
import { formatDate } from './dates.js';
import type { MoneyFormat } from './money.js';
import { label } from './labels.js';
import { joinAnd } from './lists.js';
import { penceOf, sumPence } from '../../spec/index.js';

/** One row of the allocation table. */
export interface AllocationRow {
  /** The member id of an allocation, `management-fee` or `contingency`, which keys its table row. */
  id: string;
  name: string;
  /** Work areas the allocation funds, joined; "" for the fee and contingency rows. */
  workAreas: string;
  /** One figure per period column. */
  amounts: string[];
  total: string;
}

/** One funding period. */
export interface PeriodView {
  label: string;
  startDate: string;
  endDate: string;
  amount: string;
}

/** Schedule 4. */
export interface AllocationTableView {
  /** Period labels, one per column. */
  columns: string[];
  /** Member rows, then the fee and contingency rows when they apply. */
  rows: AllocationRow[];
  /** Column totals and the grand total. */
  totals: AllocationRow;
  periods: PeriodView[];
  /** Σ member allocations, formatted. */
  allocationsTotal: string;
  /** Allocations not paid as fixed amounts: "Amari Sisters Collective: unit rate of £250.00", joined; or null. */
  variableBases: string | null;
}

const orNull = (text: string): string | null => (text === '' ? null : text);

type ByPeriod = Readonly<Record<string, string>> | null | undefined;

/** The sum of Money strings, printed; absent entries count as zero. */
function totalOf(money: MoneyFormat, values: readonly (string | null | undefined)[]): string {
  return money.pounds(sumPence(values.map((v) => (v ? penceOf(v) : undefined))));
}

function row(
  money: MoneyFormat,
  id: string,
  name: string,
  workAreas: string,
  columns: readonly string[],
  byPeriod: ByPeriod,
  amount: string,
): AllocationRow {
  return {
    id,
    name,
    workAreas,
    amounts: columns.map((c) => money.pounds(byPeriod?.[c] ? penceOf(byPeriod[c]) : 0)),
    total: money.format(amount),
  };
}

/**
 * Build the allocation table, or null when the partnership is not funded.
 * @param ctx the view context
 */
export function buildAllocationTable(ctx: ViewContext): AllocationTableView | null {
  const funding = ctx.spec.funding;
  if (!ctx.when.funded || !funding) return null;
  const periods = funding.periods ?? [];
  const columns = periods.map((p) => p.label);
  const areaNames = new Map((ctx.spec.work_areas ?? []).map((w) => [w.id, w.name]));
  const allocations = funding.allocations ?? [];
  const rows = allocations.map((a) =>
    row(
      ctx.money,
      a.member_id,
      ctx.names.member(a.member_id),
      (a.work_area_ids ?? []).map((id) => areaNames.get(id) ?? id).join('; '),
      columns,
      a.by_period,
      a.amount,
    ),
  );
  const extra: { id: string; name: string; byPeriod: ByPeriod; amount: string }[] = [];
  const fee = funding.management_fee;
  if (ctx.when.management_fee && fee?.amount)
    extra.push({ id: 'management-fee', name: 'Management fee', byPeriod: fee.by_period, amount: fee.amount });
  const contingency = funding.contingency;
  if (ctx.when.contingency && contingency)
    extra.push({ id: 'contingency', name: 'Contingency', byPeriod: contingency.by_period, amount: contingency.amount });
  for (const e of extra) rows.push(row(ctx.money, e.id, e.name, '', columns, e.byPeriod, e.amount));
  const sources = [...allocations.map((a) => ({ byPeriod: a.by_period as ByPeriod, amount: a.amount })), ...extra];
  return {
    columns,
    rows,
    totals: {
      id: 'total',
      name: 'Total',
      workAreas: '',
      amounts: columns.map((c) =>
        totalOf(
          ctx.money,
          sources.map((s) => s.byPeriod?.[c]),
        ),
      ),
      total: totalOf(
        ctx.money,
        sources.map((s) => s.amount),
      ),
    },
    periods: periods.map((p) => ({
      label: p.label,
      startDate: formatDate(p.start_date),
      endDate: formatDate(p.end_date),
      amount: ctx.money.format(p.amount),
    })),
    allocationsTotal: totalOf(
      ctx.money,
      allocations.map((a) => a.amount),
    ),
    variableBases: orNull(
      joinAnd(
        allocations
          .filter((a) => a.basis && a.basis !== 'fixed')
          .map(
            (a) =>
              `${ctx.names.member(a.member_id)}: ${label('allocation_basis', a.basis)}${a.unit_rate ? ` of ${ctx.money.format(a.unit_rate)} a unit` : ''}`,
          ),
      ),
    ),
  };
}
