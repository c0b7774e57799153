/**
 * The one label table: every enum value of the spec in the words a document uses, by vocabulary.
 *
 * Labels are lower-case phrases that fit mid-sentence ("company limited by guarantee"); proper nouns
 * and the agreement's defined terms ("Partner", "the Lead Partner") keep their capitals, and `{body}`
 * stands for the decision body's own name, which the view puts in (see `names.ts`). Open vocabularies (DOMAIN §3.3) accept any lower_snake_case token: a known token
 * gets its label, an unknown one is humanised ("due_diligence_passed" → "due diligence passed").
 */

type Table = Readonly<Record<string, string>>;

const FREQUENCY: Table = {
  each_meeting: 'at each meeting', monthly: 'monthly', six_weekly: 'every six weeks', bimonthly: 'every two months',
  quarterly: 'quarterly', four_monthly: 'every four months', biannual: 'twice a year', annual: 'annually',
  as_required: 'as required', ad_hoc: 'from time to time',
};

const THRESHOLD: Table = {
  unanimity: 'unanimity', unanimity_excluding_affected: 'unanimity of the Voting Partners other than the Partner affected',
  three_quarters_majority: 'a three-quarters majority', two_thirds_majority: 'a two-thirds majority',
  simple_majority: 'a simple majority',
};

const RESERVED_MATTER: Table = {
  vary_agreement: 'varying this Agreement', admit_member: 'admitting a new Partner', suspend_member: 'suspending a Partner',
  expel_member: 'expelling a Partner', change_lead_partner: 'changing the Lead Partner',
  change_accountable_body: 'changing the accountable body', approve_bid_submission: 'approving the submission of a bid',
  approve_budget: 'approving the budget', change_allocations: 'changing funding allocations',
  change_management_fee: 'changing the management fee', change_objectives: 'changing the objectives',
  extend_term: 'extending the term', terminate_partnership: 'ending the Partnership',
  appoint_coordinator: 'appointing the coordinator',
  approve_public_statement_on_behalf: 'approving a public statement on behalf of the Partnership',
  commit_expenditure_over_limit: 'committing expenditure above the agreed limit',
  license_partnership_ip: 'licensing Partnership intellectual property', distribute_assets: 'distributing assets',
};

/** Every closed vocabulary of the spec, and the known tokens of the open ones, keyed by vocabulary. */
export const LABELS = {
  status: { draft: 'draft', agreed: 'agreed', signed: 'signed', superseded: 'superseded' },
  document: {
    partnership_agreement: 'Partnership Agreement', terms_of_reference: 'Terms of Reference',
    meetings_protocol: 'Meetings Protocol', mou: 'Memorandum of Understanding', referral_protocol: 'Referral Protocol',
    data_sharing_schedule: 'Data-Sharing Schedule', signature_pages: 'Signature Pages', addendum: 'Addendum',
  },
  principle: {
    mutual_trust_and_respect: 'mutual trust and respect', openness_and_transparency: 'openness and transparency',
    equal_voice_regardless_of_size: 'an equal voice for every Partner, whatever its size', shared_ownership: 'shared ownership',
    commitment: 'commitment', survivor_centred: 'survivor-centred practice', trauma_informed: 'trauma-informed practice',
    woman_centred_practice: 'woman-centred practice', by_and_for_representation: 'by-and-for representation',
  },
  way_of_working: {
    network_alliance: 'a network or alliance', working_through_others: 'a partnership that delivers through others',
    working_with_others: 'a joint delivery partnership', working_for_others: 'a partnership that delivers for others',
    strategic_partnership: 'a strategic partnership', referral_partnership: 'a referral partnership',
  },
  structure_model: {
    informal_network: 'an informal network basis', mou_only: 'a memorandum-of-understanding basis',
    lead_agency: 'a lead agency model', managing_agent: 'a managing agent model',
    managing_provider: 'a managing provider model', constituted_consortium: 'a constituted consortium model',
    joint_contract: 'a joint contract model',
  },
  agreement_status: { legally_binding: 'legally binding', non_binding: 'not legally binding', partly_binding: 'partly legally binding' },
  binding_section: {
    confidentiality: 'confidentiality', data_protection: 'data protection', intellectual_property: 'intellectual property',
    dispute_resolution: 'dispute resolution', funding: 'funding and finance',
  },
  geography: { england: 'England', wales: 'Wales', scotland: 'Scotland', northern_ireland: 'Northern Ireland', uk: 'the United Kingdom' },
  country: { england: 'England', wales: 'Wales', scotland: 'Scotland', northern_ireland: 'Northern Ireland' },
  extension_mechanism: {
    funder_extension_of_main_contract: 'if the Funder extends the Main Contract', mutual_agreement: 'by agreement of all the Partners',
  },
  procurement_regime: {
    procurement_act_2023: 'the Procurement Act 2023', pcr_2015: 'the Public Contracts Regulations 2015',
    grant_not_procured: 'a grant, not a procurement', other: 'another procedure',
  },
  bid_costs: {
    each_bears_own: 'each Partner bears its own bid costs', shared_equally: 'the Partners share bid costs equally',
    shared_pro_rata: 'the Partners share bid costs in proportion to their proposed allocations',
  },
  legal_form: {
    company_limited_by_guarantee: 'company limited by guarantee', company_limited_by_shares: 'company limited by shares',
    cio: 'charitable incorporated organisation', scio: 'Scottish charitable incorporated organisation',
    charitable_trust: 'charitable trust', unincorporated_association: 'unincorporated association',
    cic: 'community interest company', community_benefit_society: 'community benefit society',
    cooperative_society: 'co-operative society', statutory_body: 'statutory body', royal_charter_body: 'body incorporated by royal charter',
    other: 'body',
  },
  statutory_type: {
    local_authority: 'local authority', nhs_body: 'NHS body', police: 'police force',
    police_and_crime_commissioner: 'police and crime commissioner', probation: 'probation service',
    education: 'education body', other: 'public body',
  },
  partnership_role: { key_decision_maker: 'key decision-making partner', consultee: 'consultee', informed_party: 'informed party' },
  member_status: { proposed: 'proposed', active: 'active', suspended: 'suspended', withdrawn: 'withdrawn', expelled: 'expelled' },
  authority_basis: {
    board_resolution: 'board resolution', delegated_authority: 'delegated authority',
    committee_resolution: 'committee resolution', constitution: 'its constitution',
  },
  contribution: {
    expertise: 'expertise', staff_time: 'staff time', venue: 'venue', equipment: 'equipment', volunteers: 'volunteers',
    cash: 'cash', data: 'data', referrals: 'referrals', publicity: 'publicity', contacts: 'contacts',
    back_office: 'back-office services', service: 'service delivery', funding_intelligence: 'funding intelligence', other: 'other',
  },
  policy: {
    safeguarding_adults: 'safeguarding adults', safeguarding_children: 'safeguarding children', data_protection: 'data protection',
    equality: 'equality and diversity', complaints: 'complaints', whistleblowing: 'whistleblowing',
    health_and_safety: 'health and safety', lone_working: 'lone working',
  },
  stakeholder_type: {
    organisation: 'organisation', network: 'network', sector: 'sector', statutory: 'statutory body',
    service_users: 'service users', funder: 'funder',
  },
  engagement_method: {
    advisory_group: 'membership of an advisory group', consultation: 'consultation', survey: 'a survey',
    e_bulletin: 'an e-bulletin', newsletter: 'a newsletter', annual_report: 'the annual report', website: 'the website',
    event: 'events', briefing: 'briefings',
  },
  decision_body_type: {
    steering_group: 'steering group', partnership_board: 'partnership board', management_committee: 'management committee',
    board: 'board', joint_review_group: 'joint review group',
  },
  function: {
    agree_vision_aims_objectives: 'agreeing the vision, aims and objectives of the Partnership',
    agree_constitution: 'agreeing the constitution of the Partnership and changes to this Agreement',
    agree_structure_and_operation: 'agreeing the structure and operation of the Partnership',
    formulate_policies_and_strategies: 'formulating policies and strategies',
    approve_expenditure: 'giving final approval to expenditure', oversee_management: 'overseeing the management of the Partnership',
    ensure_systems_fit_for_purpose: 'making sure that management, monitoring and financial systems are fit for purpose',
    review_progress: 'reviewing progress', approve_bids: 'approving bids', approve_allocations: 'approving funding allocations',
  },
  observer_attends: { all: 'all meetings', quarterly_part_a_only: 'the open part of one meeting each quarter', by_invitation: 'meetings to which it is invited' },
  chair_selection: {
    elected_annually: 'elected each year by the Voting Partners', rotating: 'held in rotation by the Voting Partners',
    lead_partner_ex_officio: 'held by the representative of the Lead Partner', independent_appointed: 'an independent person appointed by the Voting Partners',
  },
  chair_eligible: {
    voting_members: 'the Representatives of the Voting Partners',
    voting_members_except_lead: 'the Representatives of the Voting Partners other than the Lead Partner', independent: 'independent persons',
  },
  quorum_rounding: { up: 'rounded up', up_plus_one_if_exact_half: 'rounded up, plus one where the result is exactly half' },
  voting_method: {
    consensus: 'consensus', simple_majority: 'a simple majority', two_thirds_majority: 'a two-thirds majority',
    unanimity: 'unanimity', weighted: 'a weighted majority',
  },
  consensus_fallback: {
    simple_majority: 'a simple majority', two_thirds_majority: 'a two-thirds majority', unanimity: 'unanimity',
    chair_casting_vote: 'the chair’s casting vote', refer_to_dispute_resolution: 'the dispute resolution procedure', none: 'no fallback',
  },
  threshold: THRESHOLD,
  written_threshold: { same_as_meeting: 'the majority of all the Voting Partners that a meeting would need', unanimity: 'all the Voting Partners' },
  reserved_matter: RESERVED_MATTER,
  frequency: FREQUENCY,
  meeting_format: { in_person: 'in person', virtual: 'virtually', hybrid: 'in a hybrid format, in person with virtual attendance' },
  extraordinary_caller: {
    chair: 'the chair', lead_partner: 'the Lead Partner', any_member: 'any Voting Partner',
    any_two_members: 'any two Voting Partners', any_three_members: 'any three Voting Partners',
  },
  minutes_taker: { secretariat: 'the secretariat', convenor: 'the convenor', rotating: 'the Voting Partners in rotation' },
  minutes_approval: { next_meeting: 'at the next meeting', written: 'in writing' },
  minutes_distribution: {
    members: 'all the Partners', member_boards_summary: 'a summary to each Partner’s board', funder: 'the Funder',
    network: 'the wider network', advisory_groups: 'the advisory groups', website: 'publication on the website',
  },
  conflict_procedure: {
    declare_and_withdraw: 'declare the interest and withdraw from the discussion and the decision',
    declare_no_vote: 'declare the interest and take no part in the vote',
    chair_decides: 'declare the interest; the chair then decides whether the person may take part',
  },
  written_method: { email: 'email', online_poll: 'an online poll', signed_resolution: 'a written resolution signed by the Voting Partners' },
  urgent_by: { chair: 'the chair', lead_partner: 'the Lead Partner', vice_chair: 'the vice-chair' },
  coordinator_funded_from: { management_fee: 'the management fee', allocation: 'an allocation', in_kind: 'a contribution in kind' },
  secretariat_function: {
    arrange_meetings: 'arranging meetings', agendas_and_papers: 'preparing and circulating agendas and papers',
    minutes_and_action_log: 'taking minutes and keeping the action log', membership_register: 'keeping the register of members',
    document_control: 'controlling versions of the Partnership’s documents', correspondence: 'handling correspondence',
  },
  management_function: {
    day_to_day_coordination: 'day-to-day coordination', contracting_with_delivery_organisations: 'contracting with delivery organisations',
    operating_financial_systems: 'operating the financial systems and keeping financial records', monitoring_activities: 'monitoring activities',
    line_management_of_partnership_staff: 'line management of Partnership staff', research_and_reports: 'research and reports',
  },
  operational_members: { service_managers_of_all_members: 'the service managers of all the Partners' },
  group_type: {
    advisory_group: 'advisory group', working_group: 'working group', sub_committee: 'sub-committee', reference_group: 'reference group',
    lived_experience_panel: 'lived-experience panel', wider_network_forum: 'wider network forum', citizens_panel: 'citizens’ panel',
  },
  information: {
    work_plan: 'the work plan', progress_reports: 'progress reports', draft_policy_responses: 'draft policy responses',
    minutes: 'minutes of meetings', performance_reports: 'performance reports', risk_register: 'the risk register',
  },
  budget_line: { coordination: 'the coordination budget', management_fee: 'the management fee', contingency: 'the contingency' },
  accessibility: {
    bsl: 'British Sign Language interpretation', bsl_interpreter_on_request: 'a British Sign Language interpreter on request',
    interpreters_on_request: 'interpreters on request', step_free_venues: 'step-free venues',
    papers_in_accessible_formats: 'papers in accessible formats', bsl_interpretation: 'British Sign Language interpretation',
    interpreters: 'interpreters', step_free_access: 'step-free access', hearing_loop: 'a hearing loop',
    easy_read: 'easy-read papers', large_print: 'large-print papers', captioning: 'live captions',
  },
  suspension_ground: {
    safeguarding_investigation: 'an open safeguarding investigation', regulator_action: 'action by a regulator',
    material_breach: 'a material breach of this Agreement', insolvency_proceedings: 'insolvency proceedings',
  },
  role_status: { advisory_only: 'advisory only', delegated_limited: 'delegated, within stated limits' },
  lead_role: {
    convenor: 'convenor', secretariat: 'secretariat', external_liaison: 'external liaison',
    accountable_body: 'accountable body', champion: 'champion',
  },
  selection_reason: {
    convened_partnership: 'it convened the Partnership', recipient_of_funding: 'it receives the funding',
    recognised_stakeholder: 'it is a recognised stakeholder', elected: 'it was elected by the Partners',
  },
  funder_type: {
    local_authority: 'local authority', london_councils: 'London Councils', central_government: 'central government',
    nhs: 'NHS', police_and_crime_commissioner: 'police and crime commissioner', national_lottery: 'National Lottery',
    trust_or_foundation: 'trust or foundation', corporate: 'corporate funder', other: 'other funder',
  },
  agreement_type: { grant: 'grant agreement', contract: 'contract', service_level_agreement: 'service level agreement', spot_purchase: 'spot-purchase arrangement' },
  fee_basis: {
    percentage_of_total: 'a percentage of the total funding', percentage_of_delivery_allocations: 'a percentage of the delivery allocations',
    fixed_amount: 'a fixed amount',
  },
  fee_covers: {
    coordinator_post: 'the coordinator post', finance_and_grant_management: 'finance and grant management',
    funder_reporting: 'reporting to the Funder', secretariat: 'the secretariat', monitoring: 'monitoring',
    consortium_manager_post: 'the consortium manager post', finance_and_contract_management: 'finance and contract management',
    quality_assurance: 'quality assurance',
  },
  allocation_basis: { fixed: 'fixed amount', unit_rate: 'unit rate', payment_by_results: 'payment by results' },
  payment_frequency: { monthly: 'monthly', quarterly: 'quarterly', biannual: 'twice a year', annual: 'annually', milestone: 'on reaching agreed milestones' },
  payment_timing: { in_advance: 'in advance', in_arrears: 'in arrears' },
  payment_condition: {
    monitoring_return_received: 'the Partner’s monitoring return has been received',
    invoice_received: 'a valid invoice or claim has been received',
    no_unremedied_breach: 'the Partner is not in unremedied breach of this Agreement',
    quarterly_monitoring_return_received: 'the Partner’s quarterly monitoring return has been received',
  },
  clawback_trigger: {
    ineligible_expenditure: 'ineligible expenditure', underperformance: 'underperformance', overpayment: 'overpayment',
    breach: 'breach of this Agreement', withdrawal: 'withdrawal from the Partnership', funder_clawback: 'recovery by the Funder',
    unspent_funds: 'unspent funds', fraud: 'fraud',
  },
  underspend: {
    return_to_pool: 'returned to the Partnership’s funds for reallocation by {body}',
    return_to_funder: 'returned to the Funder', retain_with_approval: 'kept by the Partner only with {body}’s approval',
  },
  overspend: { member_bears: 'borne by the Partner concerned', decision_body_decides: 'dealt with as {body} decides' },
  vat_treatment: {
    outside_scope_grant: 'outside the scope of VAT, as grant funding', standard_rated: 'standard-rated for VAT',
    exempt: 'exempt from VAT', mixed: 'partly taxable and partly exempt or outside the scope of VAT',
    to_be_confirmed: 'to be confirmed on professional advice',
  },
  risk_category: {
    financial: 'financial', delivery: 'delivery', safeguarding: 'safeguarding', data_protection: 'data protection',
    reputational: 'reputational', governance: 'governance', partnership_relationship: 'partnership relationships',
    legal_compliance: 'legal compliance', staffing: 'staffing', funding_continuity: 'funding continuity', premises: 'premises',
    it_security: 'IT security',
  },
  risk_status: { open: 'open', monitoring: 'monitoring', closed: 'closed' },
  scoring_method: { likelihood_x_impact: 'likelihood multiplied by impact' },
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
  kpi_type: { output: 'output', outcome: 'outcome', quality: 'quality', process: 'process', financial: 'financial' },
  kpi_period: { quarterly: 'per quarter', annual: 'per year', term: 'over the term' },
  report_party: { members: 'each Partner', lead_partner: 'the Lead Partner', funder: 'the Funder', decision_body: '{body}' },
  underperformance_step: {
    discussion: 'discussion between the Partner and the Lead Partner', improvement_plan: 'an agreed improvement plan',
    decision_body_review: 'review by {body}', reallocation: 'reallocation of work and funding', expulsion: 'expulsion',
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
} as const satisfies Readonly<Record<string, Table>>;

/** A vocabulary of the label table, e.g. `legal_form`. */
export type Vocabulary = keyof typeof LABELS;

/**
 * Turn an unknown lower_snake_case token into words: "due_diligence_passed" → "due diligence passed".
 * @param token the token
 */
export function humanise(token: string): string {
  return token.replace(/_+/g, ' ').trim();
}

/**
 * The label of a token in a vocabulary; unknown tokens (open vocabularies) are humanised.
 * @param vocabulary a key of {@link LABELS}
 * @param token the spec value; optional sub-fields may be absent
 * @param fallback the words to use when the token is absent ("" by default)
 */
export function label(vocabulary: Vocabulary, token: string | null | undefined, fallback = ''): string {
  if (token === null || token === undefined) return fallback;
  const table: Table = LABELS[vocabulary];
  return table[token] ?? humanise(token);
}

/**
 * Labels for a list of tokens, in order.
 * @param vocabulary a key of {@link LABELS}
 * @param tokens the spec values (absent means none)
 */
export function labels(vocabulary: Vocabulary, tokens: readonly string[] | null | undefined): string[] {
  return (tokens ?? []).map((t) => label(vocabulary, t));
}
