/**
 * The spec-level facts that both the rules and the documents ask of a partnership: is it funded, is
 * it run by a lead, is it binding. Each is decided here once, so a rule and a clause never disagree.
 */
import { LEAD_MODELS } from '../tables/index.js';
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
