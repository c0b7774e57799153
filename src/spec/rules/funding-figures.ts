/**
 * The funding figures in pence, read once for the money rules: total, allocations, management fee
 * and contingency (which defaults to £0.00), and the fee a percentage basis implies.
 */

import type { PartnershipSpec } from '../types.gen.js';
import { percentOf, sumPence, toPence } from '../values/money.js';

/** Funding amounts in pence; undefined where the spec does not give a figure. */
export interface FundingFigures {
  total: number | undefined;
  allocations: number;
  /** The management fee as stated (0 when no fee applies). */
  fee: number;
  contingency: number;
  /** The fee the basis and rate imply, for percentage bases. */
  impliedFee: number | undefined;
  /** The base a percentage fee is taken from, in pence. */
  feeBase: number | undefined;
}

/** Read the funding section's figures. */
export function fundingFigures(spec: PartnershipSpec): FundingFigures {
  const f = spec.funding;
  const allocations = sumPence((f?.allocations ?? []).map((a) => toPence(a.amount)));
  const total = toPence(f?.total_amount);
  const fee = f?.management_fee;
  const applies = fee?.applies === true;
  let feeBase: number | undefined;
  if (applies && fee?.basis === 'percentage_of_total') feeBase = total;
  else if (applies && fee?.basis === 'percentage_of_delivery_allocations') feeBase = allocations;
  const impliedFee =
    feeBase !== undefined && typeof fee?.rate_percent === 'number' ? percentOf(feeBase, fee.rate_percent) : undefined;
  return {
    total,
    allocations,
    fee: applies ? (toPence(fee?.amount) ?? impliedFee ?? 0) : 0,
    contingency: toPence(f?.contingency?.amount) ?? 0,
    impliedFee,
    feeBase,
  };
}
