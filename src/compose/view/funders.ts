/**
 * The funders and the main contract, for the recitals, definitions and funding section.
 */
import type { ViewContext } from './context.js';
import { formatDateOrNull } from './dates.js';
import { label } from './labels.js';
import { formatMoney } from '../../spec/index.js';

/** One funder. */
export interface FunderView {
  name: string;
  /** "central government". */
  type: string;
  /** "grant agreement". */
  agreementType: string;
  reference: string | null;
  amount: string;
  startDate: string | null;
  endDate: string | null;
}

/** The main contract between the lead (or all members) and a funder. */
export interface RelatedContractView {
  title: string;
  funder: string | null;
  reference: string | null;
  /** "the Procurement Act 2023", or null. */
  procurementRegime: string | null;
  startDate: string | null;
  endDate: string | null;
}

/**
 * Describe the funders, in spec order.
 * @param ctx the view context
 */
export function buildFunders(ctx: ViewContext): FunderView[] {
  return (ctx.spec.funding?.funders ?? []).map((f) => ({
    name: f.name,
    type: label('funder_type', f.type, 'funder'),
    agreementType: label('agreement_type', f.agreement_type, 'funding agreement'),
    reference: f.reference ?? null,
    amount: formatMoney(f.amount),
    startDate: formatDateOrNull(f.start_date),
    endDate: formatDateOrNull(f.end_date),
  }));
}

/**
 * Describe the main contract, or null when there is none.
 * @param ctx the view context
 */
export function buildRelatedContract(ctx: ViewContext): RelatedContractView | null {
  const c = ctx.spec.partnership.related_contract;
  if (!c) return null;
  const funder = (ctx.spec.funding?.funders ?? []).find((f) => f.id === c.funder_id);
  return {
    title: c.title,
    funder: funder ? funder.name : null,
    reference: c.reference ?? null,
    procurementRegime: c.procurement_regime ? label('procurement_regime', c.procurement_regime) : null,
    startDate: formatDateOrNull(c.main_contract_start),
    endDate: formatDateOrNull(c.main_contract_end),
  };
}
