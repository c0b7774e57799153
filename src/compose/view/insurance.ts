/**
 * Insurance cover (the agreed minimums, or a member's own policies) as rows of type and amount.
 */
import { label } from './labels.js';
import type { MoneyFormat } from './money.js';

const COVER_TYPES = ['public_liability', 'employers_liability', 'professional_indemnity', 'cyber'] as const;

/** One line of cover: "public liability", "£5,000,000.00". */
export interface CoverView {
  type: string;
  amount: string;
}

/**
 * The cover that is given, in the usual order of the four types.
 * @param values Money strings by cover type; absent types are left out
 * @param money how the document prints amounts
 */
export function insuranceCover(
  values: Partial<Record<(typeof COVER_TYPES)[number], string>> | null | undefined,
  money: MoneyFormat,
): CoverView[] {
  return COVER_TYPES.flatMap((t) => {
    const amount = money.orNull(values?.[t]);
    return amount ? [{ type: label('insurance', t), amount }] : [];
  });
}
