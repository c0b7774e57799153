/**
 * Named conditions: document control, recitals, term, purpose, status, membership and the lead
 * partner (sections 0–9).
 */
import {
  agreementStage,
  hasFunderContract,
  isBinding,
  isFunded,
  isLeadModel,
  mainContractHoldsAllFunding,
} from '../../spec/index.js';
import { type Condition, cond, hasLead, leadRole, present, some } from './condition.js';

/** The fields the agreement's stage is decided from. */
const STAGE_FIELDS = [
  'partnership.bid_phase',
  'partnership.related_contract.funder_id',
  'partnership.related_contract.procurement_regime',
  'funding.has_funding',
  'funding.funders[].id',
  'funding.funders[].agreement_type',
];

/** Conditions of this part of the outline, by name. */
export const DOCUMENT_CONDITIONS = {
  // Document control and recitals
  draft: cond('The spec is a draft', ['meta.status'], (s) => s.meta.status === 'draft'),
  supersedes: cond('The document supersedes an earlier version', ['meta.supersedes'], (s) =>
    present(s.meta.supersedes),
  ),
  short_name: cond('The partnership has a short name', ['partnership.short_name'], (s) =>
    present(s.partnership.short_name),
  ),
  background: cond('Background recitals are given', ['partnership.background'], (s) =>
    present(s.partnership.background),
  ),
  // The stage: one of these three holds, or none when nothing is funded or contracted (values/partnership.ts)
  bid_stage: cond(
    'The agreement is made before the award (bid stage)',
    ['partnership.bid_phase'],
    (s) => agreementStage(s) === 'bid',
  ),
  contract_stage: cond(
    'A contract has been awarded (no bid stage)',
    STAGE_FIELDS,
    (s) => agreementStage(s) === 'contract',
  ),
  grant_stage: cond('A grant has been made (no bid stage)', STAGE_FIELDS, (s) => agreementStage(s) === 'grant'),
  related_contract: cond('A main contract with a funder exists', ['partnership.related_contract'], (s) =>
    present(s.partnership.related_contract),
  ),
  funder_contract: cond(
    'The partnership has an agreement with a funder: a main contract, or funding',
    ['partnership.related_contract', 'funding.has_funding'],
    hasFunderContract,
  ),
  funding_agreements: cond(
    'Funding comes under agreements other than the main contract (the Funding Agreement is defined)',
    ['funding.has_funding', 'partnership.related_contract.funder_id', 'funding.funders[].id'],
    (s) => isFunded(s) && !mainContractHoldsAllFunding(s),
  ),
  lead_principal: cond(
    'The lead partner holds the agreement with the funder as principal (lead models with a main contract or funding)',
    ['partnership.structure_model', 'partnership.related_contract', 'funding.has_funding'],
    (s) => isLeadModel(s) && hasFunderContract(s),
  ),
  bid_exclusivity: cond(
    'The bid partners deal exclusively with each other',
    ['partnership.bid_phase.exclusivity'],
    (s) => s.partnership.bid_phase?.exclusivity === true,
  ),
  bid_lapse: cond(
    'The agreement lapses if the bid fails',
    ['partnership.bid_phase.lapse_if_unsuccessful'],
    (s) => s.partnership.bid_phase?.lapse_if_unsuccessful === true,
  ),
  back_to_back: cond(
    'The main contract flows down back to back',
    ['partnership.related_contract.back_to_back'],
    (s) => s.partnership.related_contract?.back_to_back === true,
  ),
  lead_model: cond(
    'A lead model applies (lead agency, managing agent or managing provider)',
    ['partnership.structure_model'],
    isLeadModel,
  ),
  // Term and purpose
  open_ended: cond(
    'The term is open-ended',
    ['partnership.term.open_ended'],
    (s) => s.partnership.term.open_ended === true,
  ),
  extension_options: cond('Extension options are given', ['partnership.term.extension_options'], (s) =>
    some(s.partnership.term.extension_options),
  ),
  main_contract_ends_agreement: cond(
    'The agreement ends automatically with the main contract or funding agreement (lead models)',
    ['partnership.structure_model', 'partnership.related_contract', 'funding.has_funding'],
    (s) => isLeadModel(s) && hasFunderContract(s),
  ),
  beneficiaries: cond('Beneficiaries are described', ['partnership.beneficiaries'], (s) =>
    present(s.partnership.beneficiaries),
  ),
  geography: cond('The geography is given', ['partnership.geography'], (s) => some(s.partnership.geography)),
  principles: cond('Principles are given (section 6)', ['partnership.principles'], (s) =>
    some(s.partnership.principles),
  ),
  // Status
  legally_binding: cond('The agreement is legally binding', ['partnership.agreement_status'], isBinding),
  partly_binding: cond(
    'The agreement is partly binding',
    ['partnership.agreement_status'],
    (s) => s.partnership.agreement_status === 'partly_binding',
  ),
  non_binding: cond(
    'The agreement is not legally binding',
    ['partnership.agreement_status'],
    (s) => s.partnership.agreement_status === 'non_binding',
  ),
  no_partnership_clause: cond(
    'The no-partnership clause is wanted, or the agreement is binding',
    ['liability_insurance.no_partnership_clause', 'partnership.agreement_status'],
    (s) => s.liability_insurance?.no_partnership_clause === true || isBinding(s),
  ),
  flow_down: cond(
    'Main-contract or funder terms flow down to the members (lead models; Schedule 10)',
    [
      'partnership.structure_model',
      'partnership.related_contract.back_to_back',
      'funding.funders[].conditions_flow_down',
    ],
    (s) =>
      isLeadModel(s) &&
      (s.partnership.related_contract?.back_to_back === true ||
        (s.funding?.funders ?? []).some((f) => f.conditions_flow_down === true)),
  ),
  // Membership
  stakeholders: cond('Non-signatory stakeholders exist', ['stakeholders'], (s) => some(s.stakeholders)),
  contributions: cond('Members list contributions', ['members[].contributions'], (s) =>
    s.members.some((m) => some(m.contributions)),
  ),
  in_kind: cond('Some contributions are in kind', ['members[].contributions[].in_kind'], (s) =>
    s.members.some((m) => (m.contributions ?? []).some((c) => c.in_kind === true)),
  ),
  // Lead partner (section 9)
  lead_exists: cond('A lead partner exists (section 9)', ['members[].is_lead_partner', 'members[].status'], hasLead),
  lead_convenor: cond(
    'The lead partner is the convenor',
    ['lead_partner.roles', 'members[].is_lead_partner', 'members[].status'],
    (s) => hasLead(s) && leadRole(s, 'convenor'),
  ),
  lead_secretariat: cond(
    'The lead partner hosts the secretariat',
    ['lead_partner.roles', 'members[].is_lead_partner', 'members[].status'],
    (s) => hasLead(s) && leadRole(s, 'secretariat'),
  ),
  lead_external_liaison: cond(
    'The lead partner is the external liaison',
    ['lead_partner.roles', 'members[].is_lead_partner', 'members[].status'],
    (s) => hasLead(s) && leadRole(s, 'external_liaison'),
  ),
  lead_accountable_body: cond(
    'The lead partner is the accountable body',
    ['lead_partner.roles', 'members[].is_lead_partner', 'members[].status'],
    (s) => hasLead(s) && leadRole(s, 'accountable_body'),
  ),
  lead_champion: cond(
    'The lead partner is the champion',
    ['lead_partner.roles', 'members[].is_lead_partner', 'members[].status'],
    (s) => hasLead(s) && leadRole(s, 'champion'),
  ),
  lead_may_bind: cond(
    'The lead partner may bind the other members',
    ['lead_partner.limits_of_authority.may_bind_other_members'],
    (s) => s.lead_partner?.limits_of_authority.may_bind_other_members === true,
  ),
  lead_role_holders: cond(
    'Other members hold some lead roles',
    ['lead_partner.role_holders'],
    (s) => Object.keys(s.lead_partner?.role_holders ?? {}).length > 0,
  ),
  lead_spend_limit: cond(
    'The lead partner has a spending limit',
    ['lead_partner.limits_of_authority.spend_limit_without_approval'],
    (s) => present(s.lead_partner?.limits_of_authority.spend_limit_without_approval),
  ),
  lead_selection_reason: cond('The reason for choosing the lead is given', ['lead_partner.selection_reason'], (s) =>
    present(s.lead_partner?.selection_reason),
  ),
  lead_next_review: cond('The next review of the lead role is dated', ['lead_partner.review.next_review_date'], (s) =>
    present(s.lead_partner?.review.next_review_date),
  ),
} satisfies Record<string, Condition>;
