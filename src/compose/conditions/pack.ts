/**
 * Named conditions of the other documents of the pack: the memorandum of understanding (DOMAIN §2.5),
 * the referral protocol (§2.6) and the data-sharing schedule (§2.7), and where the data-sharing
 * schedule lives (a document of its own, or Schedule 9 of the agreement).
 */
import { type Condition, cond, present, some } from './condition.js';
import {
  CRIMINAL_OFFENCE_DATA,
  SPECIAL_CATEGORY_DATA,
  isBinding,
  listsDocument as asks,
  type PartnershipSpec,
} from '../../spec/index.js';

const standalone = (s: PartnershipSpec): boolean =>
  s.data_protection.personal_data_shared && asks(s, 'data_sharing_schedule');
const embedded = (s: PartnershipSpec): boolean =>
  s.data_protection.personal_data_shared && !asks(s, 'data_sharing_schedule');
const bindingSection = (s: PartnershipSpec, section: string): boolean =>
  s.partnership.agreement_status === 'partly_binding' &&
  (s.partnership.binding_sections ?? []).includes(section as never);

/** Conditions of this part of the outline, by name. */
export const PACK_CONDITIONS = {
  // Where the data-sharing schedule is (agreement Schedule 9, §2.7)
  dss_standalone: cond(
    'The data-sharing schedule is a document of its own (meta.documents lists it)',
    ['data_protection.personal_data_shared', 'meta.documents'],
    standalone,
  ),
  dss_embedded: cond(
    'The data-sharing schedule is a schedule of the agreement (Schedule 9)',
    ['data_protection.personal_data_shared', 'meta.documents'],
    embedded,
  ),
  dss_in_agreement: cond(
    'The pack’s agreement holds the data-sharing schedule as a schedule',
    ['data_protection.personal_data_shared', 'meta.documents'],
    (s) => embedded(s) && asks(s, 'partnership_agreement'),
  ),
  dss_parent_agreement: cond(
    'The pack holds the partnership agreement the data-sharing schedule supports',
    ['meta.documents'],
    (s) => asks(s, 'partnership_agreement'),
  ),
  dss_binding: cond(
    'The data-sharing terms are legally binding',
    ['partnership.agreement_status', 'partnership.binding_sections'],
    (s) => isBinding(s) || bindingSection(s, 'data_protection'),
  ),
  pack_mou: cond('The pack holds a memorandum of understanding', ['meta.documents'], (s) => asks(s, 'mou')),
  pack_referral_protocol: cond(
    'The pack holds a referral protocol',
    ['meta.documents', 'referrals'],
    (s) => asks(s, 'referral_protocol') && present(s.referrals),
  ),
  // Memorandum of understanding (§2.5)
  mou_binding_parts: cond(
    'Some provisions of the memorandum are binding',
    ['partnership.agreement_status', 'partnership.binding_sections'],
    (s) => s.partnership.agreement_status === 'partly_binding' && some(s.partnership.binding_sections),
  ),
  mou_communications: cond('Communications and the use of names and logos are agreed', ['communications'], (s) =>
    present(s.communications),
  ),
  confidentiality_binding: cond(
    'The confidentiality provisions are binding',
    ['partnership.agreement_status', 'partnership.binding_sections'],
    (s) => isBinding(s) || bindingSection(s, 'confidentiality'),
  ),
  disputes_binding: cond(
    'The dispute provisions are binding',
    ['partnership.agreement_status', 'partnership.binding_sections'],
    (s) => isBinding(s) || bindingSection(s, 'dispute_resolution'),
  ),
  // Referral protocol (§2.6)
  referral_directions: cond('The directions of referral are listed', ['referrals.directions'], (s) =>
    some(s.referrals?.directions),
  ),
  referral_methods: cond('The methods of referral are listed', ['referrals.method'], (s) => some(s.referrals?.method)),
  referral_consent: cond(
    'The person’s consent is sought for a referral',
    ['referrals.consent_required'],
    (s) => s.referrals?.consent_required === true,
  ),
  referral_urgency: cond('Urgency levels with response times are set', ['referrals.urgency_levels'], (s) =>
    some(s.referrals?.urgency_levels),
  ),
  referral_immediate_risk: cond(
    'An immediate-risk instruction is given',
    ['referrals.immediate_risk_instruction'],
    (s) => present(s.referrals?.immediate_risk_instruction),
  ),
  referral_feedback: cond(
    'The referrer is told the outcome within a set time',
    ['referrals.feedback_to_referrer'],
    (s) => present(s.referrals?.feedback_to_referrer),
  ),
  referral_monitoring: cond('What is counted about referrals is listed', ['referrals.monitoring'], (s) =>
    some(s.referrals?.monitoring),
  ),
  marac: cond(
    'High-risk domestic abuse goes to MARAC',
    ['safeguarding.applies', 'safeguarding.multi_agency'],
    (s) => s.safeguarding?.applies === true && (s.safeguarding.multi_agency ?? []).includes('marac'),
  ),
  // Data-sharing schedule (§2.7)
  appropriate_policy_document: cond(
    'An appropriate policy document is kept (DPA 2018 Schedule 1 Part 4)',
    ['data_protection.appropriate_policy_document_required'],
    (s) => s.data_protection.appropriate_policy_document_required === true,
  ),
  art9_conditions: cond('Purposes name an Article 9 condition', ['data_protection.purposes[].art9_condition'], (s) =>
    (s.data_protection.purposes ?? []).some((p) => present(p.art9_condition)),
  ),
  without_consent_basis: cond(
    'A purpose records the basis for sharing without consent',
    ['data_protection.personal_data_shared', 'data_protection.purposes[].without_consent'],
    (s) =>
      s.data_protection.personal_data_shared === true &&
      (s.data_protection.purposes ?? []).some((p) => p.without_consent === true),
  ),
  art10_conditions: cond(
    'Purposes name a condition for criminal-offence data',
    ['data_protection.purposes[].art10_condition'],
    (s) => (s.data_protection.purposes ?? []).some((p) => present(p.art10_condition)),
  ),
  privacy_notice: cond('How people are told about the sharing is described', ['data_protection.privacy_notice'], (s) =>
    present(s.data_protection.privacy_notice),
  ),
  retention_periods: cond(
    'Retention periods are set per category',
    ['data_protection.retention'],
    (s) => Object.keys(s.data_protection.retention ?? {}).length > 0,
  ),
  dp_leads_named: cond(
    'Data-protection leads are named per Partner',
    ['data_protection.data_protection_leads'],
    (s) =>
      present(s.data_protection.data_protection_leads) &&
      !('all_members' in (s.data_protection.data_protection_leads ?? {})),
  ),
  transfers_abroad: cond(
    'Personal data is sent outside the UK',
    ['data_protection.international_transfers'],
    (s) => s.data_protection.international_transfers === true,
  ),
  art26_in_place: cond(
    'The Article 26 arrangement has been agreed',
    ['data_protection.art26_arrangement.in_place'],
    (s) => s.data_protection.art26_arrangement?.in_place === true,
  ),
  art28_in_place: cond(
    'Processor terms have been agreed',
    ['data_protection.art28_terms.in_place'],
    (s) => s.data_protection.art28_terms?.in_place === true,
  ),
  legitimate_interests_relied_on: cond(
    'Some Partner relies on legitimate interests',
    ['data_protection.purposes[].art6_basis'],
    (s) =>
      (s.data_protection.purposes ?? []).some((p) =>
        Object.values(p.art6_basis ?? {}).includes('legitimate_interests'),
      ),
  ),
  public_task_relied_on: cond('Some Partner relies on public task', ['data_protection.purposes[].art6_basis'], (s) =>
    (s.data_protection.purposes ?? []).some((p) => Object.values(p.art6_basis ?? {}).includes('public_task')),
  ),
  sch1_safeguarding: cond(
    'A purpose relies on DPA 2018 Schedule 1 paragraph 18 (safeguarding)',
    ['data_protection.purposes[].dpa2018_sch1_condition', 'data_protection.purposes[].art10_condition'],
    (s) =>
      (s.data_protection.purposes ?? []).some((p) =>
        [p.dpa2018_sch1_condition, p.art10_condition].some((c) => (c ?? '').startsWith('para_18')),
      ),
  ),
  special_or_offence: cond(
    'Special-category or criminal-offence data is shared, or a purpose names a condition for it',
    [
      'data_protection.data_categories',
      'data_protection.purposes[].art9_condition',
      'data_protection.purposes[].art10_condition',
    ],
    (s) =>
      (s.data_protection.data_categories ?? []).some(
        (c) => SPECIAL_CATEGORY_DATA.has(c) || CRIMINAL_OFFENCE_DATA.has(c),
      ) || (s.data_protection.purposes ?? []).some((p) => present(p.art9_condition) || present(p.art10_condition)),
  ),
  dss_offence_data: cond(
    'Criminal-offence data is shared, or a purpose names a condition for it',
    ['data_protection.data_categories', 'data_protection.purposes[].art10_condition'],
    (s) =>
      (s.data_protection.data_categories ?? []).some((c) => CRIMINAL_OFFENCE_DATA.has(c)) ||
      (s.data_protection.purposes ?? []).some((p) => present(p.art10_condition)),
  ),
  dss_special_data: cond(
    'Special-category data is shared, or a purpose names an Article 9 condition',
    ['data_protection.data_categories', 'data_protection.purposes[].art9_condition'],
    (s) =>
      (s.data_protection.data_categories ?? []).some((c) => SPECIAL_CATEGORY_DATA.has(c)) ||
      (s.data_protection.purposes ?? []).some((p) => present(p.art9_condition)),
  ),
  dss_dpia: cond(
    'A DPIA section is needed (special-category data, or a DPIA is recorded)',
    ['data_protection.data_categories', 'data_protection.dpia'],
    (s) =>
      present(s.data_protection.dpia) ||
      (s.data_protection.data_categories ?? []).some((c) => SPECIAL_CATEGORY_DATA.has(c)),
  ),
  dss_arrangements: cond(
    'Article 26 or Article 28 terms apply',
    ['data_protection.relationship', 'data_protection.art26_arrangement', 'data_protection.art28_terms'],
    (s) =>
      ['joint_controllers', 'controller_processor'].includes(s.data_protection.relationship) ||
      present(s.data_protection.art26_arrangement) ||
      present(s.data_protection.art28_terms),
  ),
  dss_review: cond(
    'The data-sharing arrangements are reviewed on a cycle',
    ['data_protection.review_every_months'],
    (s) => present(s.data_protection.review_every_months),
  ),
} satisfies Record<string, Condition>;
