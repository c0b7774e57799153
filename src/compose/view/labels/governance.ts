/**
 * The vocabularies of governance, management, advisory groups and the lead partner.
 *
 * Part of the one label table (`../labels.ts`); wording rules are stated there.
 */

type Table = Readonly<Record<string, string>>;

const THRESHOLD: Table = {
  unanimity: 'unanimity',
  unanimity_excluding_affected: 'unanimity of the Voting Partners other than the Partner affected',
  three_quarters_majority: 'a three-quarters majority',
  two_thirds_majority: 'a two-thirds majority',
  simple_majority: 'a simple majority',
};

// What each threshold means, of whom: of the votes cast at the meeting, or of every Voting Partner. A
// Partner that must withdraw for a conflict of interest (its own allocation) cannot block unanimity.
const THRESHOLD_MEANING: Table = {
  unanimity:
    'the agreement of every Voting Partner, other than one that must withdraw because of a conflict of interest',
  unanimity_excluding_affected:
    'the agreement of every Voting Partner other than the Partner affected and any that must withdraw because of a conflict of interest',
  three_quarters_majority: 'at least three-quarters of the votes cast by the Voting Partners present and voting',
  two_thirds_majority: 'at least two-thirds of the votes cast by the Voting Partners present and voting',
  simple_majority: 'more than half of the votes cast by the Voting Partners present and voting',
};

const RESERVED_MATTER: Table = {
  vary_agreement: 'varying this Agreement',
  admit_member: 'admitting a new Partner',
  suspend_member: 'suspending a Partner',
  expel_member: 'expelling a Partner',
  change_lead_partner: 'changing the Lead Partner',
  change_accountable_body: 'changing the accountable body',
  approve_bid_submission: 'approving the submission of a bid',
  approve_budget: 'approving the budget',
  change_allocations: 'changing funding allocations',
  change_management_fee: 'changing the management fee',
  change_objectives: 'changing the objectives',
  extend_term: 'extending the term',
  terminate_partnership: 'ending the Partnership',
  appoint_coordinator: 'appointing the {post}',
  approve_public_statement_on_behalf: 'approving a public statement on behalf of the Partnership',
  commit_expenditure_over_limit: 'committing expenditure above the agreed limit',
  license_partnership_ip: 'licensing Partnership intellectual property',
  distribute_assets: 'distributing assets',
};

/** Every closed vocabulary of the spec, and the known tokens of the open ones, keyed by vocabulary. */
const FREQUENCY: Table = {
  each_meeting: 'at each meeting',
  monthly: 'monthly',
  six_weekly: 'every six weeks',
  bimonthly: 'every two months',
  quarterly: 'quarterly',
  four_monthly: 'every four months',
  biannual: 'twice a year',
  annual: 'annually',
  as_required: 'as required',
  ad_hoc: 'from time to time',
};

/** Labels by vocabulary. */
export const GOVERNANCE_LABELS = {
  decision_body_type: {
    steering_group: 'steering group',
    partnership_board: 'partnership board',
    management_committee: 'management committee',
    board: 'board',
    joint_review_group: 'joint review group',
  },
  function: {
    agree_vision_aims_objectives: 'agreeing the vision, aims and objectives of the Partnership',
    // Listed by the agreement and by the terms of reference alike: no "this Agreement" in the latter.
    agree_constitution: 'agreeing the constitution of the Partnership and any changes to it',
    agree_structure_and_operation: 'agreeing the structure and operation of the Partnership',
    formulate_policies_and_strategies: 'formulating policies and strategies',
    approve_expenditure: 'giving final approval to expenditure',
    oversee_management: 'overseeing the management of the Partnership',
    ensure_systems_fit_for_purpose: 'making sure that management, monitoring and financial systems are fit for purpose',
    review_progress: 'reviewing progress',
    approve_bids: 'approving bids',
    approve_allocations: 'approving funding allocations',
  },
  observer_attends: {
    all: 'all meetings',
    quarterly_part_a_only: 'the open part of one meeting each quarter',
    by_invitation: 'meetings to which they are invited',
  },
  chair_selection: {
    elected_annually: 'elected each year by the Voting Partners',
    rotating: 'held in rotation by the Voting Partners',
    lead_partner_ex_officio: 'held by the representative of the Lead Partner',
    independent_appointed: 'an independent person appointed by the Voting Partners',
  },
  chair_eligible: {
    voting_members: 'the Representatives of the Voting Partners',
    voting_members_except_lead: 'the Representatives of the Voting Partners other than the Lead Partner',
    independent: 'independent persons',
  },
  quorum_rounding: {
    up: 'rounded up',
    up_plus_one_if_exact_half: 'rounded up, plus one where the result is exactly half',
  },
  voting_method: {
    consensus: 'consensus',
    simple_majority: 'a simple majority',
    two_thirds_majority: 'a two-thirds majority',
    unanimity: 'unanimity',
    weighted: 'a weighted majority',
  },
  consensus_fallback: {
    simple_majority: 'a simple majority',
    two_thirds_majority: 'a two-thirds majority',
    unanimity: 'unanimity',
    chair_casting_vote: 'the chair’s casting vote',
    refer_to_dispute_resolution: 'the dispute resolution procedure',
    none: 'no fallback',
  },
  threshold: THRESHOLD,
  threshold_meaning: THRESHOLD_MEANING,
  // `same_as_meeting` is worked out from the voting method (view/governance.ts); these are of all the
  // Voting Partners, since no one is present and voting in writing.
  written_threshold: {
    same_as_meeting: 'the same majority of all the Voting Partners as a meeting needs',
    unanimity: 'all the Voting Partners',
  },
  reserved_matter: RESERVED_MATTER,
  frequency: FREQUENCY,
  meeting_format: {
    in_person: 'in person',
    virtual: 'virtually',
    hybrid: 'in a hybrid format, in person with virtual attendance',
  },
  extraordinary_caller: {
    chair: 'the chair',
    lead_partner: 'the Lead Partner',
    any_member: 'any Voting Partner',
    any_two_members: 'any two Voting Partners',
    any_three_members: 'any three Voting Partners',
  },
  minutes_taker: {
    secretariat: 'the secretariat',
    convenor: 'the convenor',
    rotating: 'the Voting Partners in rotation',
  },
  minutes_approval: { next_meeting: 'at the next meeting', written: 'in writing' },
  minutes_distribution: {
    members: 'all the Partners',
    member_boards_summary: 'a summary to each Partner’s board',
    funder: 'the Funder',
    funder_summary: 'a summary to the Funder',
    network: 'the wider network',
    advisory_groups: 'the advisory groups',
    website: 'publication on the website',
  },
  conflict_procedure: {
    declare_and_withdraw: 'declare the interest and withdraw from the discussion and the decision',
    declare_no_vote: 'declare the interest and take no part in the vote',
    chair_decides: 'declare the interest; the chair then decides whether the person may take part',
  },
  written_method: {
    email: 'email',
    online_poll: 'an online poll',
    signed_resolution: 'a written resolution signed by the Voting Partners',
  },
  urgent_by: { chair: 'the chair', lead_partner: 'the Lead Partner', vice_chair: 'the vice-chair' },
  coordinator_funded_from: {
    management_fee: 'the management fee',
    allocation: 'an allocation',
    in_kind: 'a contribution in kind',
  },
  secretariat_function: {
    arrange_meetings: 'arranging meetings',
    agendas_and_papers: 'preparing and circulating agendas and papers',
    minutes_and_action_log: 'taking minutes and keeping the action log',
    membership_register: 'keeping the register of members',
    document_control: 'controlling versions of the Partnership’s documents',
    correspondence: 'handling correspondence',
  },
  management_function: {
    day_to_day_coordination: 'day-to-day coordination',
    contracting_with_delivery_organisations: 'contracting with delivery organisations',
    operating_financial_systems: 'operating the financial systems and keeping financial records',
    monitoring_activities: 'monitoring activities',
    line_management_of_partnership_staff: 'line management of Partnership staff',
    research_and_reports: 'research and reports',
  },
  operational_members: { service_managers_of_all_members: 'the service managers of all the Partners' },
  group_type: {
    advisory_group: 'advisory group',
    working_group: 'working group',
    sub_committee: 'sub-committee',
    reference_group: 'reference group',
    lived_experience_panel: 'lived-experience panel',
    wider_network_forum: 'wider network forum',
    citizens_panel: 'citizens’ panel',
  },
  information: {
    work_plan: 'the work plan',
    progress_reports: 'progress reports',
    draft_policy_responses: 'draft policy responses',
    minutes: 'minutes of meetings',
    performance_reports: 'performance reports',
    risk_register: 'the risk register',
    // A report of which there is one takes its article, as the risk register does.
    quarterly_finance_report: 'the quarterly finance report',
    quarterly_progress_summary: 'the quarterly progress summary',
    performance_dashboard: 'the performance dashboard',
    programme_plan: 'the programme plan',
    annual_report: 'the annual report',
    service_design_proposals: 'proposals for the design of services',
    anonymised_feedback: 'anonymised feedback',
  },
  budget_line: {
    coordination: 'the coordination budget',
    management_fee: 'the management fee',
    contingency: 'the contingency',
  },
  accessibility: {
    bsl: 'British Sign Language interpretation',
    bsl_interpreter_on_request: 'a British Sign Language interpreter on request',
    interpreters_on_request: 'interpreters on request',
    step_free_venues: 'step-free venues',
    papers_in_accessible_formats: 'papers in accessible formats',
    bsl_interpretation: 'British Sign Language interpretation',
    interpreters: 'interpreters',
    step_free_access: 'step-free access',
    hearing_loop: 'a hearing loop',
    easy_read: 'easy-read papers',
    large_print: 'large-print papers',
    captioning: 'live captions',
  },
  role_status: { advisory_only: 'advisory only', delegated_limited: 'delegated, within stated limits' },
  lead_role: {
    convenor: 'convenor',
    secretariat: 'secretariat',
    external_liaison: 'external liaison',
    accountable_body: 'accountable body',
    champion: 'champion',
  },
  selection_reason: {
    convened_partnership: 'it convened the Partnership',
    recipient_of_funding: 'it receives the funding',
    recognised_stakeholder: 'it is a recognised stakeholder',
    elected: 'it was elected by the Partners',
  },
} as const;
