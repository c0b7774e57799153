/**
 * Section 28, general provisions that depend on the governing law: courts, third-party-rights
 * statute, counterparts and execution; plus the notice addresses.
 */
import type { ViewContext } from './context.js';
import { label } from './labels.js';

/** The jurisdiction-aware general provisions. */
export interface GeneralView {
  /** "England and Wales". */
  law: string;
  /** "the courts of England and Wales". */
  courts: string;
  /** "exclusive" or "non-exclusive". */
  courtsKind: string;
  thirdPartyStatute: string;
  counterpartsStatute: string | null;
  /** "signature by an authorised signatory of each Partner". */
  executionText: string;
  /** "in ink or electronically". */
  execution: string;
  /** "as defined in section 1 of the Domestic Abuse Act 2021", for the referral protocol's high-risk cases. */
  domesticAbuse: string;
}

/**
 * Describe the general provisions.
 * @param ctx the view context
 */
export function buildGeneral(ctx: ViewContext): GeneralView {
  const { law, spec } = ctx;
  return {
    law: law.name,
    courts: law.courtsText,
    courtsKind: label(
      'courts_kind',
      spec.partnership.courts.endsWith('_non_exclusive') ? 'non_exclusive' : 'exclusive',
    ),
    thirdPartyStatute: law.thirdPartyRightsStatute,
    counterpartsStatute: law.counterpartsStatute,
    executionText: law.executionText,
    execution: label('execution', spec.signatures.execution),
    domesticAbuse: law.domesticAbuseMeaning,
  };
}
