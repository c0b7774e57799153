/**
 * The named conditions of the document outlines (DOMAIN §2): every [C] and [O] test as one predicate
 * over the spec, in one table.
 *
 * Templates branch only on these (`{{#if when.funded}}`), never on ad hoc tests, so what makes a
 * section appear is stated once, with the spec fields it reads (`fields`, checked by the tests) and a
 * sentence a reviewer can check against the outline.
 */
import type { PartnershipSpec } from '../spec/index.js';
import { LEAD_MODELS, PUBLIC_AUTHORITY_FUNDERS, SPECIAL_CATEGORY_DATA } from '../spec/index.js';

/** One named condition. */
export interface Condition {
  /** Whether the condition holds for a spec. Absent optional sections count as not holding. */
  predicate: (spec: PartnershipSpec) => boolean;
  /** Spec paths the predicate reads (`a.b`, `list[].field`). */
  fields: readonly string[];
  /** What the condition means, in the outline's words. */
  description: string;
}


const cond = (description: string, fields: string[], predicate: (s: PartnershipSpec) => boolean): Condition => ({
  predicate, fields, description,
});
const present = (v: unknown): boolean => v !== undefined && v !== null;
const some = (v: readonly unknown[] | null | undefined): boolean => (v ?? []).length > 0;

const isLeadModel = (s: PartnershipSpec): boolean => LEAD_MODELS.has(s.partnership.structure_model);
const isFunded = (s: PartnershipSpec): boolean => s.funding?.has_funding === true;
const hasLead = (s: PartnershipSpec): boolean =>
  s.members.some((m) => m.is_lead_partner === true && m.status === 'active');
const handlesPersonalData = (s: PartnershipSpec): boolean =>
  s.data_protection.personal_data_shared || s.data_protection.relationship !== 'none';
const isBinding = (s: PartnershipSpec): boolean => s.partnership.agreement_status === 'legally_binding';
const categories = (s: PartnershipSpec): string[] => [...(s.data_protection.data_categories ?? [])];
const leadRole = (s: PartnershipSpec, r: string): boolean => (s.lead_partner?.roles ?? []).includes(r as never);
const role = (s: PartnershipSpec, r: string): boolean => (s.stakeholders ?? []).some((x) => x.partnership_role === r);

/** Every condition, by the name templates use under `when.`. */
export const CONDITIONS = {
  // Document control and recitals
  draft: cond('The spec is a draft', ['meta.status'], (s) => s.meta.status === 'draft'),
  supersedes: cond('The document supersedes an earlier version', ['meta.supersedes'], (s) => present(s.meta.supersedes)),
  short_name: cond('The partnership has a short name', ['partnership.short_name'], (s) => present(s.partnership.short_name)),
  background: cond('Background recitals are given', ['partnership.background'], (s) => present(s.partnership.background)),
  bid_stage: cond('The agreement is made before the award (bid stage)', ['partnership.bid_phase'], (s) => present(s.partnership.bid_phase)),
  related_contract: cond('A main contract with a funder exists', ['partnership.related_contract'], (s) => present(s.partnership.related_contract)),
  bid_exclusivity: cond('The bid partners deal exclusively with each other', ['partnership.bid_phase.exclusivity'], (s) => s.partnership.bid_phase?.exclusivity === true),
  bid_lapse: cond('The agreement lapses if the bid fails', ['partnership.bid_phase.lapse_if_unsuccessful'], (s) => s.partnership.bid_phase?.lapse_if_unsuccessful === true),
  back_to_back: cond('The main contract flows down back to back', ['partnership.related_contract.back_to_back'], (s) => s.partnership.related_contract?.back_to_back === true),
  lead_model: cond('A lead model applies (lead agency, managing agent or managing provider)', ['partnership.structure_model'], isLeadModel),
  // Term and purpose
  open_ended: cond('The term is open-ended', ['partnership.term.open_ended'], (s) => s.partnership.term.open_ended === true),
  extension_options: cond('Extension options are given', ['partnership.term.extension_options'], (s) => some(s.partnership.term.extension_options)),
  main_contract_ends_agreement: cond('The agreement ends automatically with the main contract or funding agreement (lead models)',
    ['partnership.structure_model', 'partnership.related_contract', 'funding.has_funding'],
    (s) => isLeadModel(s) && (present(s.partnership.related_contract) || isFunded(s))),
  beneficiaries: cond('Beneficiaries are described', ['partnership.beneficiaries'], (s) => present(s.partnership.beneficiaries)),
  geography: cond('The geography is given', ['partnership.geography'], (s) => some(s.partnership.geography)),
  principles: cond('Principles are given (section 6)', ['partnership.principles'], (s) => some(s.partnership.principles)),
  // Status
  legally_binding: cond('The agreement is legally binding', ['partnership.agreement_status'], isBinding),
  partly_binding: cond('The agreement is partly binding', ['partnership.agreement_status'], (s) => s.partnership.agreement_status === 'partly_binding'),
  non_binding: cond('The agreement is not legally binding', ['partnership.agreement_status'], (s) => s.partnership.agreement_status === 'non_binding'),
  no_partnership_clause: cond('The no-partnership clause is wanted, or the agreement is binding',
    ['liability_insurance.no_partnership_clause', 'partnership.agreement_status'],
    (s) => s.liability_insurance?.no_partnership_clause === true || isBinding(s)),
  flow_down: cond('Main-contract or funder terms flow down to the members (lead models; Schedule 10)',
    ['partnership.structure_model', 'partnership.related_contract.back_to_back', 'funding.funders[].conditions_flow_down'],
    (s) => isLeadModel(s) && (s.partnership.related_contract?.back_to_back === true || (s.funding?.funders ?? []).some((f) => f.conditions_flow_down === true))),
  // Membership
  stakeholders: cond('Non-signatory stakeholders exist', ['stakeholders'], (s) => some(s.stakeholders)),
  contributions: cond('Members list contributions', ['members[].contributions'], (s) => s.members.some((m) => some(m.contributions))),
  in_kind: cond('Some contributions are in kind', ['members[].contributions[].in_kind'],
    (s) => s.members.some((m) => (m.contributions ?? []).some((c) => c.in_kind === true))),
  // Lead partner (section 9)
  lead_exists: cond('A lead partner exists (section 9)', ['members[].is_lead_partner', 'members[].status'], hasLead),
  lead_convenor: cond('The lead partner is the convenor', ['lead_partner.roles'], (s) => hasLead(s) && leadRole(s, 'convenor')),
  lead_secretariat: cond('The lead partner hosts the secretariat', ['lead_partner.roles'], (s) => hasLead(s) && leadRole(s, 'secretariat')),
  lead_external_liaison: cond('The lead partner is the external liaison', ['lead_partner.roles'], (s) => hasLead(s) && leadRole(s, 'external_liaison')),
  lead_accountable_body: cond('The lead partner is the accountable body', ['lead_partner.roles'], (s) => hasLead(s) && leadRole(s, 'accountable_body')),
  lead_champion: cond('The lead partner is the champion', ['lead_partner.roles'], (s) => hasLead(s) && leadRole(s, 'champion')),
  lead_may_bind: cond('The lead partner may bind the other members', ['lead_partner.limits_of_authority.may_bind_other_members'],
    (s) => s.lead_partner?.limits_of_authority.may_bind_other_members === true),
  lead_role_holders: cond('Other members hold some lead roles', ['lead_partner.role_holders'],
    (s) => Object.keys(s.lead_partner?.role_holders ?? {}).length > 0),
  lead_spend_limit: cond('The lead partner has a spending limit', ['lead_partner.limits_of_authority.spend_limit_without_approval'],
    (s) => present(s.lead_partner?.limits_of_authority.spend_limit_without_approval)),
  lead_selection_reason: cond('The reason for choosing the lead is given', ['lead_partner.selection_reason'], (s) => present(s.lead_partner?.selection_reason)),
  lead_next_review: cond('The next review of the lead role is dated', ['lead_partner.review.next_review_date'], (s) => present(s.lead_partner?.review.next_review_date)),
  // Governance (section 10)
  observers: cond('The decision body has observers', ['governance.decision_body.observers'], (s) => some(s.governance.decision_body.observers)),
  co_option: cond('Co-option is allowed', ['governance.decision_body.co_option.allowed'], (s) => s.governance.decision_body.co_option?.allowed === true),
  co_opted_vote: cond('Co-opted members may vote', ['governance.decision_body.co_option.co_opted_can_vote'],
    (s) => s.governance.decision_body.co_option?.co_opted_can_vote === true),
  initial_chair: cond('The first chair is named', ['governance.chair.initial_holder_member_id'], (s) => present(s.governance.chair.initial_holder_member_id)),
  chair_term: cond('The chair serves a stated term', ['governance.chair.term_months'], (s) => present(s.governance.chair.term_months)),
  casting_vote: cond('The chair has a casting vote', ['governance.chair.casting_vote'], (s) => s.governance.chair.casting_vote === true),
  vice_chair: cond('A vice-chair is provided for', ['governance.vice_chair'], (s) => present(s.governance.vice_chair)),
  initial_vice_chair: cond('The first vice-chair is named', ['governance.vice_chair.initial_holder_member_id'],
    (s) => present(s.governance.vice_chair?.initial_holder_member_id)),
  quorum_must_include: cond('Named members must be present for a quorum', ['governance.quorum.must_include_member_ids'],
    (s) => some(s.governance.quorum.must_include_member_ids)),
  consensus: cond('Decisions are by consensus first', ['governance.voting.method'], (s) => s.governance.voting.method === 'consensus'),
  consensus_fallback: cond('Consensus falls back to a stated rule', ['governance.voting.method', 'governance.voting.consensus_fallback'],
    (s) => s.governance.voting.method === 'consensus' && present(s.governance.voting.consensus_fallback) && s.governance.voting.consensus_fallback !== 'none'),
  weighted: cond('Votes are weighted', ['governance.voting.method'], (s) => s.governance.voting.method === 'weighted'),
  alternates: cond('Alternates may attend and vote', ['governance.voting.alternates_allowed'], (s) => s.governance.voting.alternates_allowed),
  proxies: cond('Proxy votes are allowed', ['governance.voting.proxies_allowed'], (s) => s.governance.voting.proxies_allowed),
  reserved_matters: cond('Reserved matters are listed', ['governance.reserved_matters'], (s) => some(s.governance.reserved_matters)),
  papers_before: cond('Papers have a deadline', ['governance.meetings.papers_before'], (s) => present(s.governance.meetings.papers_before)),
  rotate_host: cond('Meetings rotate between hosts', ['governance.meetings.rotate_host'], (s) => s.governance.meetings.rotate_host === true),
  extraordinary_meetings: cond('Extraordinary meetings are provided for', ['governance.meetings.extraordinary'], (s) => present(s.governance.meetings.extraordinary)),
  annual_review_meeting: cond('An annual review meeting is held', ['governance.meetings.annual_review_meeting'], (s) => s.governance.meetings.annual_review_meeting === true),
  action_log: cond('An action log is kept', ['governance.minutes.action_log'], (s) => s.governance.minutes.action_log === true),
  minutes_distribution: cond('Minutes have a distribution list', ['governance.minutes.distribution'], (s) => some(s.governance.minutes.distribution)),
  conflict_specific_rules: cond('Specific conflict rules are given', ['governance.conflicts_of_interest.specific_rules'],
    (s) => some(s.governance.conflicts_of_interest.specific_rules)),
  conflicts_register: cond('A register of interests is kept', ['governance.conflicts_of_interest.register'], (s) => s.governance.conflicts_of_interest.register === true),
  declare_each_meeting: cond('Interests are declared at each meeting', ['governance.conflicts_of_interest.declare_each_meeting'],
    (s) => s.governance.conflicts_of_interest.declare_each_meeting === true),
  annual_declaration: cond('Interests are declared each year', ['governance.conflicts_of_interest.annual_declaration'],
    (s) => s.governance.conflicts_of_interest.annual_declaration === true),
  decisions_outside_meetings: cond('Decisions may be taken outside meetings', ['governance.decisions_outside_meetings.allowed'],
    (s) => s.governance.decisions_outside_meetings.allowed),
  written_excluded_matters: cond('Some matters cannot be decided outside meetings',
    ['governance.decisions_outside_meetings.allowed', 'governance.decisions_outside_meetings.excluded_matters'],
    (s) => s.governance.decisions_outside_meetings.allowed && some(s.governance.decisions_outside_meetings.excluded_matters)),
  record_written_decisions: cond('Decisions outside meetings are recorded in the next minutes',
    ['governance.decisions_outside_meetings.allowed', 'governance.decisions_outside_meetings.record_in_next_minutes'],
    (s) => s.governance.decisions_outside_meetings.allowed && s.governance.decisions_outside_meetings.record_in_next_minutes !== false),
  urgent_decisions: cond('Urgent decisions are provided for', ['governance.urgent_decisions'], (s) => present(s.governance.urgent_decisions)),
  attendance: cond('Attendance rules are given', ['governance.attendance'], (s) => present(s.governance.attendance)),
  substitutes: cond('Substitutes may attend', ['governance.attendance.substitutes_allowed'], (s) => s.governance.attendance?.substitutes_allowed === true),
  absence_review: cond('Repeated absence triggers a review', ['governance.attendance.review_after_consecutive_absences'],
    (s) => present(s.governance.attendance?.review_after_consecutive_absences)),
  // Management and consultation (sections 11–12)
  management: cond('Management arrangements apply (essential when funded; section 11)', ['funding.has_funding', 'management'],
    (s) => isFunded(s) || present(s.management)),
  coordinator: cond('A coordinator post exists', ['management.coordinator'], (s) => present(s.management?.coordinator)),
  operational_group: cond('An operational group exists', ['management.operational_group'], (s) => present(s.management?.operational_group)),
  consultation: cond('Consultees or advisory groups exist (section 12)', ['stakeholders[].partnership_role', 'advisory_groups'],
    (s) => role(s, 'consultee') || role(s, 'informed_party') || some(s.advisory_groups)),
  advisory_groups: cond('Advisory groups exist', ['advisory_groups'], (s) => some(s.advisory_groups)),
  consultees: cond('Consultees exist', ['stakeholders[].partnership_role'], (s) => role(s, 'consultee')),
  informed_parties: cond('Informed parties exist', ['stakeholders[].partnership_role'], (s) => role(s, 'informed_party')),
  // Work and funding (sections 13–14)
  work_areas: cond('Work areas are given', ['work_areas'], (s) => some(s.work_areas)),
  deliverables: cond('Work areas have deliverables', ['work_areas[].deliverables'], (s) => (s.work_areas ?? []).some((w) => some(w.deliverables))),
  funded: cond('The partnership has shared funding (section 14, Schedule 4)', ['funding.has_funding'], isFunded),
  periods: cond('Funding is divided into periods', ['funding.has_funding', 'funding.periods'], (s) => isFunded(s) && some(s.funding?.periods)),
  management_fee: cond('A management fee applies', ['funding.has_funding', 'funding.management_fee.applies'],
    (s) => isFunded(s) && s.funding?.management_fee?.applies === true),
  management_fee_covers: cond('What the management fee covers is listed', ['funding.has_funding', 'funding.management_fee.applies', 'funding.management_fee.covers'],
    (s) => isFunded(s) && s.funding?.management_fee?.applies === true && some(s.funding.management_fee.covers)),
  contingency: cond('A contingency is held', ['funding.has_funding', 'funding.contingency.amount'],
    (s) => isFunded(s) && /[1-9]/.test(s.funding?.contingency?.amount ?? '0')),
  restricted_fund: cond('The funds are restricted', ['funding.has_funding', 'funding.restricted_fund'], (s) => isFunded(s) && s.funding?.restricted_fund === true),
  payment_schedule: cond('A payment schedule is given', ['funding.has_funding', 'funding.payment_schedule'], (s) => isFunded(s) && present(s.funding?.payment_schedule)),
  first_payment_date: cond('The first payment is dated', ['funding.has_funding', 'funding.payment_schedule.first_payment_date'],
    (s) => isFunded(s) && present(s.funding?.payment_schedule?.first_payment_date)),
  payment_conditions: cond('Payments have conditions', ['funding.has_funding', 'funding.payment_schedule.conditions'],
    (s) => isFunded(s) && some(s.funding?.payment_schedule?.conditions)),
  financial_reporting: cond('Financial reporting is set', ['funding.has_funding', 'funding.financial_reporting'], (s) => isFunded(s) && present(s.funding?.financial_reporting)),
  audit: cond('Audit rights are set', ['funding.has_funding', 'funding.audit'], (s) => isFunded(s) && present(s.funding?.audit)),
  lead_may_audit: cond('The lead partner may audit members', ['funding.has_funding', 'funding.audit.lead_may_audit'], (s) => isFunded(s) && s.funding?.audit?.lead_may_audit === true),
  funder_may_audit: cond('The funder may audit members', ['funding.has_funding', 'funding.audit.funder_may_audit'], (s) => isFunded(s) && s.funding?.audit?.funder_may_audit === true),
  clawback_flow_down: cond('Funder clawback flows down to members', ['funding.has_funding', 'funding.clawback.flow_down'],
    (s) => isFunded(s) && s.funding?.clawback?.flow_down === true),
  funder_membership_consent: cond('A funder must consent to membership changes', ['funding.funders[].requires_consent_to_membership_change'],
    (s) => (s.funding?.funders ?? []).some((f) => f.requires_consent_to_membership_change === true)),
  funder_copy: cond('A funder must receive a copy of the agreement', ['funding.funders[].requires_copy_of_agreement'],
    (s) => (s.funding?.funders ?? []).some((f) => f.requires_copy_of_agreement === true)),
  clawback: cond('Clawback terms are set', ['funding.has_funding', 'funding.clawback'], (s) => isFunded(s) && present(s.funding?.clawback)),
  underspend: cond('Underspend treatment is set', ['funding.has_funding', 'funding.underspend'], (s) => isFunded(s) && present(s.funding?.underspend)),
  overspend: cond('Overspend treatment is set', ['funding.has_funding', 'funding.overspend'], (s) => isFunded(s) && present(s.funding?.overspend)),
  vat: cond('VAT treatment is stated', ['funding.has_funding', 'funding.vat_treatment'], (s) => isFunded(s) && present(s.funding?.vat_treatment)),
  vat_to_be_confirmed: cond('VAT treatment needs professional advice', ['funding.has_funding', 'funding.vat_treatment'],
    (s) => isFunded(s) && s.funding?.vat_treatment === 'to_be_confirmed'),
  public_funder: cond('A public-sector funder is involved', ['funding.funders[].type'],
    (s) => (s.funding?.funders ?? []).some((f) => PUBLIC_AUTHORITY_FUNDERS.has(f.type ?? ''))),
  // Performance and risk (sections 15–16)
  performance: cond('Performance arrangements apply (essential when funded; section 15)', ['funding.has_funding', 'performance'],
    (s) => isFunded(s) || present(s.performance)),
  kpis: cond('KPIs are set (Schedule 5)', ['performance.kpis'], (s) => some(s.performance?.kpis)),
  member_targets: cond('Member-level targets are set', ['performance.member_targets'], (s) => some(s.performance?.member_targets)),
  reporting: cond('Reporting lines are set', ['performance.reporting'], (s) => present(s.performance?.reporting)),
  communicate_performance: cond('Performance is communicated to informed parties', ['performance.reporting.communicate_to_informed_parties'],
    (s) => present(s.performance?.reporting?.communicate_to_informed_parties)),
  underperformance: cond('An underperformance procedure is set', ['performance.underperformance'], (s) => present(s.performance?.underperformance)),
  risk_register: cond('A risk register is kept', ['risk_management'], (s) => present(s.risk_management)),
  initial_risks: cond('Initial risks are listed (Schedule 8)', ['risk_management.initial_risks'], (s) => some(s.risk_management?.initial_risks)),
  serious_incidents: cond('Serious-incident reporting is set', ['risk_management.serious_incidents'], (s) => present(s.risk_management?.serious_incidents)),
  funder_incident_notice: cond('The lead tells the funder of serious incidents within a set time',
    ['risk_management.serious_incidents.lead_notifies_funder_within_hours'],
    (s) => present(s.risk_management?.serious_incidents?.lead_notifies_funder_within_hours)),
  trustees_report_incidents: cond('Trustees report serious incidents to their regulator', ['risk_management.serious_incidents.trustees_report_to_regulator'],
    (s) => s.risk_management?.serious_incidents?.trustees_report_to_regulator === true),
  // Safeguarding and data (sections 17–18; Schedule 9)
  safeguarding: cond('Safeguarding applies (section 17)', ['safeguarding.applies'], (s) => s.safeguarding?.applies === true),
  safeguarding_children: cond('Safeguarding covers children', ['safeguarding.applies', 'safeguarding.scope'],
    (s) => s.safeguarding?.applies === true && (s.safeguarding.scope === 'children' || s.safeguarding.scope === 'both')),
  safeguarding_adults: cond('Safeguarding covers adults at risk', ['safeguarding.applies', 'safeguarding.scope'],
    (s) => s.safeguarding?.applies === true && (s.safeguarding.scope === 'adults_at_risk' || s.safeguarding.scope === 'both')),
  safeguarding_lead: cond('A partnership safeguarding lead is named', ['safeguarding.applies', 'safeguarding.partnership_safeguarding_lead_member_id'],
    (s) => s.safeguarding?.applies === true && present(s.safeguarding.partnership_safeguarding_lead_member_id)),
  vetting_levels: cond('Vetting levels are set by role', ['safeguarding.applies', 'safeguarding.vetting_levels'],
    (s) => s.safeguarding?.applies === true && Object.keys(s.safeguarding.vetting_levels ?? {}).length > 0),
  safeguarding_training: cond('Safeguarding training is refreshed on a cycle', ['safeguarding.applies', 'safeguarding.training_refresh_months'],
    (s) => s.safeguarding?.applies === true && present(s.safeguarding.training_refresh_months)),
  multi_agency: cond('Multi-agency routes are named', ['safeguarding.applies', 'safeguarding.multi_agency'],
    (s) => s.safeguarding?.applies === true && some(s.safeguarding.multi_agency)),
  personal_data: cond('Personal data is handled (section 18)', ['data_protection.personal_data_shared', 'data_protection.relationship'], handlesPersonalData),
  personal_data_shared: cond('Personal data is shared between members (Schedule 9)', ['data_protection.personal_data_shared'],
    (s) => s.data_protection.personal_data_shared),
  joint_controllers: cond('Some members are joint controllers (Art 26)', ['data_protection.relationship', 'data_protection.art26_arrangement'],
    (s) => s.data_protection.relationship === 'joint_controllers' || present(s.data_protection.art26_arrangement)),
  controller_processor: cond('A member processes for another (Art 28)', ['data_protection.relationship', 'data_protection.art28_terms'],
    (s) => s.data_protection.relationship === 'controller_processor' || present(s.data_protection.art28_terms)),
  special_category: cond('Special-category data is shared', ['data_protection.data_categories'], (s) => categories(s).some((c) => SPECIAL_CATEGORY_DATA.has(c))),
  criminal_offence_data: cond('Criminal-offence data is shared', ['data_protection.data_categories'], (s) => categories(s).includes('criminal_offence')),
  consent_relied_on: cond('Consent is a lawful basis', ['data_protection.purposes[].art6_basis'],
    (s) => (s.data_protection.purposes ?? []).some((p) => Object.values(p.art6_basis ?? {}).includes('consent'))),
  dpia: cond('A DPIA is recorded', ['data_protection.dpia'], (s) => present(s.data_protection.dpia)),
  dpia_completed: cond('The DPIA has been completed', ['data_protection.dpia.completed'], (s) => s.data_protection.dpia?.completed === true),
  breach_notice: cond('Partners notify each other of breaches within set hours', ['data_protection.breach_notify_partner_within_hours'],
    (s) => present(s.data_protection.breach_notify_partner_within_hours)),
  subject_access_single_point: cond('Subject access requests go through one point', ['data_protection.subject_access_single_point'],
    (s) => s.data_protection.subject_access_single_point === true),
  international_transfers: cond('International transfers are described', ['data_protection.international_transfers'],
    (s) => present(s.data_protection.international_transfers)),
  // Provisions (sections 19–24)
  confidentiality: cond('Confidentiality obligations apply', ['confidentiality.applies'], (s) => s.confidentiality.applies),
  confidentiality_limited: cond('Confidentiality survives for a number of years', ['confidentiality.survives_years'],
    (s) => typeof s.confidentiality.survives_years === 'number'),
  foi: cond('Freedom of information cooperation applies', ['confidentiality.foi_cooperation'], (s) => s.confidentiality.foi_cooperation === true),
  intellectual_property: cond('Intellectual property terms are set (section 20)', ['intellectual_property'], (s) => present(s.intellectual_property)),
  open_licence: cond('Outputs are published under an open licence', ['intellectual_property.foreground'], (s) => s.intellectual_property?.foreground === 'open_licence'),
  partnership_brand: cond('The partnership has a brand owner', ['intellectual_property.brand_owner'],
    (s) => present(s.intellectual_property?.brand_owner) && s.intellectual_property?.brand_owner !== 'none'),
  funder_ip_flow_down: cond('The funder’s IP rights flow down', ['intellectual_property.funder_rights_flow_down'], (s) => s.intellectual_property?.funder_rights_flow_down === true),
  post_exit_use: cond('Use of IP after exit is described', ['intellectual_property.post_exit_use'], (s) => present(s.intellectual_property?.post_exit_use)),
  speakers: cond('Named members speak for the partnership', ['communications.speak_on_behalf'], (s) => some(s.communications?.speak_on_behalf)),
  funder_acknowledgement: cond('The funder is acknowledged in publicity', ['communications.funder_acknowledgement'], (s) => s.communications?.funder_acknowledgement === true),
  complaints: cond('Complaints arrangements apply (section 22)', ['complaints'], (s) => present(s.complaints)),
  equality: cond('Equality and quality terms apply (section 23)', ['equality', 'members[].quality_marks'],
    (s) => present(s.equality) || s.members.some((m) => some(m.quality_marks))),
  single_sex_service: cond('A single-sex service basis is recorded', ['equality.single_sex_service_basis'], (s) => present(s.equality?.single_sex_service_basis)),
  equality_monitoring: cond('Equality monitoring is carried out', ['equality.equality_monitoring'], (s) => s.equality?.equality_monitoring === true),
  accessibility: cond('Accessibility commitments are listed', ['equality.accessibility'], (s) => some(s.equality?.accessibility)),
  quality_marks: cond('Members hold quality marks', ['members[].quality_marks'], (s) => s.members.some((m) => some(m.quality_marks))),
  liability: cond('Liability and insurance terms apply (section 24, binding agreements)', ['partnership.agreement_status', 'liability_insurance'],
    (s) => isBinding(s) && present(s.liability_insurance)),
  liability_cap: cond('Members’ liability is capped', ['liability_insurance.member_liability_cap'],
    (s) => present(s.liability_insurance?.member_liability_cap) && s.liability_insurance?.member_liability_cap !== 'none'),
  minimum_cover: cond('Minimum insurance cover is set', ['liability_insurance.minimum_cover'], (s) => present(s.liability_insurance?.minimum_cover)),
  // Change (section 25; Schedule 11)
  variation_funder_consent: cond('Variations need funder consent', ['change_management.variation.funder_consent_required'],
    (s) => s.change_management.variation.funder_consent_required === true),
  admission: cond('New members may be admitted', ['change_management.admission.allowed'], (s) => s.change_management.admission.allowed),
  admission_criteria: cond('Admission criteria are listed', ['change_management.admission.allowed', 'change_management.admission.criteria'],
    (s) => s.change_management.admission.allowed && some(s.change_management.admission.criteria)),
  admission_funder_consent: cond('Admissions need funder consent', ['change_management.admission.funder_consent_required'],
    (s) => s.change_management.admission.funder_consent_required === true),
  probation: cond('New members serve a probation period', ['change_management.admission.probation_months'], (s) => present(s.change_management.admission.probation_months)),
  deed_of_adherence: cond('New members sign a deed of adherence (Schedule 11)', ['change_management.admission.allowed', 'change_management.admission.instrument'],
    (s) => s.change_management.admission.allowed && s.change_management.admission.instrument === 'deed_of_adherence_addendum'),
  withdrawal: cond('Members may withdraw', ['change_management.withdrawal.allowed'], (s) => s.change_management.withdrawal.allowed),
  minimum_commitment: cond('Members commit for a minimum period', ['change_management.withdrawal.allowed', 'change_management.withdrawal.minimum_commitment_months'],
    (s) => s.change_management.withdrawal.allowed && present(s.change_management.withdrawal.minimum_commitment_months)),
  withdrawal_obligations: cond('Withdrawing members have exit obligations', ['change_management.withdrawal.obligations'], (s) => some(s.change_management.withdrawal.obligations)),
  suspension: cond('Members may be suspended', ['change_management.suspension'], (s) => present(s.change_management.suspension)),
  expulsion: cond('Members may be expelled', ['change_management.expulsion'], (s) => present(s.change_management.expulsion)),
  right_to_be_heard: cond('A member facing expulsion may be heard', ['change_management.expulsion.right_to_be_heard'], (s) => s.change_management.expulsion?.right_to_be_heard === true),
  change_of_lead: cond('Changing the lead partner is provided for', ['change_management.change_of_lead_partner'], (s) => present(s.change_management.change_of_lead_partner)),
  change_of_lead_funder_consent: cond('Changing the lead needs funder consent', ['change_management.change_of_lead_partner.funder_consent_required'],
    (s) => s.change_management.change_of_lead_partner?.funder_consent_required === true),
  change_of_lead_novation: cond('Changing the lead needs novation of the main contract', ['change_management.change_of_lead_partner.requires_novation'],
    (s) => s.change_management.change_of_lead_partner?.requires_novation === true),
  composition_review: cond('Composition is reviewed periodically', ['change_management.composition_review'], (s) => present(s.change_management.composition_review)),
  // Disputes, termination and general provisions (sections 26–29; Schedule 12)
  continue_during_dispute: cond('Members keep performing during a dispute', ['dispute_resolution.continue_performance_during_dispute'],
    (s) => s.dispute_resolution.continue_performance_during_dispute !== false),
  min_members_event: cond('The agreement ends if too few members remain', ['change_management.termination.events'],
    (s) => s.change_management.termination.events.includes('fewer_than_min_members')),
  exit_plan: cond('An exit plan is given (Schedule 12)', ['change_management.termination.exit_plan'], (s) => some(s.change_management.termination.exit_plan)),
  general_provisions: cond('Full general provisions apply (binding or partly binding)', ['partnership.agreement_status'],
    (s) => s.partnership.agreement_status !== 'non_binding'),
  deed: cond('The agreement is executed as a deed', ['signatures.form'], (s) => s.signatures.form === 'deed'),
  witness: cond('Signatures are witnessed (deed or Scots self-proving execution)', ['signatures.form', 'partnership.governing_law'],
    (s) => s.signatures.form === 'deed' || s.partnership.governing_law === 'scotland'),
  counterparts: cond('The agreement may be signed in counterparts', ['signatures.counterparts'], (s) => s.signatures.counterparts),
  electronic_signature: cond('Electronic signature is allowed', ['signatures.execution'], (s) => s.signatures.execution !== 'wet_ink'),
  scots_law: cond('Scots law governs', ['partnership.governing_law'], (s) => s.partnership.governing_law === 'scotland'),
  // Other documents' optional sections (DOMAIN §2.2–2.7)
  meetings_protocol_confidential_items: cond('Confidential (part B) items are handled', ['meetings_protocol.confidential_items'],
    (s) => present(s.meetings_protocol?.confidential_items)),
  induction: cond('Newcomers are inducted', ['meetings_protocol.induction'], (s) => present(s.meetings_protocol?.induction)),
  ground_rules: cond('Ground rules are listed', ['meetings_protocol.ground_rules'], (s) => some(s.meetings_protocol?.ground_rules)),
  standing_items: cond('Standing agenda items are listed', ['meetings_protocol.standing_items'], (s) => some(s.meetings_protocol?.standing_items)),
  group_expenses: cond('Advisory groups have resources or expenses', ['advisory_groups[].resources'], (s) => (s.advisory_groups ?? []).some((g) => present(g.resources))),
  referrals: cond('A referral protocol is supported', ['referrals'], (s) => present(s.referrals)),
} satisfies Record<string, Condition>;

/** The name of a condition, as templates write it after `when.`. */
export type ConditionName = keyof typeof CONDITIONS;

/**
 * Evaluate every condition for a spec.
 * @param spec a valid partnership spec
 * @returns one boolean per condition name
 */
export function evaluateConditions(spec: PartnershipSpec): Record<ConditionName, boolean> {
  const out = {} as Record<ConditionName, boolean>;
  for (const name of Object.keys(CONDITIONS) as ConditionName[]) out[name] = CONDITIONS[name].predicate(spec);
  return out;
}
