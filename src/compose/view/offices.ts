/**
 * The chair and vice-chair: how each is chosen, for how long, from whom, and who holds it first.
 */
import type { PartnershipSpec } from '../../spec/index.js';
import type { ViewContext } from './context.js';
import { label } from './labels.js';
import { countOf } from './numbers.js';

/** One office of the decision body. */
export interface OfficeView {
  /** "elected each year by the voting members". */
  selection: string;
  /** "12 months", or null. */
  term: string | null;
  /** "the representatives of the voting members", or null. */
  eligible: string | null;
  /** The member whose representative holds the office first, or null. */
  firstHolder: string | null;
}

/**
 * Describe an office.
 * @param ctx the view context
 * @param office the spec's chair or vice_chair
 */
export function buildOffice(ctx: ViewContext, office: PartnershipSpec['governance']['chair']): OfficeView {
  return {
    selection: label('chair_selection', office.selection, 'chosen by the Voting Partners'),
    term: typeof office.term_months === 'number' ? countOf(office.term_months, 'month') : null,
    eligible: office.eligible ? label('chair_eligible', office.eligible) : null,
    firstHolder: office.initial_holder_member_id ? ctx.names.member(office.initial_holder_member_id) : null,
  };
}
