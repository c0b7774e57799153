/**
 * The Addendum's changes told as before and after (funding, targets, the term), replaced clauses, and
 * any other change by path, in words.
 */
import { formatMoney, type PartnershipSpec } from '../../../spec/index.js';
import type { ViewContext } from '../context.js';
import { formatDate } from '../dates.js';
import { idOf, legalName, type Op } from './operations.js';

/** Where a clause the addendum replaces stood in the agreement before it. */
export interface ReplacedClause {
  /** "clause 9.4", or null when the clause is not in the agreement as composed. */
  number: string | null;
  /** The clause's heading in the agreement, or null. */
  title: string | null;
}

/** A row of a before/after table. */
export interface ChangeRow {
  item: string;
  before: string;
  after: string;
}

/** 6f: a clause replaced. */
export interface ClauseChangeView {
  /** Its clause's id: the replaced clause's key. */
  id: string;
  /** "Clause 9.4 (Payment) of the Agreement", or the clause's id when the agreement does not hold it. */
  where: string;
  title: string | null;
  paragraphs: string[];
}

/** The term extended: its end before and after, and by what mechanism. */
export interface TermChangeView {
  before: string;
  after: string;
  mechanism: string | null;
}

/** A change made by a path (`set`, `add_to_list`…), in words. */
export interface GenericChangeView {
  /** Its clause's id: the operation and the path it changes. */
  id: string;
  text: string;
}

/** The operations that change the funding, after which the Addendum restates the allocations. */
export const FUNDING_OPS = new Set(['set_allocation', 'set_contingency', 'set_management_fee', 'set_total_amount']);

const MECHANISMS: Readonly<Record<string, string>> = {
  funder_extension_of_main_contract: 'following the Funder’s extension of the Main Contract',
  mutual_agreement: 'by agreement of all the Partners',
};

// An addendum's figures are printed with pence: it restates amounts of the agreement exactly.
export const money = (value: string | null | undefined): string => (value ? formatMoney(value) : '£0.00');

/** Each allocation, the fee, the contingency and the total: before and after, every row that changed. */
export function fundingRows(
  base: PartnershipSpec,
  next: PartnershipSpec,
  was: ViewContext,
  is: ViewContext,
): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const amountOf = (spec: PartnershipSpec, id: string): string | null =>
    (spec.funding?.allocations ?? []).find((a) => a.member_id === id)?.amount ?? null;
  const ids = [
    ...new Set([...(base.funding?.allocations ?? []), ...(next.funding?.allocations ?? [])].map((a) => a.member_id)),
  ];
  for (const id of ids) {
    const name = is.spec.members.some((m) => m.id === id) ? legalName(next, id) : was.names.member(id);
    rows.push({ item: `Allocation: ${name}`, before: money(amountOf(base, id)), after: money(amountOf(next, id)) });
  }
  const fee = (spec: PartnershipSpec): string | null =>
    spec.funding?.management_fee?.applies === false ? null : (spec.funding?.management_fee?.amount ?? null);
  rows.push({ item: 'Management fee', before: money(fee(base)), after: money(fee(next)) });
  rows.push({
    item: 'Contingency',
    before: money(base.funding?.contingency?.amount),
    after: money(next.funding?.contingency?.amount),
  });
  rows.push({
    item: 'Total Funding',
    before: money(base.funding?.total_amount),
    after: money(next.funding?.total_amount),
  });
  return rows.filter((row) => row.before !== row.after || row.item === 'Total Funding');
}

/** A row for each KPI target, or Partners' shares of one, an operation sets. */
export function targetRows(ops: readonly Op[], base: PartnershipSpec, next: PartnershipSpec): ChangeRow[] {
  const kpi = (spec: PartnershipSpec, id: string) => (spec.performance?.kpis ?? []).find((k) => k.id === id);
  const shares = (spec: PartnershipSpec, id: string): string => {
    const entry = (spec.performance?.member_targets ?? []).find((t) => t.kpi_id === id);
    const list = Object.entries(entry?.targets ?? {}).map(([m, n]) => `${legalName(spec, m)} ${n}`);
    return list.length > 0 ? list.join('; ') : 'none';
  };
  return ops.flatMap((op): ChangeRow[] => {
    if (op.op === 'set_kpi_target') {
      const name = kpi(next, op.kpi_id)?.name ?? op.kpi_id;
      const was = kpi(base, op.kpi_id)?.target;
      return [{ item: `Target: ${name}`, before: was === undefined ? 'none' : String(was), after: String(op.target) }];
    }
    if (op.op === 'set_member_target') {
      const name = kpi(next, op.kpi_id)?.name ?? op.kpi_id;
      return [{ item: `Partners' shares: ${name}`, before: shares(base, op.kpi_id), after: shares(next, op.kpi_id) }];
    }
    return [];
  });
}

/** The term's end before and after, when an operation extends it. */
export function termChange(ops: readonly Op[], base: PartnershipSpec): TermChangeView | null {
  const op = ops.findLast((o) => o.op === 'extend_term');
  if (!op || op.op !== 'extend_term') return null;
  const end = base.partnership.term.end_date;
  return {
    before: end ? formatDate(end) : 'no fixed end date',
    after: formatDate(op.new_end_date),
    mechanism: op.mechanism ? (MECHANISMS[op.mechanism] ?? null) : null,
  };
}

/** 6f: a clause replaced. */
export function clauseChange(
  op: Extract<Op, { op: 'replace_clause' }>,
  places: ReadonlyMap<string, ReplacedClause>,
): ClauseChangeView {
  const place = places.get(op.clause_key);
  const heading = place?.title ? ` (${place.title})` : '';
  const where = place?.number
    ? `${place.number.charAt(0).toUpperCase()}${place.number.slice(1)}${heading} of the Agreement`
    : `The provision of the Agreement known as "${op.clause_key}"${heading}`;
  return {
    id: idOf(op.clause_key),
    where,
    title: op.title ?? null,
    paragraphs: op.text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== ''),
  };
}

/** A change made by a path, in words. */
export function genericText(op: Extract<Op, { op: 'set' | 'unset' | 'add_to_list' | 'remove_from_list' }>): string {
  const path = op.path;
  switch (op.op) {
    case 'set':
      return `The entry at ${path} of the Agreement's particulars is set to ${describe(op.value)}.`;
    case 'unset':
      return `The entry at ${path} of the Agreement's particulars is removed.`;
    case 'add_to_list':
      return `${describe(op.value)} is added to the list at ${path} of the Agreement's particulars.`;
    case 'remove_from_list':
      return `${describe(op.value)} is removed from the list at ${path} of the Agreement's particulars.`;
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
