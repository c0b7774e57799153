/**
 * Named conditions: work, funding, performance, risk, safeguarding and data (sections 13–18;
 * Schedules 4, 5, 8 and 9).
 */
import {
  PUBLIC_AUTHORITY_FUNDERS,
  SPECIAL_CATEGORY_DATA,
  hasFunderContract,
  isFunded,
  outerTiers,
} from '../../spec/index.js';
import { type Condition, categories, cond, handlesPersonalData, present, some } from './condition.js';

/** Conditions of this part of the outline, by name. */
export const DELIVERY_CONDITIONS = {
  // Work and funding (sections 13–14)
  work_areas: cond('Work areas are given', ['work_areas'], (s) => some(s.work_areas)),
  deliverables: cond('Work areas have deliverables', ['work_areas[].deliverables'], (s) =>
    (s.work_areas ?? []).some((w) => some(w.deliverables)),
  ),
  funded: cond('The partnership has shared funding (section 14, Schedule 4)', ['funding.has_funding'], isFunded),
  periods: cond(
    'Funding is divided into periods',
    ['funding.has_funding', 'funding.periods'],
    (s) => isFunded(s) && some(s.funding?.periods),
  ),
  management_fee: cond(
    'A management fee applies',
    ['funding.has_funding', 'funding.management_fee.applies'],
    (s) => isFunded(s) && s.funding?.management_fee?.applies === true,
  ),
  management_fee_covers: cond(
    'What the management fee covers is listed',
    ['funding.has_funding', 'funding.management_fee.applies', 'funding.management_fee.covers'],
    (s) => isFunded(s) && s.funding?.management_fee?.applies === true && some(s.funding.management_fee.covers),
  ),
  contingency: cond(
    'A contingency is held',
    ['funding.has_funding', 'funding.contingency.amount'],
    (s) => isFunded(s) && /[1-9]/.test(s.funding?.contingency?.amount ?? '0'),
  ),
  restricted_fund: cond(
    'The funds are restricted',
    ['funding.has_funding', 'funding.restricted_fund'],
    (s) => isFunded(s) && s.funding?.restricted_fund === true,
  ),
  payment_schedule: cond(
    'A payment schedule is given',
    ['funding.has_funding', 'funding.payment_schedule'],
    (s) => isFunded(s) && present(s.funding?.payment_schedule),
  ),
  first_payment_date: cond(
    'The first payment is dated',
    ['funding.has_funding', 'funding.payment_schedule.first_payment_date'],
    (s) => isFunded(s) && present(s.funding?.payment_schedule?.first_payment_date),
  ),
  payment_conditions: cond(
    'Payments have conditions',
    ['funding.has_funding', 'funding.payment_schedule.conditions'],
    (s) => isFunded(s) && some(s.funding?.payment_schedule?.conditions),
  ),
  financial_reporting: cond(
    'Financial reporting is set',
    ['funding.has_funding', 'funding.financial_reporting'],
    (s) => isFunded(s) && present(s.funding?.financial_reporting),
  ),
  audit: cond(
    'Audit rights are set',
    ['funding.has_funding', 'funding.audit'],
    (s) => isFunded(s) && present(s.funding?.audit),
  ),
  lead_may_audit: cond(
    'The lead partner may audit members',
    ['funding.has_funding', 'funding.audit.lead_may_audit'],
    (s) => isFunded(s) && s.funding?.audit?.lead_may_audit === true,
  ),
  funder_may_audit: cond(
    'The funder may audit members',
    ['funding.has_funding', 'funding.audit.funder_may_audit'],
    (s) => isFunded(s) && s.funding?.audit?.funder_may_audit === true,
  ),
  clawback_flow_down: cond(
    'Funder clawback flows down to members',
    ['funding.has_funding', 'funding.clawback.flow_down'],
    (s) => isFunded(s) && s.funding?.clawback?.flow_down === true,
  ),
  funder_membership_consent: cond(
    'A funder must consent to membership changes',
    ['funding.funders[].requires_consent_to_membership_change'],
    (s) => (s.funding?.funders ?? []).some((f) => f.requires_consent_to_membership_change === true),
  ),
  funder_copy: cond(
    'A funder must receive a copy of the agreement',
    ['funding.funders[].requires_copy_of_agreement'],
    (s) => (s.funding?.funders ?? []).some((f) => f.requires_copy_of_agreement === true),
  ),
  clawback: cond(
    'Clawback terms are set',
    ['funding.has_funding', 'funding.clawback'],
    (s) => isFunded(s) && present(s.funding?.clawback),
  ),
  underspend: cond(
    'Underspend treatment is set',
    ['funding.has_funding', 'funding.underspend'],
    (s) => isFunded(s) && present(s.funding?.underspend),
  ),
  overspend: cond(
    'Overspend treatment is set',
    ['funding.has_funding', 'funding.overspend'],
    (s) => isFunded(s) && present(s.funding?.overspend),
  ),
  vat: cond(
    'VAT treatment is stated',
    ['funding.has_funding', 'funding.vat_treatment'],
    (s) => isFunded(s) && present(s.funding?.vat_treatment),
  ),
  vat_to_be_confirmed: cond(
    'VAT treatment needs professional advice',
    ['funding.has_funding', 'funding.vat_treatment'],
    (s) => isFunded(s) && s.funding?.vat_treatment === 'to_be_confirmed',
  ),
  public_funder: cond('A public-sector funder is involved', ['funding.funders[].type'], (s) =>
    (s.funding?.funders ?? []).some((f) => PUBLIC_AUTHORITY_FUNDERS.has(f.type ?? '')),
  ),
  // Performance and risk (sections 15–16)
  performance: cond(
    'Performance arrangements apply (essential when funded; section 15)',
    ['funding.has_funding', 'performance'],
    (s) => isFunded(s) || present(s.performance),
  ),
  kpis: cond('KPIs are set (Schedule 5)', ['performance.kpis'], (s) => some(s.performance?.kpis)),
  member_targets: cond('Member-level targets are set', ['performance.member_targets'], (s) =>
    some(s.performance?.member_targets),
  ),
  reporting: cond('Reporting lines are set', ['performance.reporting'], (s) => present(s.performance?.reporting)),
  communicate_performance: cond(
    'Performance is communicated to consultees and informed parties, and the partnership has some',
    [
      'performance.reporting.communicate_to_informed_parties',
      'stakeholders[].partnership_role',
      'members[].partnership_role',
    ],
    (s) => {
      const tiers = outerTiers(s);
      return (
        present(s.performance?.reporting?.communicate_to_informed_parties) &&
        (tiers.consultees || tiers.informedParties)
      );
    },
  ),
  underperformance: cond('An underperformance procedure is set', ['performance.underperformance'], (s) =>
    present(s.performance?.underperformance),
  ),
  risk_register: cond('A risk register is kept', ['risk_management'], (s) => present(s.risk_management)),
  initial_risks: cond('Initial risks are listed (Schedule 8)', ['risk_management.initial_risks'], (s) =>
    some(s.risk_management?.initial_risks),
  ),
  serious_incidents: cond('Serious-incident reporting is set', ['risk_management.serious_incidents'], (s) =>
    present(s.risk_management?.serious_incidents),
  ),
  funder_incident_notice: cond(
    'The lead tells the funder of serious incidents within a set time (under an agreement with a funder)',
    [
      'risk_management.serious_incidents.lead_notifies_funder_within_hours',
      'partnership.related_contract',
      'funding.has_funding',
    ],
    (s) => present(s.risk_management?.serious_incidents?.lead_notifies_funder_within_hours) && hasFunderContract(s),
  ),
  trustees_report_incidents: cond(
    'Trustees report serious incidents to their regulator',
    ['risk_management.serious_incidents.trustees_report_to_regulator'],
    (s) => s.risk_management?.serious_incidents?.trustees_report_to_regulator === true,
  ),
  // Safeguarding and data (sections 17–18; Schedule 9)
  safeguarding: cond(
    'Safeguarding applies (section 17)',
    ['safeguarding.applies'],
    (s) => s.safeguarding?.applies === true,
  ),
  safeguarding_children: cond(
    'Safeguarding covers children',
    ['safeguarding.applies', 'safeguarding.scope'],
    (s) => s.safeguarding?.applies === true && (s.safeguarding.scope === 'children' || s.safeguarding.scope === 'both'),
  ),
  safeguarding_adults: cond(
    'Safeguarding covers adults at risk',
    ['safeguarding.applies', 'safeguarding.scope'],
    (s) =>
      s.safeguarding?.applies === true &&
      (s.safeguarding.scope === 'adults_at_risk' || s.safeguarding.scope === 'both'),
  ),
  safeguarding_lead: cond(
    'A partnership safeguarding lead is named',
    ['safeguarding.applies', 'safeguarding.partnership_safeguarding_lead_member_id'],
    (s) => s.safeguarding?.applies === true && present(s.safeguarding.partnership_safeguarding_lead_member_id),
  ),
  vetting_levels: cond(
    'Vetting levels are set by role',
    ['safeguarding.applies', 'safeguarding.vetting_levels'],
    (s) => s.safeguarding?.applies === true && Object.keys(s.safeguarding.vetting_levels ?? {}).length > 0,
  ),
  safeguarding_training: cond(
    'Safeguarding training is refreshed on a cycle',
    ['safeguarding.applies', 'safeguarding.training_refresh_months'],
    (s) => s.safeguarding?.applies === true && present(s.safeguarding.training_refresh_months),
  ),
  multi_agency: cond(
    'Multi-agency routes are named',
    ['safeguarding.applies', 'safeguarding.multi_agency'],
    (s) => s.safeguarding?.applies === true && some(s.safeguarding.multi_agency),
  ),
  personal_data: cond(
    'Personal data is handled (section 18)',
    ['data_protection.personal_data_shared', 'data_protection.relationship'],
    handlesPersonalData,
  ),
  personal_data_shared: cond(
    'Personal data is shared between members (Schedule 9)',
    ['data_protection.personal_data_shared'],
    (s) => s.data_protection.personal_data_shared,
  ),
  joint_controllers: cond(
    'Some members are joint controllers (Art 26)',
    ['data_protection.relationship', 'data_protection.art26_arrangement'],
    (s) => s.data_protection.relationship === 'joint_controllers' || present(s.data_protection.art26_arrangement),
  ),
  controller_processor: cond(
    'A member processes for another (Art 28)',
    ['data_protection.relationship', 'data_protection.art28_terms'],
    (s) => s.data_protection.relationship === 'controller_processor' || present(s.data_protection.art28_terms),
  ),
  special_category: cond('Special-category data is shared', ['data_protection.data_categories'], (s) =>
    categories(s).some((c) => SPECIAL_CATEGORY_DATA.has(c)),
  ),
  criminal_offence_data: cond('Criminal-offence data is shared', ['data_protection.data_categories'], (s) =>
    categories(s).includes('criminal_offence'),
  ),
  consent_relied_on: cond('Consent is a lawful basis', ['data_protection.purposes[].art6_basis'], (s) =>
    (s.data_protection.purposes ?? []).some((p) => Object.values(p.art6_basis ?? {}).includes('consent')),
  ),
  dpia: cond('A DPIA is recorded', ['data_protection.dpia'], (s) => present(s.data_protection.dpia)),
  dpia_completed: cond(
    'The DPIA has been completed',
    ['data_protection.dpia.completed'],
    (s) => s.data_protection.dpia?.completed === true,
  ),
  breach_notice: cond(
    'Partners notify each other of breaches within set hours',
    ['data_protection.breach_notify_partner_within_hours'],
    (s) => present(s.data_protection.breach_notify_partner_within_hours),
  ),
  subject_access_single_point: cond(
    'Subject access requests go through one point',
    ['data_protection.subject_access_single_point'],
    (s) => s.data_protection.subject_access_single_point === true,
  ),
  international_transfers: cond(
    'International transfers are described',
    ['data_protection.international_transfers'],
    (s) => present(s.data_protection.international_transfers),
  ),
} satisfies Record<string, Condition>;
