/**
 * Named conditions: the general provisions, change, disputes, termination and execution (sections
 * 19–29; Schedules 11–12), and the other documents' optional sections (DOMAIN §2.2–2.7).
 */
import { hasFunderContract, isBinding } from '../../spec/index.js';
import { type Condition, cond, present, some } from './condition.js';

/** Conditions of this part of the outline, by name. */
export const PROVISIONS_CONDITIONS = {
  // Provisions (sections 19–24)
  confidentiality: cond(
    'Confidentiality obligations apply',
    ['confidentiality.applies'],
    (s) => s.confidentiality.applies,
  ),
  confidentiality_limited: cond(
    'Confidentiality survives for a number of years',
    ['confidentiality.survives_years'],
    (s) => typeof s.confidentiality.survives_years === 'number',
  ),
  foi: cond(
    'Freedom of information cooperation applies',
    ['confidentiality.foi_cooperation'],
    (s) => s.confidentiality.foi_cooperation === true,
  ),
  intellectual_property: cond('Intellectual property terms are set (section 20)', ['intellectual_property'], (s) =>
    present(s.intellectual_property),
  ),
  open_licence: cond(
    'Outputs are published under an open licence',
    ['intellectual_property.foreground'],
    (s) => s.intellectual_property?.foreground === 'open_licence',
  ),
  partnership_brand: cond(
    'The partnership has a brand owner',
    ['intellectual_property.brand_owner'],
    (s) => present(s.intellectual_property?.brand_owner) && s.intellectual_property?.brand_owner !== 'none',
  ),
  funder_ip_flow_down: cond(
    'The funder’s IP rights flow down (under an agreement with a funder)',
    ['intellectual_property.funder_rights_flow_down', 'partnership.related_contract', 'funding.has_funding'],
    (s) => s.intellectual_property?.funder_rights_flow_down === true && hasFunderContract(s),
  ),
  post_exit_use: cond('Use of IP after exit is described', ['intellectual_property.post_exit_use'], (s) =>
    present(s.intellectual_property?.post_exit_use),
  ),
  speakers: cond('Named members speak for the partnership', ['communications.speak_on_behalf'], (s) =>
    some(s.communications?.speak_on_behalf),
  ),
  funder_acknowledgement: cond(
    'The funder is acknowledged in publicity',
    ['communications.funder_acknowledgement'],
    (s) => s.communications?.funder_acknowledgement === true,
  ),
  complaints: cond('Complaints arrangements apply (section 22)', ['complaints'], (s) => present(s.complaints)),
  equality: cond(
    'Equality and quality terms apply (section 23)',
    ['equality', 'members[].quality_marks'],
    (s) => present(s.equality) || s.members.some((m) => some(m.quality_marks)),
  ),
  single_sex_service: cond('A single-sex service basis is recorded', ['equality.single_sex_service_basis'], (s) =>
    present(s.equality?.single_sex_service_basis),
  ),
  equality_monitoring: cond(
    'Equality monitoring is carried out',
    ['equality.equality_monitoring'],
    (s) => s.equality?.equality_monitoring === true,
  ),
  accessibility: cond('Accessibility commitments are listed', ['equality.accessibility'], (s) =>
    some(s.equality?.accessibility),
  ),
  quality_marks: cond('Members hold quality marks', ['members[].quality_marks'], (s) =>
    s.members.some((m) => some(m.quality_marks)),
  ),
  liability: cond(
    'Liability and insurance terms apply (section 24, binding agreements)',
    ['partnership.agreement_status', 'liability_insurance'],
    (s) => isBinding(s) && present(s.liability_insurance),
  ),
  liability_cap: cond(
    'Members’ liability is capped',
    ['liability_insurance.member_liability_cap'],
    (s) =>
      present(s.liability_insurance?.member_liability_cap) && s.liability_insurance?.member_liability_cap !== 'none',
  ),
  minimum_cover: cond('Minimum insurance cover is set', ['liability_insurance.minimum_cover'], (s) =>
    present(s.liability_insurance?.minimum_cover),
  ),
  // Change (section 25; Schedule 11)
  variation_funder_consent: cond(
    'Variations need funder consent',
    ['change_management.variation.funder_consent_required'],
    (s) => s.change_management.variation.funder_consent_required === true,
  ),
  admission: cond(
    'New members may be admitted',
    ['change_management.admission.allowed'],
    (s) => s.change_management.admission.allowed,
  ),
  admission_criteria: cond(
    'Admission criteria are listed',
    ['change_management.admission.allowed', 'change_management.admission.criteria'],
    (s) => s.change_management.admission.allowed && some(s.change_management.admission.criteria),
  ),
  admission_funder_consent: cond(
    'Admissions need funder consent',
    ['change_management.admission.funder_consent_required'],
    (s) => s.change_management.admission.funder_consent_required === true,
  ),
  probation: cond('New members serve a probation period', ['change_management.admission.probation_months'], (s) =>
    present(s.change_management.admission.probation_months),
  ),
  deed_of_adherence: cond(
    'New members sign a deed of adherence (Schedule 11)',
    ['change_management.admission.allowed', 'change_management.admission.instrument'],
    (s) =>
      s.change_management.admission.allowed &&
      s.change_management.admission.instrument === 'deed_of_adherence_addendum',
  ),
  withdrawal: cond(
    'Members may withdraw',
    ['change_management.withdrawal.allowed'],
    (s) => s.change_management.withdrawal.allowed,
  ),
  minimum_commitment: cond(
    'Members commit for a minimum period',
    ['change_management.withdrawal.allowed', 'change_management.withdrawal.minimum_commitment_months'],
    (s) => s.change_management.withdrawal.allowed && present(s.change_management.withdrawal.minimum_commitment_months),
  ),
  withdrawal_obligations: cond(
    'Withdrawing members have exit obligations',
    ['change_management.withdrawal.obligations'],
    (s) => some(s.change_management.withdrawal.obligations),
  ),
  suspension: cond('Members may be suspended', ['change_management.suspension'], (s) =>
    present(s.change_management.suspension),
  ),
  expulsion: cond('Members may be expelled', ['change_management.expulsion'], (s) =>
    present(s.change_management.expulsion),
  ),
  right_to_be_heard: cond(
    'A member facing expulsion may be heard',
    ['change_management.expulsion.right_to_be_heard'],
    (s) => s.change_management.expulsion?.right_to_be_heard === true,
  ),
  change_of_lead: cond('Changing the lead partner is provided for', ['change_management.change_of_lead_partner'], (s) =>
    present(s.change_management.change_of_lead_partner),
  ),
  change_of_lead_funder_consent: cond(
    'Changing the lead needs funder consent',
    ['change_management.change_of_lead_partner.funder_consent_required'],
    (s) => s.change_management.change_of_lead_partner?.funder_consent_required === true,
  ),
  change_of_lead_novation: cond(
    'Changing the lead needs novation of the main contract or funding agreement (where there is one)',
    [
      'change_management.change_of_lead_partner.requires_novation',
      'partnership.related_contract',
      'funding.has_funding',
    ],
    (s) => s.change_management.change_of_lead_partner?.requires_novation === true && hasFunderContract(s),
  ),
  composition_review: cond('Composition is reviewed periodically', ['change_management.composition_review'], (s) =>
    present(s.change_management.composition_review),
  ),
  // Disputes, termination and general provisions (sections 26–29; Schedule 12)
  continue_during_dispute: cond(
    'Members keep performing during a dispute',
    ['dispute_resolution.continue_performance_during_dispute'],
    (s) => s.dispute_resolution.continue_performance_during_dispute !== false,
  ),
  min_members_event: cond(
    'The agreement ends if too few members remain',
    ['change_management.termination.events'],
    (s) => s.change_management.termination.events.includes('fewer_than_min_members'),
  ),
  exit_plan: cond('An exit plan is given (Schedule 12)', ['change_management.termination.exit_plan'], (s) =>
    some(s.change_management.termination.exit_plan),
  ),
  general_provisions: cond(
    'Full general provisions apply (binding or partly binding)',
    ['partnership.agreement_status'],
    (s) => s.partnership.agreement_status !== 'non_binding',
  ),
  deed: cond('The agreement is executed as a deed', ['signatures.form'], (s) => s.signatures.form === 'deed'),
  witness: cond(
    'Some signature is witnessed (a deed, Scots self-proving execution, or a SCIO signing)',
    ['signatures.form', 'partnership.governing_law', 'members[].legal_form'],
    (s) =>
      s.signatures.form === 'deed' ||
      s.partnership.governing_law === 'scotland' ||
      s.members.some((m) => m.status === 'active' && m.legal_form === 'scio'),
  ),
  counterparts: cond(
    'The agreement may be signed in counterparts',
    ['signatures.counterparts'],
    (s) => s.signatures.counterparts,
  ),
  electronic_signature: cond(
    'Electronic signature is allowed',
    ['signatures.execution'],
    (s) => s.signatures.execution !== 'wet_ink',
  ),
  scots_law: cond(
    'Scots law governs',
    ['partnership.governing_law'],
    (s) => s.partnership.governing_law === 'scotland',
  ),
  // Other documents' optional sections (DOMAIN §2.2–2.7)
  meetings_protocol_confidential_items: cond(
    'Confidential (part B) items are handled',
    ['meetings_protocol.confidential_items'],
    (s) => present(s.meetings_protocol?.confidential_items),
  ),
  induction: cond('Newcomers are inducted', ['meetings_protocol.induction'], (s) =>
    present(s.meetings_protocol?.induction),
  ),
  ground_rules: cond('Ground rules are listed', ['meetings_protocol.ground_rules'], (s) =>
    some(s.meetings_protocol?.ground_rules),
  ),
  standing_items: cond('Standing agenda items are listed', ['meetings_protocol.standing_items'], (s) =>
    some(s.meetings_protocol?.standing_items),
  ),
  group_expenses: cond('Advisory groups have resources or expenses', ['advisory_groups[].resources'], (s) =>
    (s.advisory_groups ?? []).some((g) => present(g.resources)),
  ),
  referrals: cond('A referral protocol is supported', ['referrals'], (s) => present(s.referrals)),
} satisfies Record<string, Condition>;
