/**
 * The funders and the main contract, for the recitals, definitions and funding section.
 */
import type { ViewContext } from './context.js';
import { nameAtSentenceStart } from './names.js';
import { formatDateOrNull } from './dates.js';
import { label } from './labels.js';
import { mainContractHoldsAllFunding } from '../../spec/index.js';

/** One funder. */
export interface FunderView {
  name: string;
  /** "central government". */
  type: string;
  /** "grant agreement". */
  agreementType: string;
  /** The funder's reference, or "not given" (a table cell is never left blank). */
  reference: string;
  amount: string;
  /** "1 April 2026 to 31 March 2029", "from 1 April 2026", or "not given". */
  period: string;
}

/** The main contract between the lead (or all members) and a funder. */
export interface RelatedContractView {
  title: string;
  /** The funder's name in running text, or null. */
  funder: string | null;
  /** The same, to start a sentence ("The London Borough of …"). */
  funderAtStart: string | null;
  reference: string | null;
  /** "the Procurement Act 2023", or null. */
  procurementRegime: string | null;
  startDate: string | null;
  endDate: string | null;
}

const NOT_GIVEN = 'not given';

function period(start: string | null, end: string | null): string {
  if (start !== null && end !== null) return `${start} to ${end}`;
  if (start !== null) return `from ${start}`;
  return end !== null ? `until ${end}` : NOT_GIVEN;
}

/**
 * Describe the funders, in spec order, for the funders table of the funding schedule.
 * @param ctx the view context
 */
export function buildFunders(ctx: ViewContext): FunderView[] {
  return (ctx.spec.funding?.funders ?? []).map((f) => ({
    name: f.name,
    type: label('funder_type', f.type, 'funder'),
    agreementType: label('agreement_type', f.agreement_type, 'funding agreement'),
    reference: f.reference ?? NOT_GIVEN,
    amount: ctx.money.format(f.amount),
    period: period(formatDateOrNull(f.start_date), formatDateOrNull(f.end_date)),
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
    funder: funder ? ctx.names.funder(funder.id) : null,
    funderAtStart: funder ? nameAtSentenceStart(ctx.names.funder(funder.id)) : null,
    reference: c.reference ?? null,
    procurementRegime: c.procurement_regime ? label('procurement_regime', c.procurement_regime) : null,
    startDate: formatDateOrNull(c.main_contract_start),
    endDate: formatDateOrNull(c.main_contract_end),
  };
}

/** The partnership's agreement with its funders, under the one defined term every clause uses. */
export interface FunderContractView {
  /**
   * "Main Contract" where the main contract carries all the funding, else "Funding Agreement" (which,
   * beside a main contract, includes it and each other funder's agreement).
   */
  term: 'Main Contract' | 'Funding Agreement';
}

/**
 * Decide once what the documents call the agreement with the funder, so that one document never
 * calls the same contract by two names.
 * @param ctx the view context
 */
export function buildFunderContract(ctx: ViewContext): FunderContractView {
  return { term: mainContractHoldsAllFunding(ctx.spec) ? 'Main Contract' : 'Funding Agreement' };
}
