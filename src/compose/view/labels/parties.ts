/**
 * The vocabularies of the parties, the partnership itself and its stakeholders.
 *
 * Part of the one label table (`../labels.ts`); wording rules are stated there.
 */

/** Labels by vocabulary. */
export const PARTIES_LABELS = {
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
} as const;
