/**
 * The vocabularies of change, disputes, termination, data protection, safeguarding and the general provisions.
 *
 * Part of the one label table (`../labels.ts`); wording rules are stated there.
 */

/** Labels by vocabulary. */
export const PROVISIONS_LABELS = {
  suspension_ground: {
    safeguarding_investigation: 'an open safeguarding investigation', regulator_action: 'action by a regulator',
    material_breach: 'a material breach of this Agreement', insolvency_proceedings: 'insolvency proceedings',
  },
  variation_mechanism: {
    written_addendum_signed_by_all: 'a written addendum signed by all the Partners',
    decision_body_resolution_plus_addendum: 'a written addendum recording the resolution of {body}',
  },
  admission_criteria: {
    womens_organisation: 'being a women’s organisation', not_for_profit: 'being a not-for-profit organisation',
    policies_in_place: 'having the policies this Agreement requires', due_diligence_passed: 'having passed due diligence',
    specialist_vawg_organisation: 'being a specialist violence against women and girls (VAWG) organisation',
    specialist_vawg_service: 'providing a specialist violence against women and girls (VAWG) service',
  },
  admission_instrument: { deed_of_adherence_addendum: 'a deed of adherence and an addendum', addendum: 'an addendum' },
  withdrawal_obligation: {
    complete_current_quarter: 'complete the current quarter’s work', safe_transfer_of_open_cases: 'transfer open cases safely',
    complete_open_referrals: 'complete open referrals', return_unspent_funds: 'return unspent funds',
    hand_over_records: 'hand over records', return_or_destroy_data: 'return or destroy personal data as instructed',
    continue_confidentiality: 'continue to keep information confidential',
  },
  expulsion_ground: {
    material_breach_unremedied: 'a material breach of this Agreement not remedied within the remedy period', insolvency: 'insolvency',
    loss_of_registration: 'loss of charitable or other registration', safeguarding_failure: 'a serious safeguarding failure',
    reputational_damage: 'conduct that seriously damages the reputation of the Partnership',
    persistent_underperformance: 'persistent underperformance', ceasing_eligibility: 'ceasing to meet the admission criteria',
    persistent_non_attendance: 'persistent non-attendance',
  },
  termination_event: {
    end_of_term: 'the end of the term', funder_contract_ends: 'the end of the Main Contract or funding agreement',
    funding_ceases: 'the funding ceasing', mutual_agreement: 'the written agreement of all the Partners',
    fewer_than_min_members: 'the number of Partners falling below the minimum', purpose_achieved: 'the purpose being achieved',
    withdrawal_of_either_member: 'the withdrawal of either Partner',
  },
  exit_step: {
    final_report_to_funder: 'make the final report to the Funder', return_or_destroy_data: 'return or destroy personal data',
    distribute_assets_per_funder_terms: 'distribute assets in accordance with the Funder’s terms',
    safe_transfer_of_open_cases: 'transfer open cases safely', return_unspent_funds: 'return unspent funds',
  },
  dispute_stage: {
    informal_resolution: 'informal discussion between the representatives', senior_officer_meeting: 'a meeting of senior officers',
    chief_executives_meeting: 'a meeting of the chief executives', decision_body: 'referral to {body}',
    mediation: 'mediation', expert_determination: 'expert determination', arbitration: 'arbitration', litigation: 'proceedings in the courts',
  },
  dispute_costs: { shared_equally: 'shared equally', as_mediator_decides: 'shared as the mediator decides', each_bears_own: 'borne by each party itself' },
  data_relationship: {
    independent_controllers: 'independent controllers', joint_controllers: 'joint controllers',
    controller_processor: 'controller and processor', mixed: 'a mix of controllers and processors, as the data-sharing schedule records',
    none: 'none',
  },
  data_subject: {
    service_users: 'service users', children_of_service_users: 'children of service users', alleged_perpetrators: 'alleged perpetrators',
    staff: 'staff', volunteers: 'volunteers', supporters: 'supporters',
  },
  data_category: {
    contact_details: 'contact details', demographics: 'demographic information', health: 'health information',
    sex_life_sexual_orientation: 'sex life and sexual orientation', racial_ethnic_origin: 'racial or ethnic origin',
    religious_beliefs: 'religious beliefs', criminal_offence: 'criminal offence data', immigration_status: 'immigration status',
    risk_assessment: 'risk assessments', case_notes: 'case notes', financial: 'financial information',
  },
  art6_basis: {
    consent: 'consent (Article 6(1)(a))', contract: 'contract (Article 6(1)(b))', legal_obligation: 'legal obligation (Article 6(1)(c))',
    vital_interests: 'vital interests (Article 6(1)(d))', public_task: 'public task (Article 6(1)(e))',
    legitimate_interests: 'legitimate interests (Article 6(1)(f))',
  },
  art9_condition: {
    explicit_consent: 'explicit consent (Article 9(2)(a))', employment_social_security: 'employment and social security (Article 9(2)(b))',
    vital_interests: 'vital interests (Article 9(2)(c))', not_for_profit_body: 'not-for-profit body (Article 9(2)(d))',
    made_public: 'data made public by the data subject (Article 9(2)(e))', legal_claims: 'legal claims (Article 9(2)(f))',
    substantial_public_interest: 'substantial public interest (Article 9(2)(g))', health_social_care: 'health or social care (Article 9(2)(h))',
    public_health: 'public health (Article 9(2)(i))', archiving_research: 'archiving, research or statistics (Article 9(2)(j))',
  },
  sch1_condition: {
    para_1_employment: 'Schedule 1 paragraph 1 (employment)', para_2_health_social_care: 'Schedule 1 paragraph 2 (health or social care)',
    para_6_statutory_government: 'Schedule 1 paragraph 6 (statutory and government purposes)',
    para_8_equality_of_opportunity: 'Schedule 1 paragraph 8 (equality of opportunity or treatment)',
    para_10_preventing_unlawful_acts: 'Schedule 1 paragraph 10 (preventing or detecting unlawful acts)',
    para_17_counselling: 'Schedule 1 paragraph 17 (counselling)',
    para_18_safeguarding_children_and_individuals_at_risk: 'Schedule 1 paragraph 18 (safeguarding of children and individuals at risk)',
  },
  transfer_method: {
    secure_email: 'secure email', shared_case_management_system_role_based_access: 'a shared case-management system with role-based access',
    encrypted_file_transfer: 'encrypted file transfer', telephone_then_confirmed_in_writing: 'telephone, confirmed in writing',
  },
  safeguarding_scope: { adults_at_risk: 'adults at risk', children: 'children', both: 'children and adults at risk', none: 'no one' },
  vetting_level: {
    basic: 'basic check', standard: 'standard check', enhanced: 'enhanced check',
    enhanced_with_barred_lists: 'enhanced check with barred-list checks', pvg_membership: 'PVG scheme membership',
  },
  staff_role: {
    frontline_staff: 'front-line staff', frontline_workers: 'front-line workers', caseworkers: 'caseworkers',
    idvas: 'independent domestic violence advisers', isvas: 'independent sexual violence advisers', volunteers: 'volunteers',
    idva: 'independent domestic violence adviser (IDVA)', isva: 'independent sexual violence adviser (ISVA)',
    managers: 'managers', trustees: 'trustees', helpline_staff: 'helpline staff', children_workers: 'children’s workers',
  },
  multi_agency: {
    marac: 'the multi-agency risk assessment conference (MARAC)', mash: 'the multi-agency safeguarding hub (MASH)',
    lado: 'the local authority designated officer (LADO)', adult_safeguarding_board: 'the safeguarding adults board',
  },
  background_ip: { remains_with_owner: 'remains with the Partner that owns it' },
  background_licence: { royalty_free_for_term: 'a royalty-free licence for the term, for the purposes of the Partnership', none: 'no licence' },
  foreground_ip: {
    creator_owns_with_licence: 'owned by the Partner that creates it, which grants the other Partners a royalty-free licence to use it for the purposes of the Partnership',
    jointly_owned: 'owned jointly by the Partners', lead_partner_owns: 'owned by the Lead Partner on behalf of the Partnership',
    funder_owns: 'owned by the Funder', open_licence: 'published under an open licence',
  },
  brand_owner: { lead_partner_on_behalf: 'the Lead Partner, on behalf of the Partners', jointly: 'the Partners jointly', none: 'no one' },
  liability_model: {
    several: 'each Partner is liable only for its own acts and omissions',
    flow_down_back_to_back: 'each Partner is liable to the Lead Partner, back to back, for the obligations passed down to it',
    joint_and_several: 'the Partners are jointly and severally liable',
  },
  liability_cap: { none: 'no cap', allocation_amount: 'the amount of its allocation', fixed: 'a fixed amount' },
  insurance: {
    public_liability: 'public liability', employers_liability: 'employers’ liability',
    professional_indemnity: 'professional indemnity', cyber: 'cyber',
  },
  complaints_handler: { lead_partner: 'the Lead Partner', decision_body: '{body}' },
  press_approvers: {
    lead_and_named_members: 'the Lead Partner and each Partner named in it', all_members: 'all the Partners',
    both_members: 'both Partners',
  },
  logo_use: { with_consent: 'only with that Partner’s prior written consent', not_permitted: 'not permitted' },
  execution: { wet_ink: 'in ink', electronic: 'electronically', either: 'in ink or electronically' },
  signature_form: { simple_contract: 'simple contract', deed: 'deed' },
  courts_kind: { exclusive: 'exclusive', non_exclusive: 'non-exclusive' },
} as const;
