/**
 * The spec-level facts that both the rules and the documents ask of a partnership: is it funded, is
 * it run by a lead, is it binding, and at what stage the agreement is made. Each is decided here
 * once, so a rule and a clause never disagree, nor one clause with another.
 */
import { CONTRACT_AGREEMENTS, LEAD_MODELS } from '../tables/index.js';
import type { Nation } from '../tables/index.js';
import type { PartnershipSpec } from '../types.gen.js';

/** The partnership has shared funding (`funding.has_funding`). */
export function isFunded(spec: PartnershipSpec): boolean {
  return spec.funding?.has_funding === true;
}

/** The structure is a lead model: lead agency, managing agent or managing provider. */
export function isLeadModel(spec: PartnershipSpec): boolean {
  return LEAD_MODELS.has(spec.partnership.structure_model);
}

/** The agreement is wholly legally binding (`partnership.agreement_status`). */
export function isBinding(spec: PartnershipSpec): boolean {
  return spec.partnership.agreement_status === 'legally_binding';
}

/**
 * Where the agreement stands towards the work it is made for: the partners are still bidding; a
 * contract has been awarded; a grant has been made; or no money and no main contract are involved.
 */
export type AgreementStage = 'bid' | 'contract' | 'grant' | 'unfunded';

/**
 * What the award is, or will be if a bid succeeds: a contract or a grant, or null when the
 * partnership has neither a main contract nor funding. The main contract decides where there is
 * one (its funder's `agreement_type`, else how it was let); otherwise any funder that contracts for
 * services (a contract, an SLA, a spot purchase) makes it a contract.
 */
export function awardKind(spec: PartnershipSpec): 'contract' | 'grant' | null {
  const main = spec.partnership.related_contract;
  const funders = spec.funding?.funders ?? [];
  if (main !== undefined) {
    const type = funders.find((f) => f.id === main.funder_id)?.agreement_type;
    if (type !== undefined) return CONTRACT_AGREEMENTS.has(type) ? 'contract' : 'grant';
    return main.procurement_regime === 'grant_not_procured' ? 'grant' : 'contract';
  }
  if (!isFunded(spec)) return null;
  return funders.some((f) => CONTRACT_AGREEMENTS.has(f.agreement_type ?? '')) ? 'contract' : 'grant';
}

/**
 * The stage the agreement is made at, which every recital, clause and schedule follows: a bid while
 * `partnership.bid_phase` is given (nothing is awarded yet, whatever the funders' entries say),
 * otherwise what was awarded (`awardKind`), otherwise `unfunded`.
 */
export function agreementStage(spec: PartnershipSpec): AgreementStage {
  if (spec.partnership.bid_phase !== undefined) return 'bid';
  return awardKind(spec) ?? 'unfunded';
}

const NATIONS: readonly Nation[] = ['england', 'wales', 'scotland', 'northern_ireland'];

/**
 * The nations the partnership works in, as `partnership.geography` names them, or null when it does not
 * say (no nation named, or "uk"): a document then covers every nation its law reaches.
 */
export function nationsWorkedIn(spec: PartnershipSpec): Nation[] | null {
  const geography = spec.partnership.geography ?? [];
  if (geography.includes('uk')) return null;
  const nations = NATIONS.filter((n) => geography.includes(n));
  return nations.length > 0 ? nations : null;
}

/** Which of the seed's outer tiers the partnership has, among its stakeholders or its Partners. */
export interface OuterTiers {
  /** Someone is consulted for advice and views. */
  consultees: boolean;
  /** Someone is kept informed. */
  informedParties: boolean;
}

/**
 * The outer tiers the partnership has: a clause that speaks to consultees or informed parties prints
 * only for a tier that someone holds, as a non-signatory stakeholder or as a non-voting Partner.
 */
export function outerTiers(spec: PartnershipSpec): OuterTiers {
  const holds = (role: string): boolean =>
    (spec.stakeholders ?? []).some((s) => s.partnership_role === role) ||
    spec.members.some((m) => m.partnership_role === role);
  return { consultees: holds('consultee'), informedParties: holds('informed_party') };
}

/**
 * The partnership has an agreement with a funder: a main contract, or funding (which comes under a
 * funding agreement). Without one, no document speaks of the Main Contract or the Funding Agreement.
 */
export function hasFunderContract(spec: PartnershipSpec): boolean {
  return spec.partnership.related_contract !== undefined || isFunded(spec);
}

/**
 * The partnership's funding all comes under its main contract: there is a main contract and no
 * funder other than the main contract's. The documents then have one agreement with a funder, the
 * Main Contract, and never call it a Funding Agreement as well.
 */
export function mainContractHoldsAllFunding(spec: PartnershipSpec): boolean {
  const main = spec.partnership.related_contract;
  if (main === undefined) return false;
  return !isFunded(spec) || (spec.funding?.funders ?? []).every((f) => f.id === main.funder_id);
}
