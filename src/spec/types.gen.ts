/**
 * The partnership spec as TypeScript types: generated from schemas/partnership.schema.json by
 * `npm run gen`; do not edit. Field descriptions are the schema's, shown as hover help.
 */

/**
 * A short identifier you choose, used to refer to this item elsewhere in the spec: lower-case letters, digits and hyphens, starting with a letter, 2 to 40 characters (for example "wa-policy"). Every id in one spec must be different.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * The id of one of the members listed under "members" (usually one that is active).
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "MemberRef".
 */
export type MemberRef = Id;
/**
 * A short code word in lower case with underscores (for example "due_diligence_passed"). Known words are shown with a readable label; others are shown with the underscores replaced by spaces.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Token".
 */
export type Token = string;
/**
 * A calendar date written as year-month-day, for example 2026-04-01.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Date".
 */
export type IsoDate = string;
/**
 * A calendar date written as year-month-day (for example 2026-04-01), or null when there is no date yet.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "NullableDate".
 */
export type NullableDate = IsoDate | null;
/**
 * An amount in pounds sterling written as text with exactly two decimal places and no commas or pound sign, for example "81000.00". Quote it in YAML so it stays exact.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Money".
 */
export type Money = string;
/**
 * A percentage between 0 and 100, written as a number without the % sign.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Percent".
 */
export type Percent = number;
/**
 * How often something happens.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Frequency".
 */
export type Frequency =
  | 'each_meeting'
  | 'monthly'
  | 'six_weekly'
  | 'bimonthly'
  | 'quarterly'
  | 'four_monthly'
  | 'biannual'
  | 'annual'
  | 'as_required'
  | 'ad_hoc';
/**
 * A kind of decision that needs more than the ordinary agreement of the decision body, such as changing the agreement or admitting a member.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "ReservedMatter".
 */
export type ReservedMatter =
  | 'vary_agreement'
  | 'admit_member'
  | 'suspend_member'
  | 'expel_member'
  | 'change_lead_partner'
  | 'change_accountable_body'
  | 'approve_bid_submission'
  | 'approve_budget'
  | 'change_allocations'
  | 'change_management_fee'
  | 'change_objectives'
  | 'extend_term'
  | 'terminate_partnership'
  | 'appoint_coordinator'
  | 'approve_public_statement_on_behalf'
  | 'commit_expenditure_over_limit'
  | 'license_partnership_ip'
  | 'distribute_assets';
/**
 * How much agreement a decision needs: everyone (unanimity), everyone except the member the decision is about, three quarters, two thirds, or more than half of the votes.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Threshold".
 */
export type Threshold =
  | 'unanimity'
  | 'unanimity_excluding_affected'
  | 'three_quarters_majority'
  | 'two_thirds_majority'
  | 'simple_majority';
/**
 * Whether a name reads with "the" before it in running text.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "TakesArticle".
 */
export type TakesArticle = boolean;

/**
 * Everything needed to generate the documents a UK voluntary-sector partnership signs: who the partners are, how they decide, how the money is shared, and how risks, changes, data and safeguarding are handled.
 */
export interface PartnershipSpec {
  /**
   * Where this file's schema is, so editors can check it as you type. Ignored by the generator.
   */
  $schema?: string;
  /**
   * What this file is. For a partnership spec it is always "partnership_spec".
   */
  kind: 'partnership_spec';
  /**
   * The version of this file format, written in quotes: "1.0".
   */
  spec_version: '1.0';
  meta: Meta;
  partnership: Partnership;
  /**
   * The organisations that are parties to the agreement and sign it. A partnership needs at least two.
   */
  members: Member[];
  /**
   * Organisations and groups that are not parties to the agreement but are consulted or kept informed.
   */
  stakeholders?: Stakeholder[];
  governance: Governance;
  meetings_protocol?: MeetingsProtocol;
  management?: Management;
  /**
   * Groups that advise the decision body or carry out delegated work, such as a lived-experience panel or a wider network forum.
   */
  advisory_groups?: AdvisoryGroup[];
  lead_partner?: LeadPartner;
  /**
   * The areas of work, each with exactly one lead member, its contributors, the objectives it serves and its deliverables.
   */
  work_areas?: WorkArea[];
  funding?: Funding;
  risk_management?: RiskManagement;
  change_management: ChangeManagement;
  performance?: Performance;
  dispute_resolution: DisputeResolution;
  confidentiality: Confidentiality;
  data_protection: DataProtection;
  safeguarding?: Safeguarding;
  referrals?: Referrals;
  intellectual_property?: IntellectualProperty;
  liability_insurance?: LiabilityInsurance;
  complaints?: Complaints;
  communications?: Communications;
  equality?: Equality;
  signatures: Signatures;
  /**
   * The partnership's own clauses, each placed after a clause of the generated document and printed exactly as written.
   */
  custom_clauses?: CustomClause[];
}
/**
 * Facts about this spec itself: its id, title, version, status, date and which documents to produce from it.
 */
export interface Meta {
  /**
   * A short id for this partnership spec that stays the same across versions and addenda, for example "whec". Output files are filed under it.
   */
  spec_id: Id;
  /**
   * The title shown on the cover of the documents.
   */
  title: string;
  /**
   * The version of this spec as three numbers separated by dots, for example "1.0.0", in quotes. An addendum raises the middle number; a fully re-stated agreement raises the first.
   */
  version: string;
  /**
   * Where the documents stand: draft (still being negotiated, marked DRAFT), agreed, signed, or superseded by a later version.
   */
  status: 'draft' | 'agreed' | 'signed' | 'superseded';
  /**
   * The member that prepared this spec.
   */
  prepared_by_member?: MemberRef;
  /**
   * The date this version was prepared. It is also the date stamped inside the generated files.
   */
  prepared_date: IsoDate;
  /**
   * Which documents to generate from this spec. Addenda are produced from a separate addendum spec.
   *
   * @minItems 1
   */
  documents: (
    | 'partnership_agreement'
    | 'terms_of_reference'
    | 'meetings_protocol'
    | 'mou'
    | 'referral_protocol'
    | 'data_sharing_schedule'
    | 'signature_pages'
  )[];
  /**
   * The spec and version this one replaces, written as spec id, "@", version (for example "whec@1.0.0").
   */
  supersedes?: string;
  /**
   * A record of each version: its number, date and a one-line summary of what changed.
   *
   * @minItems 1
   */
  change_log: {
    /**
     * The version number this entry describes, for example "1.0.0".
     */
    version: string;
    /**
     * The date of this version.
     */
    date: IsoDate;
    /**
     * A short summary of what changed in this version.
     */
    summary: string;
  }[];
}
/**
 * What the partnership is: its name, purpose, objectives, way of working, legal model, term and governing law.
 */
export interface Partnership {
  /**
   * The full name of the partnership, as it should appear in the documents.
   */
  name: string;
  /**
   * A short name or acronym, for example "WHEC".
   */
  short_name?: string;
  /**
   * In a few sentences, why the partnership exists and what it is for.
   */
  purpose: string;
  /**
   * The specific things the partnership aims to achieve. Each needs an id so work areas and measures can refer to it.
   *
   * @minItems 1
   */
  objectives: Objective[];
  /**
   * The values the partners commit to, used when interpreting the agreement and resolving difficulties. Pick from the suggested words or write your own.
   */
  principles?: (
    | (
        | 'mutual_trust_and_respect'
        | 'openness_and_transparency'
        | 'equal_voice_regardless_of_size'
        | 'shared_ownership'
        | 'commitment'
        | 'survivor_centred'
        | 'trauma_informed'
        | 'woman_centred_practice'
        | 'by_and_for_representation'
      )
    | string
  )[];
  /**
   * The main way the partners work together: as a network or alliance, working through others (delivery or referral partners), working with others (joint delivery), working for others, as a strategic partnership, or as a referral partnership.
   */
  way_of_working:
    | 'network_alliance'
    | 'working_through_others'
    | 'working_with_others'
    | 'working_for_others'
    | 'strategic_partnership'
    | 'referral_partnership';
  /**
   * Any further ways of working that also apply (not repeating the main one).
   */
  secondary_ways_of_working?: (
    | 'network_alliance'
    | 'working_through_others'
    | 'working_with_others'
    | 'working_for_others'
    | 'strategic_partnership'
    | 'referral_partnership'
  )[];
  /**
   * Whether the partners deliver services together (true), rather than only working at a strategic or referral level (false).
   */
  delivery_involved: boolean;
  /**
   * The legal model of the partnership, which decides who contracts with the funder and who carries the risk: informal network, MoU only, lead agency, managing agent, managing provider, constituted consortium (a new legal body), or joint contract.
   */
  structure_model:
    | 'informal_network'
    | 'mou_only'
    | 'lead_agency'
    | 'managing_agent'
    | 'managing_provider'
    | 'constituted_consortium'
    | 'joint_contract';
  /**
   * Whether the agreement is legally binding, not legally binding, or binding only in the sections listed under "binding sections".
   */
  agreement_status: 'legally_binding' | 'non_binding' | 'partly_binding';
  /**
   * For a partly binding agreement, the sections that are legally binding.
   *
   * @minItems 1
   */
  binding_sections?: (
    'confidentiality' | 'data_protection' | 'intellectual_property' | 'dispute_resolution' | 'funding'
  )[];
  /**
   * The areas the partnership covers, for example "england" or "London Borough of Lambeth".
   */
  geography?: string[];
  /**
   * Who the partnership is for, in a sentence or two.
   */
  beneficiaries?: string;
  /**
   * Why the partners are working together; used for the background (recitals) at the start of the agreement.
   */
  background?: string;
  term: Term;
  /**
   * Which law governs the agreement: England and Wales, Scotland, or Northern Ireland.
   */
  governing_law: 'england_and_wales' | 'scotland' | 'northern_ireland';
  /**
   * Which courts settle disputes about the agreement, and whether only those courts (exclusive) or others as well (non-exclusive). They must match the governing law.
   */
  courts:
    | 'england_and_wales_exclusive'
    | 'scotland_exclusive'
    | 'northern_ireland_exclusive'
    | 'england_and_wales_non_exclusive'
    | 'scotland_non_exclusive'
    | 'northern_ireland_non_exclusive';
  /**
   * The funding agreement or contract this partnership delivers (the "main contract"), where there is one.
   */
  related_contract?: {
    /**
     * The title of the main contract or funding agreement.
     */
    title: string;
    /**
     * The id of the funder (from funding → funders) that issued the main contract.
     */
    funder_id?: Id;
    /**
     * The funder's reference for the main contract.
     */
    reference?: string;
    /**
     * How the contract was awarded: under the Procurement Act 2023, the Public Contracts Regulations 2015, as a grant that was not procured, or otherwise.
     */
    procurement_regime?: 'procurement_act_2023' | 'pcr_2015' | 'grant_not_procured' | 'other';
    /**
     * The date the main contract starts.
     */
    main_contract_start?: IsoDate;
    /**
     * The date the main contract ends.
     */
    main_contract_end?: IsoDate;
    /**
     * Whether the members take on the main contract's terms for their part of the work (flow-down).
     */
    back_to_back?: boolean;
  };
  /**
   * Arrangements while the partners are bidding together, before any contract is awarded.
   */
  bid_phase?: {
    /**
     * The member that leads and submits the bid.
     */
    bid_lead_member_id?: MemberRef;
    /**
     * The buyer's reference for the tender or funding round.
     */
    tender_reference?: string;
    /**
     * The date the bid must be submitted.
     */
    submission_deadline?: IsoDate;
    /**
     * Who pays the costs of preparing the bid: each member its own, shared equally, or shared in proportion to each share of the work.
     */
    bid_costs?: 'each_bears_own' | 'shared_equally' | 'shared_pro_rata';
    /**
     * Whether members agree not to join a competing bid.
     */
    exclusivity?: boolean;
    /**
     * Whether the agreement ends automatically if the bid fails.
     */
    lapse_if_unsuccessful?: boolean;
    /**
     * The date the agreement lapses if the bid has not succeeded by then.
     */
    lapse_date?: IsoDate;
  };
}
/**
 * One objective of the partnership.
 */
export interface Objective {
  /**
   * A short id for this objective, for example "obj-policy".
   */
  id: Id;
  /**
   * The objective, written as one sentence.
   */
  text: string;
  /**
   * Whether progress on this objective is measured by one or more performance indicators.
   */
  measurable?: boolean;
}
/**
 * When the agreement starts, when it ends and how often the partners review it.
 */
export interface Term {
  /**
   * The date the agreement takes effect.
   */
  start_date: IsoDate;
  /**
   * The date the agreement ends. Leave it out (or null) only if the agreement is open-ended.
   */
  end_date?: NullableDate;
  /**
   * Whether the agreement continues with no fixed end date until it is ended under its own terms.
   */
  open_ended: boolean;
  /**
   * How often, in months, the partners review progress and whether to continue, extend or end the partnership.
   */
  review_every_months: number;
  /**
   * Ways the term may be extended.
   */
  extension_options?: {
    /**
     * How many months the extension adds.
     */
    months: number;
    /**
     * How the extension happens: because the funder extends the main contract, or by the partners agreeing to it.
     */
    mechanism: 'funder_extension_of_main_contract' | 'mutual_agreement';
  }[];
}
/**
 * One organisation that is a party to the agreement.
 */
export interface Member {
  /**
   * A short id for this member, used everywhere else in the spec, for example "ywca".
   */
  id: Id;
  /**
   * The organisation's legal name, exactly as on the Companies House or charity register.
   */
  legal_name: string;
  /**
   * A short name used in the documents, for example "YWCA".
   */
  short_name?: string;
  /**
   * Whether the member's name (its short name where it has one) reads with "the" before it in running text ("the London Borough of Lambeth", but "Lambeth Council"). Leave it out to let the name decide: names such as "London Borough of …", "Council of …", "Trustees of …" or "… Fund" take "the"; a name that already starts with "The" never gets a second one.
   */
  takes_article?: TakesArticle;
  /**
   * Other names the organisation trades under.
   */
  trading_names?: string[];
  /**
   * The type of legal body the organisation is. "Registered charity" is not a legal form: record charity registration under "charity".
   */
  legal_form:
    | 'company_limited_by_guarantee'
    | 'company_limited_by_shares'
    | 'cio'
    | 'scio'
    | 'charitable_trust'
    | 'unincorporated_association'
    | 'cic'
    | 'community_benefit_society'
    | 'cooperative_society'
    | 'statutory_body'
    | 'royal_charter_body'
    | 'other';
  /**
   * For a statutory body, what kind it is: local authority, NHS body, police, police and crime commissioner, probation, education or other.
   */
  statutory_type?:
    | 'local_authority'
    | 'nhs_body'
    | 'police'
    | 'police_and_crime_commissioner'
    | 'probation'
    | 'education'
    | 'other';
  /**
   * Whether the organisation is a registered charity, and if so with which regulator and under what number.
   */
  charity?: {
    /**
     * Whether the organisation is a registered charity.
     */
    registered: boolean;
    /**
     * The charity regulator it is registered with: Charity Commission for England and Wales (ccew), OSCR in Scotland (oscr), or the Charity Commission for Northern Ireland (ccni).
     */
    regulator?: 'ccew' | 'oscr' | 'ccni';
    /**
     * The registered charity number, for example "1234567", "SC012345" or "NIC100079".
     */
    number?: string;
    /**
     * Other regulators the charity is also registered with.
     */
    also_registered?: {
      /**
       * The other regulator: ccew, oscr or ccni.
       */
      regulator: 'ccew' | 'oscr' | 'ccni';
      /**
       * The charity number with that regulator.
       */
      number: string;
    }[];
  };
  /**
   * The Companies House registration, for companies and CICs.
   */
  company?: {
    /**
     * The Companies House number: 8 digits, or SC or NI followed by 6 digits, or R followed by 7 digits.
     */
    number: string;
  };
  /**
   * For a community benefit or co-operative society, its number on the FCA mutuals register.
   */
  society_number?: string;
  /**
   * The VAT registration number, "GB" followed by 9 digits.
   */
  vat_number?: string;
  /**
   * The organisation's registration number with the Information Commissioner's Office, for example "Z1234567".
   */
  ico_registration_number?: string;
  /**
   * The organisation's registered office or main address.
   */
  registered_address: Address;
  /**
   * An address for formal notices, if different from the registered address.
   */
  correspondence_address?: Address;
  /**
   * The organisation's website address, starting https://.
   */
  website?: string;
  /**
   * The tier the member belongs to: key decision maker (votes on strategy and spending), consultee (consulted for advice), or informed party (kept informed).
   */
  partnership_role: 'key_decision_maker' | 'consultee' | 'informed_party';
  /**
   * Whether this member is the lead partner. At most one member can be.
   */
  is_lead_partner: boolean;
  /**
   * Where the membership stands: proposed, active, suspended, withdrawn or expelled.
   */
  status: 'proposed' | 'active' | 'suspended' | 'withdrawn' | 'expelled';
  /**
   * The date the member joined (or will join) the partnership.
   */
  joined_date: IsoDate;
  /**
   * The date the member withdrew or was expelled.
   */
  left_date?: IsoDate;
  /**
   * The senior person who represents the member on the decision body and can make decisions on the organisation's behalf.
   */
  representative?: Person;
  /**
   * The person who attends and decides in the representative's place when needed.
   */
  deputy?: Person;
  /**
   * The day-to-day contact, if different from the representative.
   */
  main_contact?: Person;
  /**
   * The person authorised to sign the agreement for this member, and where their authority comes from.
   */
  authorised_signatory: AuthorisedSignatory;
  /**
   * A second signatory, recommended for unincorporated associations and for deeds.
   */
  second_signatory?: Person;
  /**
   * What the member brings in knowledge and skills: short phrases, each read after "expertise in" (for example "specialist support for Black and minoritised women"), lower-case unless it begins with a name, with no full stop.
   */
  expertise?: string[];
  /**
   * The areas the member serves.
   */
  coverage?: string[];
  /**
   * What the member contributes to the partnership, in cash or in kind.
   */
  contributions?: Contribution[];
  policies?: MemberPolicies;
  /**
   * Quality standards the member holds, for example the Women's Aid National Quality Standards.
   */
  quality_marks?: string[];
  insurance?: MemberInsurance;
  /**
   * Checks made on the member before it joined.
   */
  due_diligence?: {
    /**
     * The year-end date of the member's last filed accounts.
     */
    last_accounts_date?: IsoDate;
    /**
     * The member's annual income in those accounts.
     */
    annual_income?: Money;
    /**
     * The member that carried out the checks.
     */
    checked_by_member_id?: MemberRef;
    /**
     * The date the checks were completed.
     */
    checked_date?: IsoDate;
  };
}
/**
 * One contribution the member makes.
 */
export interface Contribution {
  /**
   * What kind of contribution it is.
   */
  type:
    | 'expertise'
    | 'staff_time'
    | 'venue'
    | 'equipment'
    | 'volunteers'
    | 'cash'
    | 'data'
    | 'referrals'
    | 'publicity'
    | 'contacts'
    | 'back_office'
    | 'service'
    | 'funding_intelligence'
    | 'other';
  /**
   * What exactly is contributed, in a sentence.
   */
  description: string;
  /**
   * What the contribution is worth in pounds, if known.
   */
  value?: Money;
  /**
   * Whether the contribution is in kind (not paid for from partnership funds).
   */
  in_kind?: boolean;
}
/**
 * Which policies the member has in place.
 */
export interface MemberPolicies {
  /**
   * Whether the member has a policy for safeguarding adults at risk.
   */
  safeguarding_adults?: boolean;
  /**
   * Whether the member has a policy for safeguarding children.
   */
  safeguarding_children?: boolean;
  /**
   * Whether the member has a data protection policy.
   */
  data_protection?: boolean;
  /**
   * Whether the member has an equality, diversity and inclusion policy.
   */
  equality?: boolean;
  /**
   * Whether the member has a complaints policy.
   */
  complaints?: boolean;
  /**
   * Whether the member has a whistleblowing policy.
   */
  whistleblowing?: boolean;
  /**
   * Whether the member has a health and safety policy.
   */
  health_and_safety?: boolean;
  /**
   * Whether the member has a lone-working policy.
   */
  lone_working?: boolean;
}
/**
 * The insurance the member holds. It must meet the minimum cover agreed under liability and insurance.
 */
export interface MemberInsurance {
  /**
   * The public liability cover the member holds, in pounds (for example "5000000.00").
   */
  public_liability?: Money;
  /**
   * The employers' liability cover the member holds, in pounds (for example "5000000.00").
   */
  employers_liability?: Money;
  /**
   * The professional indemnity cover the member holds, in pounds (for example "5000000.00").
   */
  professional_indemnity?: Money;
  /**
   * The cyber cover the member holds, in pounds (for example "5000000.00").
   */
  cyber?: Money;
  /**
   * The name of the insurer.
   */
  insurer?: string;
  /**
   * The date the current policies end.
   */
  expiry?: IsoDate;
}
/**
 * One organisation or group that is consulted or kept informed but does not sign.
 */
export interface Stakeholder {
  /**
   * A short id for this stakeholder.
   */
  id: Id;
  /**
   * The name of the organisation, network or group.
   */
  name: string;
  /**
   * Whether the stakeholder's name reads with "the" before it in running text ("the London Borough of Lambeth", but "Lambeth Council"). Leave it out to let the name decide: names such as "London Borough of …", "Council of …", "Trustees of …" or "… Fund" take "the"; a name that already starts with "The" never gets a second one.
   */
  takes_article?: TakesArticle;
  /**
   * What kind of stakeholder it is: an organisation, a network, a sector, a statutory body, service users, or a funder.
   */
  type: 'organisation' | 'network' | 'sector' | 'statutory' | 'service_users' | 'funder';
  /**
   * Whether the stakeholder is consulted for advice and views (consultee) or kept informed (informed party). Stakeholders never vote.
   */
  partnership_role: 'consultee' | 'informed_party';
  /**
   * How the partnership consults or informs this stakeholder.
   *
   * @minItems 1
   */
  engagement: {
    /**
     * How the stakeholder is engaged: through an advisory group, consultation, survey, e-bulletin, newsletter, annual report, website, event or briefing.
     */
    method:
      | 'advisory_group'
      | 'consultation'
      | 'survey'
      | 'e_bulletin'
      | 'newsletter'
      | 'annual_report'
      | 'website'
      | 'event'
      | 'briefing';
    /**
     * How often this engagement happens.
     */
    frequency?: Frequency;
    /**
     * For engagement through an advisory group, the id of that group (from advisory groups).
     */
    group_id?: Id;
  }[];
}
/**
 * How the partnership makes decisions: the decision body, its chair, quorum, voting, reserved matters, meetings, minutes and conflicts of interest.
 */
export interface Governance {
  decision_body: DecisionBody;
  /**
   * How the chair of the decision body is chosen and what the chair may do.
   */
  chair: ChairRole;
  /**
   * How the vice-chair is chosen. The vice-chair must come from a different member from the chair.
   */
  vice_chair?: ChairRole;
  quorum: Quorum;
  voting: Voting;
  /**
   * Decisions that need more agreement than ordinary decisions, and the threshold each needs.
   */
  reserved_matters?: ReservedMatterRule[];
  meetings: Meetings;
  minutes: Minutes;
  /**
   * How conflicts of interest are declared, recorded and handled.
   */
  conflicts_of_interest: {
    /**
     * Whether a register of interests is kept.
     */
    register?: boolean;
    /**
     * Whether declarations of interest are a standing item at every meeting.
     */
    declare_each_meeting?: boolean;
    /**
     * What a conflicted representative does: declare and leave the discussion, declare and not vote, or as the chair decides.
     */
    procedure?: 'declare_and_withdraw' | 'declare_no_vote' | 'chair_decides';
    /**
     * Whether each representative makes a declaration of interests every year.
     */
    annual_declaration?: boolean;
    /**
     * Any further rules, for example for when a member's own allocation is discussed.
     */
    specific_rules?: string[];
  };
  decisions_outside_meetings: DecisionsOutsideMeetings;
  /**
   * Who may take an urgent decision that cannot wait for a meeting, and within what limits.
   */
  urgent_decisions?: {
    /**
     * Who may take urgent decisions together.
     *
     * @minItems 1
     */
    by?: ('chair' | 'lead_partner' | 'vice_chair')[];
    /**
     * Urgent decisions are always put to the next meeting for confirmation, so this can only be true.
     */
    ratify_at_next_meeting?: true;
    /**
     * The most an urgent decision may commit, in pounds.
     */
    spend_limit?: Money;
  };
  /**
   * Expectations about attending meetings.
   */
  attendance?: {
    /**
     * Whether a member may send a substitute when neither representative nor deputy can attend.
     */
    substitutes_allowed?: boolean;
    /**
     * How much notice the chair needs of a substitute.
     */
    substitute_notice?: Duration;
    /**
     * After how many meetings missed in a row the member's attendance is reviewed.
     */
    review_after_consecutive_absences?: number;
  };
}
/**
 * The group that makes the final decisions about strategy and spending (not day-to-day management).
 */
export interface DecisionBody {
  /**
   * What the decision body is called, for example "Steering Group" or "Partnership Board".
   */
  name: string;
  /**
   * The kind of decision body.
   */
  type: 'steering_group' | 'partnership_board' | 'management_committee' | 'board' | 'joint_review_group';
  /**
   * What the decision body is responsible for.
   *
   * @minItems 1
   */
  functions: (
    | 'agree_vision_aims_objectives'
    | 'agree_constitution'
    | 'agree_structure_and_operation'
    | 'formulate_policies_and_strategies'
    | 'approve_expenditure'
    | 'oversee_management'
    | 'ensure_systems_fit_for_purpose'
    | 'review_progress'
    | 'approve_bids'
    | 'approve_allocations'
  )[];
  /**
   * How many seats (and votes) each key decision maker has on the decision body, from 1 to 3.
   */
  seats_per_member: number;
  /**
   * The members with a vote. This must be exactly the active key decision makers.
   */
  voting_member_ids: MemberRef[];
  /**
   * People or stakeholders who attend without a vote, for example the funder's commissioner.
   */
  observers?: {
    /**
     * The id of the stakeholder the observer comes from, if any.
     */
    stakeholder_id?: Id;
    /**
     * The name of the observer or the post they hold.
     */
    name?: string;
    /**
     * Observers never vote, so this can only be false.
     */
    voting?: false;
    /**
     * Which meetings the observer attends: all, the open part of quarterly meetings only, or by invitation.
     */
    attends?: 'all' | 'quarterly_part_a_only' | 'by_invitation';
  }[];
  /**
   * Whether the decision body may add (co-opt) extra people, such as independent members.
   */
  co_option?: {
    /**
     * Whether co-option is allowed.
     */
    allowed?: boolean;
    /**
     * The most co-opted people at any time.
     */
    max_co_opted?: number;
    /**
     * Whether co-opted people may vote. Normally they may not.
     */
    co_opted_can_vote?: boolean;
  };
}
/**
 * The minimum attendance for the decision body to make decisions.
 */
export interface Quorum {
  /**
   * Whether the quorum is a number of voting seats (count) or a share of them (fraction).
   */
  type: 'count' | 'fraction';
  /**
   * For a count, the number of voting seats that must be present (at least 2). For a fraction, the share of voting seats, above 0 and up to 1 (for example 0.5).
   */
  value: number;
  /**
   * For a fraction, how to round up to whole seats: up, or up plus one when the result is exactly half.
   */
  rounding?: 'up' | 'up_plus_one_if_exact_half';
  /**
   * Members that must be present for the meeting to be quorate, for example the accountable body.
   */
  must_include_member_ids?: MemberRef[];
}
/**
 * How decisions are made when not every member agrees.
 */
export interface Voting {
  /**
   * How ordinary decisions are made: by consensus, simple majority, two-thirds majority, unanimity, or weighted votes.
   */
  method: 'consensus' | 'simple_majority' | 'two_thirds_majority' | 'unanimity' | 'weighted';
  /**
   * What happens when consensus cannot be reached: a simple majority, a two-thirds majority, unanimity, the chair's casting vote, the dispute procedure, or nothing (the matter falls).
   */
  consensus_fallback?:
    | 'simple_majority'
    | 'two_thirds_majority'
    | 'unanimity'
    | 'chair_casting_vote'
    | 'refer_to_dispute_resolution'
    | 'none';
  /**
   * How many votes each voting member has.
   */
  votes_per_member: number;
  /**
   * For weighted voting, the weight of each voting member's vote, by member id (every weight above 0).
   */
  weights?: {
    [k: string]: number;
  };
  /**
   * Whether a named deputy may attend and vote in place of the representative.
   */
  alternates_allowed: boolean;
  /**
   * Whether a member may ask another member to vote on its behalf.
   */
  proxies_allowed: boolean;
}
/**
 * One reserved matter and its threshold.
 */
export interface ReservedMatterRule {
  /**
   * The kind of decision that is reserved.
   */
  matter: ReservedMatter;
  /**
   * How much agreement this decision needs. It must be at least as strict as the ordinary rule.
   */
  threshold: Threshold;
}
/**
 * How often the decision body meets, how much notice is given, and how.
 */
export interface Meetings {
  /**
   * How often the decision body normally meets.
   */
  frequency:
    | 'monthly'
    | 'six_weekly'
    | 'bimonthly'
    | 'quarterly'
    | 'four_monthly'
    | 'biannual'
    | 'annual'
    | 'as_required';
  /**
   * The fewest meetings to hold in a year. It must be possible at the chosen frequency.
   */
  min_per_year: number;
  /**
   * How much notice members get of an ordinary meeting (more than zero).
   */
  notice: Duration;
  /**
   * How long before the meeting the papers are sent out. It cannot be longer than the notice.
   */
  papers_before?: Duration;
  /**
   * Whether meetings are in person, online (virtual), or hybrid.
   */
  format: 'in_person' | 'virtual' | 'hybrid';
  /**
   * Whether members take turns to host meetings.
   */
  rotate_host?: boolean;
  /**
   * Who may call an extra meeting outside the normal cycle, and the notice for it.
   */
  extraordinary?: {
    /**
     * Who may call an extraordinary meeting.
     *
     * @minItems 1
     */
    called_by?: ('chair' | 'lead_partner' | 'any_member' | 'any_two_members' | 'any_three_members')[];
    /**
     * How much notice is given of an extraordinary meeting: more than zero, and no longer than ordinary notice.
     */
    notice?: Duration;
  };
  /**
   * Whether one meeting each year reviews how the partnership is working.
   */
  annual_review_meeting?: boolean;
}
/**
 * How meetings are recorded, approved and kept.
 */
export interface Minutes {
  /**
   * Who takes the minutes: the secretariat, the convenor, or members in turn.
   */
  taken_by_role?: 'secretariat' | 'convenor' | 'rotating';
  /**
   * How soon after the meeting the draft minutes are circulated (more than zero).
   */
  draft_within?: Duration;
  /**
   * How the minutes are approved: at the next meeting, or in writing.
   */
  approval?: 'next_meeting' | 'written';
  /**
   * Whether an action log (who does what by when) is kept.
   */
  action_log?: boolean;
  /**
   * How many years the minutes are kept.
   */
  retention_years?: number;
  /**
   * Who receives the minutes, as short code words (for example "members", "member_boards_summary").
   */
  distribution?: Token[];
}
/**
 * Whether and how decisions can be made between meetings, for example by email.
 */
export interface DecisionsOutsideMeetings {
  /**
   * Whether decisions may be made outside meetings.
   */
  allowed: boolean;
  /**
   * How such decisions are made: by email, by online poll, or by a signed written resolution.
   */
  method?: 'email' | 'online_poll' | 'signed_resolution';
  /**
   * How long members have to respond (more than zero).
   */
  response_window?: Duration;
  /**
   * How much agreement a written decision needs: the same as at a meeting, or everyone.
   */
  threshold?: 'same_as_meeting' | 'unanimity';
  /**
   * Reserved matters that may never be decided outside a meeting.
   */
  excluded_matters?: ReservedMatter[];
  /**
   * Reserved matters that may be decided outside a meeting only with the written consent of every voting member.
   */
  reserved_by_unanimous_written_consent?: ReservedMatter[];
  /**
   * Whether decisions made outside meetings are recorded in the minutes of the next meeting.
   */
  record_in_next_minutes?: boolean;
}
/**
 * Extra rules for running meetings, beyond those under governance.
 */
export interface MeetingsProtocol {
  /**
   * How long before the meeting items must be sent to the chair and secretariat.
   */
  agenda_items_deadline?: Duration;
  /**
   * Items on every agenda.
   */
  standing_items?: (
    | 'apologies'
    | 'declarations_of_interest'
    | 'minutes_and_matters_arising'
    | 'action_log'
    | 'finance'
    | 'performance'
    | 'risk_register'
    | 'safeguarding_and_data_incidents'
    | 'partnership_health'
    | 'aob'
    | 'next_meeting'
  )[];
  /**
   * How people behave in meetings, one rule per line, for example "Challenge ideas, not people".
   */
  ground_rules?: string[];
  /**
   * How newcomers are introduced and briefed.
   */
  induction?: {
    /**
     * Whether newcomers receive a briefing pack (agreement, terms of reference, protocol, plan, risk register).
     */
    briefing_pack?: boolean;
    /**
     * Whether each newcomer is paired with an experienced representative.
     */
    buddy?: boolean;
  };
  /**
   * How confidential agenda items are handled.
   */
  confidential_items?: {
    /**
     * Whether confidential items are taken in a separate part of the meeting without observers.
     */
    part_b?: boolean;
    /**
     * Whether confidential material is removed from papers before they go wider.
     */
    redact_before_circulation?: boolean;
  };
  /**
   * Whether a member who does not reply is treated as not having agreed (recommended).
   */
  silence_is_not_consent?: boolean;
}
/**
 * Day-to-day management: the coordinator, the secretariat, any operational group, and management functions.
 */
export interface Management {
  /**
   * The post that coordinates the partnership day to day.
   */
  coordinator?: {
    /**
     * The member that employs the coordinator.
     */
    employer_member_id: MemberRef;
    /**
     * The job title of the post, for example "Consortium Coordinator".
     */
    post_title: string;
    /**
     * How much of a full-time post, for example 0.6 for three days a week (above 0, up to 5).
     */
    fte?: number;
    /**
     * The job title of the person who line-manages the coordinator.
     */
    line_manager_role?: string;
    /**
     * Where the post's cost comes from: the management fee, an allocation, or in kind.
     */
    funded_from?: 'management_fee' | 'allocation' | 'in_kind';
  };
  /**
   * The member that hosts the secretariat, and what the secretariat does.
   */
  secretariat: {
    /**
     * The member that hosts the secretariat.
     */
    host_member_id: MemberRef;
    /**
     * What the secretariat does.
     *
     * @minItems 1
     */
    functions?: (
      | 'arrange_meetings'
      | 'agendas_and_papers'
      | 'minutes_and_action_log'
      | 'membership_register'
      | 'document_control'
      | 'correspondence'
    )[];
  };
  /**
   * A group of service managers that coordinates delivery between decision-body meetings.
   */
  operational_group?: {
    /**
     * What the group is called.
     */
    name: string;
    /**
     * Who sits on the group: the service managers of all members, or a list of member ids.
     */
    members?: 'service_managers_of_all_members' | MemberRef[];
    /**
     * The post that chairs the group, for example "Consortium Coordinator".
     */
    chair_role?: string;
    /**
     * How often the group meets.
     */
    frequency?: Frequency;
  };
  /**
   * The management tasks carried out for the partnership.
   *
   * @minItems 1
   */
  functions: (
    | 'day_to_day_coordination'
    | 'contracting_with_delivery_organisations'
    | 'operating_financial_systems'
    | 'monitoring_activities'
    | 'line_management_of_partnership_staff'
    | 'research_and_reports'
  )[];
}
/**
 * One advisory or working group.
 */
export interface AdvisoryGroup {
  /**
   * A short id for this group.
   */
  id: Id;
  /**
   * What the group is called.
   */
  name: string;
  /**
   * What kind of group it is.
   */
  type:
    | 'advisory_group'
    | 'working_group'
    | 'sub_committee'
    | 'reference_group'
    | 'lived_experience_panel'
    | 'wider_network_forum'
    | 'citizens_panel';
  /**
   * What the group is for, in a sentence or two.
   */
  purpose: string;
  /**
   * Whether the group only gives advice, or may make decisions within stated limits (delegated, limited).
   */
  role_status: 'advisory_only' | 'delegated_limited';
  /**
   * For a group with delegated powers, exactly what it may decide, one power per line, each a phrase (for example "approve the annual survivor engagement plan") with no full stop.
   *
   * @minItems 1
   */
  delegated_powers?: string[];
  /**
   * Members whose people sit on the group.
   */
  member_ids?: MemberRef[];
  /**
   * Stakeholders whose people sit on the group.
   */
  member_stakeholder_ids?: Id[];
  /**
   * Where the group's advice goes: "decision_body", or the id of another group.
   */
  reports_to: 'decision_body' | Id;
  /**
   * How often the group meets.
   */
  meeting_frequency: Frequency;
  /**
   * What information the group receives, as short code words (for example "progress_reports").
   */
  information_received: Token[];
  /**
   * What support the group has.
   */
  resources: {
    /**
     * The budget line that pays for the group.
     */
    budget_line?: string;
    /**
     * Whether travel expenses are paid.
     */
    travel_expenses_paid?: boolean;
    /**
     * Whether people with lived experience are paid for taking part.
     */
    participation_payments?: boolean;
    /**
     * Whether childcare is provided or paid for.
     */
    childcare?: boolean;
    /**
     * Accessibility support provided, as short code words (for example "bsl_interpreter").
     */
    accessibility?: Token[];
  };
  /**
   * The member that runs the group day to day.
   */
  facilitated_by_member_id?: MemberRef;
}
/**
 * The lead partner and the roles it holds: convenor, secretariat, external liaison, accountable body and champion.
 */
export interface LeadPartner {
  /**
   * The member that is the lead partner (the one marked as lead partner under members).
   */
  member_id: MemberRef;
  /**
   * Which lead roles the lead partner holds.
   *
   * @minItems 1
   */
  roles: ('convenor' | 'secretariat' | 'external_liaison' | 'accountable_body' | 'champion')[];
  /**
   * For lead roles the lead partner does not hold alone, the member or members that hold them, by role.
   */
  role_holders?: {
    [k: string]: MemberRef | MemberRef[];
  };
  /**
   * What the lead partner may not do without the decision body.
   */
  limits_of_authority: {
    /**
     * Whether the lead partner may commit other members to anything. Normally it may not.
     */
    may_bind_other_members?: boolean;
    /**
     * The most the lead partner may spend on partnership business without the decision body's approval.
     */
    spend_limit_without_approval?: Money;
  };
  /**
   * How often the lead partner role is reviewed.
   */
  review: {
    /**
     * How often, in months, the lead role is reviewed.
     */
    every_months?: number;
    /**
     * The date of the next review of the lead role.
     */
    next_review_date?: IsoDate;
  };
  /**
   * Why this member is the lead: it convened the partnership, it receives the funding, it is a recognised stakeholder, or it was elected.
   */
  selection_reason?: 'convened_partnership' | 'recipient_of_funding' | 'recognised_stakeholder' | 'elected';
}
/**
 * One area of work.
 */
export interface WorkArea {
  /**
   * A short id for this work area, for example "wa-policy".
   */
  id: Id;
  /**
   * What the work area is called.
   */
  name: string;
  /**
   * The one member that leads this work area.
   */
  lead_member_id: MemberRef;
  /**
   * Other members that contribute (not the lead).
   */
  contributor_ids?: MemberRef[];
  /**
   * The ids of the partnership objectives this work area serves.
   *
   * @minItems 1
   */
  objective_ids: Id[];
  /**
   * What the work area will produce, and by when.
   */
  deliverables?: {
    /**
     * What will be delivered.
     */
    text: string;
    /**
     * When it is due (within the term).
     */
    due?: IsoDate;
  }[];
}
/**
 * Where the money comes from and how it is shared: funders, the accountable body, totals, periods, management fee, contingency, allocations, payments, reporting, audit and clawback.
 */
export interface Funding {
  /**
   * Whether money passes through the partnership (true), or members only contribute in kind (false).
   */
  has_funding: boolean;
  /**
   * The currency of every amount. Only pounds sterling (GBP) is supported.
   */
  currency: 'GBP';
  /**
   * The member that receives the funding and is accountable to the funder for it. In lead models it is the lead partner.
   */
  accountable_body_member_id?: MemberRef;
  /**
   * The total funding that passes through the partnership, in pounds. It must equal the allocations plus the management fee plus the contingency.
   */
  total_amount?: Money;
  /**
   * The organisations that fund the partnership.
   *
   * @minItems 1
   */
  funders?: Funder[];
  /**
   * The funding periods (for example financial years) with the amount for each. Periods follow each other without gaps or overlaps and fall within the term.
   *
   * @minItems 1
   */
  periods?: FundingPeriod[];
  management_fee?: ManagementFee;
  contingency?: Contingency;
  /**
   * How the funding is shared between members: one row per member.
   *
   * @minItems 1
   */
  allocations?: Allocation[];
  payment_schedule?: PaymentSchedule;
  /**
   * How members report spending to the accountable body.
   */
  financial_reporting?: {
    /**
     * How often members send financial reports.
     */
    frequency?: Frequency;
    /**
     * How soon after each period ends the report is due.
     */
    due_after_period_end?: Duration;
    /**
     * Spending that differs from budget by more than this percentage must be explained.
     */
    variance_explanation_threshold_percent?: Percent;
  };
  /**
   * Audit rights and how long records are kept.
   */
  audit?: {
    /**
     * Whether the accountable body may audit members' records of partnership spending.
     */
    lead_may_audit?: boolean;
    /**
     * Whether the funder may audit members' records.
     */
    funder_may_audit?: boolean;
    /**
     * How many years members keep financial records (6 or more recommended).
     */
    records_retention_years?: number;
    /**
     * How much notice is given before an audit visit.
     */
    access_notice?: Duration;
  };
  /**
   * When members must repay money.
   */
  clawback?: {
    /**
     * Whether a funder's right to claw money back is passed on to the member responsible.
     */
    flow_down?: boolean;
    /**
     * What can lead to repayment.
     */
    triggers?: (
      | 'ineligible_expenditure'
      | 'underperformance'
      | 'overpayment'
      | 'breach'
      | 'withdrawal'
      | 'funder_clawback'
      | 'unspent_funds'
      | 'fraud'
    )[];
    /**
     * How soon money must be repaid once asked for.
     */
    repay_within?: Duration;
  };
  /**
   * What happens to unspent money: it goes back to the partnership pool, back to the funder, or is kept with approval.
   */
  underspend?: 'return_to_pool' | 'return_to_funder' | 'retain_with_approval';
  /**
   * Who bears an overspend: the member that overspent, or as the decision body decides.
   */
  overspend?: 'member_bears' | 'decision_body_decides';
  /**
   * How VAT applies to payments to members: outside the scope (grant), standard-rated, exempt, mixed, or to be confirmed (take professional advice).
   */
  vat_treatment?: 'outside_scope_grant' | 'standard_rated' | 'exempt' | 'mixed' | 'to_be_confirmed';
  /**
   * Whether the funding is held as a restricted fund.
   */
  restricted_fund?: boolean;
  /**
   * For a partnership without funding, whether members contribute only in kind.
   */
  in_kind_only?: boolean;
}
/**
 * One funder.
 */
export interface Funder {
  /**
   * A short id for this funder.
   */
  id: Id;
  /**
   * The funder's name, or the name of its programme.
   */
  name: string;
  /**
   * Whether the funder's name reads with "the" before it in running text ("the London Borough of Lambeth", but "Lambeth Council"). Leave it out to let the name decide: names such as "London Borough of …", "Council of …", "Trustees of …" or "… Fund" take "the"; a name that already starts with "The" never gets a second one.
   */
  takes_article?: TakesArticle;
  /**
   * What kind of funder it is.
   */
  type?:
    | 'local_authority'
    | 'london_councils'
    | 'central_government'
    | 'nhs'
    | 'police_and_crime_commissioner'
    | 'national_lottery'
    | 'trust_or_foundation'
    | 'corporate'
    | 'other';
  /**
   * The kind of funding agreement: grant, contract, service level agreement, or spot purchase.
   */
  agreement_type?: 'grant' | 'contract' | 'service_level_agreement' | 'spot_purchase';
  /**
   * The funder's reference for the award.
   */
  reference?: string;
  /**
   * How much this funder provides, in pounds. The funders' amounts must add up to the total.
   */
  amount: Money;
  /**
   * The date the funding agreement starts.
   */
  start_date?: IsoDate;
  /**
   * The date the funding agreement ends.
   */
  end_date?: IsoDate;
  /**
   * Whether the funder's conditions are passed on to the members.
   */
  conditions_flow_down?: boolean;
  /**
   * Whether the funder may ask for money back under its terms.
   */
  clawback_in_funder_terms?: boolean;
  /**
   * Whether the funder must consent before members join or leave.
   */
  requires_consent_to_membership_change?: boolean;
  /**
   * Whether the funder must receive a copy of the signed agreement.
   */
  requires_copy_of_agreement?: boolean;
}
/**
 * One funding period.
 */
export interface FundingPeriod {
  /**
   * A short label for the period, used as the key in the "by period" tables, for example "2026/27".
   */
  label: string;
  /**
   * The first day of the period.
   */
  start_date: IsoDate;
  /**
   * The last day of the period.
   */
  end_date: IsoDate;
  /**
   * The total funding for the period, in pounds.
   */
  amount: Money;
}
/**
 * A fee top-sliced from the funding and paid to the accountable body for running the partnership.
 */
export interface ManagementFee {
  /**
   * Whether a management fee is charged.
   */
  applies: boolean;
  /**
   * The member that receives the fee. It must be the accountable body.
   */
  recipient_member_id?: MemberRef;
  /**
   * How the fee is worked out: a percentage of the total, a percentage of the delivery allocations, or a fixed amount.
   */
  basis?: 'percentage_of_total' | 'percentage_of_delivery_allocations' | 'fixed_amount';
  /**
   * For a percentage fee, the rate: above 0 and no more than 25 (above 15 is flagged).
   */
  rate_percent?: number;
  /**
   * The fee in pounds. For a percentage fee it must equal the base times the rate, rounded to the penny.
   */
  amount?: Money;
  /**
   * The fee in each funding period, by period label. The amounts must add up to the fee.
   */
  by_period?: {
    [k: string]: Money;
  };
  /**
   * What the fee pays for, as short code words (for example "coordinator_post").
   */
  covers?: Token[];
}
/**
 * Money held back for unexpected costs.
 */
export interface Contingency {
  /**
   * The contingency in pounds ("0.00" for none).
   */
  amount: Money;
  /**
   * The contingency in each funding period, by period label. The amounts must add up to the contingency.
   */
  by_period?: {
    [k: string]: Money;
  };
  /**
   * The member that holds the contingency.
   */
  held_by_member_id?: MemberRef;
  /**
   * Who decides to release the contingency: the decision body.
   */
  released_by?: 'decision_body';
}
/**
 * The funding allocated to one member.
 */
export interface Allocation {
  /**
   * The member receiving this allocation.
   */
  member_id: MemberRef;
  /**
   * The work areas this money pays for.
   */
  work_area_ids?: Id[];
  /**
   * The total allocated to the member, in pounds (more than zero).
   */
  amount: Money;
  /**
   * The allocation in each funding period, by period label. The amounts must add up to the allocation.
   */
  by_period?: {
    [k: string]: Money;
  };
  /**
   * How the member earns the money: a fixed amount, a unit rate, or payment by results.
   */
  basis?: 'fixed' | 'unit_rate' | 'payment_by_results';
  /**
   * For unit-rate allocations, the price per unit in pounds.
   */
  unit_rate?: Money;
}
/**
 * When and on what conditions the accountable body pays members.
 */
export interface PaymentSchedule {
  /**
   * How often payments are made.
   */
  frequency?: 'monthly' | 'quarterly' | 'biannual' | 'annual' | 'milestone';
  /**
   * Whether each payment is made in advance of the period or in arrears.
   */
  timing?: 'in_advance' | 'in_arrears';
  /**
   * How many days after the funder's money arrives the member is paid (0 or more).
   */
  days_after_funder_receipt?: number;
  /**
   * What must be in place before a payment is made.
   */
  conditions?: (
    | 'monitoring_return_received'
    | 'invoice_received'
    | 'no_unremedied_breach'
    | 'quarterly_monitoring_return_received'
  )[];
  /**
   * The date of the first payment (within the term).
   */
  first_payment_date?: IsoDate;
}
/**
 * How risks and issues are recorded, reviewed and escalated, and how serious incidents are reported.
 */
export interface RiskManagement {
  register: RiskRegister;
  /**
   * The risks identified when the agreement is made.
   */
  initial_risks?: Risk[];
  /**
   * The log of problems that have happened (as opposed to risks that might).
   */
  issue_log: {
    /**
     * The member that keeps the issue log.
     */
    maintained_by_member_id: MemberRef;
    /**
     * How often the issue log is reviewed.
     */
    review_frequency?: 'each_meeting' | 'monthly' | 'quarterly' | 'biannual' | 'annual';
  };
  /**
   * The levels an unresolved issue goes up through, ending at the decision body or the dispute procedure.
   */
  escalation_ladder: EscalationLevel[];
  /**
   * How quickly serious incidents are reported.
   */
  serious_incidents?: {
    /**
     * How many hours a member has to tell the lead partner about a serious incident.
     */
    notify_lead_within_hours?: number;
    /**
     * How many hours the lead partner has to tell the funder.
     */
    lead_notifies_funder_within_hours?: number;
    /**
     * Whether each charity's trustees report serious incidents to their charity regulator, as the regulators expect.
     */
    trustees_report_to_regulator?: boolean;
  };
}
/**
 * The partnership's risk register: who keeps it, how often it is reviewed and how risks are scored.
 */
export interface RiskRegister {
  /**
   * The member that keeps the risk register.
   */
  maintained_by_member_id: MemberRef;
  /**
   * How often the register is reviewed.
   */
  review_frequency?: 'each_meeting' | 'monthly' | 'quarterly' | 'biannual' | 'annual';
  /**
   * How risks are scored: likelihood times impact, each on a scale.
   */
  scoring?: {
    /**
     * The top of the likelihood scale (usually 5).
     */
    likelihood_scale?: number;
    /**
     * The top of the impact scale (usually 5).
     */
    impact_scale?: number;
    /**
     * How a score is worked out: likelihood multiplied by impact.
     */
    method?: 'likelihood_x_impact';
  };
  /**
   * The score bands: scores up to the green maximum are green, up to the amber maximum amber, and above that red.
   */
  rag?: {
    /**
     * The highest score that is still green.
     */
    green_max?: number;
    /**
     * The highest score that is still amber. It must be above the green maximum.
     */
    amber_max?: number;
  };
  /**
   * Risks scoring this much or more are escalated to the decision body.
   */
  escalate_at_score?: number;
}
/**
 * One risk.
 */
export interface Risk {
  /**
   * A short id for this risk.
   */
  id: Id;
  /**
   * A short description of the risk.
   */
  title: string;
  /**
   * What kind of risk it is.
   */
  category?:
    | 'financial'
    | 'delivery'
    | 'safeguarding'
    | 'data_protection'
    | 'reputational'
    | 'governance'
    | 'partnership_relationship'
    | 'legal_compliance'
    | 'staffing'
    | 'funding_continuity'
    | 'premises'
    | 'it_security';
  /**
   * How likely the risk is, on the likelihood scale.
   */
  likelihood: number;
  /**
   * How serious it would be, on the impact scale.
   */
  impact: number;
  /**
   * The member that owns and manages this risk.
   */
  owner_member_id?: MemberRef;
  /**
   * What is done to reduce the risk, one action per line, each a phrase (for example "monthly review of referral numbers by the Steering Group") with no full stop: the register joins them with semicolons.
   */
  mitigations?: string[];
  /**
   * When the risk is next reviewed.
   */
  review_date?: IsoDate;
  /**
   * Whether the risk is open, being monitored, or closed.
   */
  status?: 'open' | 'monitoring' | 'closed';
}
/**
 * One level of escalation.
 */
export interface EscalationLevel {
  /**
   * The level number, starting at 1 and going up.
   */
  level: number;
  /**
   * Who deals with the issue at this level, for example "Steering Group".
   */
  name: string;
  /**
   * How long this level has to resolve the issue before it goes up (more than zero).
   */
  timescale?: Duration;
}
/**
 * How the agreement is changed, members join, leave, are suspended or expelled, the lead changes, and the partnership ends.
 */
export interface ChangeManagement {
  /**
   * How the agreement is changed.
   */
  variation: {
    /**
     * How a change is made: a written addendum signed by all partners, or a decision-body resolution followed by an addendum.
     */
    mechanism: 'written_addendum_signed_by_all' | 'decision_body_resolution_plus_addendum';
    /**
     * The reserved matter under which a change to the agreement is decided. It must be listed under governance → reserved matters.
     */
    decision: ReservedMatter;
    /**
     * Whether the funder must consent to changes.
     */
    funder_consent_required?: boolean;
  };
  /**
   * Whether and how new members may join.
   */
  admission: {
    /**
     * Whether new members may join.
     */
    allowed: boolean;
    /**
     * What a new member must meet, as short code words (for example "due_diligence_passed").
     */
    criteria?: Token[];
    /**
     * The reserved matter under which admitting a member is decided. It must be listed under governance → reserved matters.
     */
    decision?: ReservedMatter;
    /**
     * How a new member joins: by a deed of adherence with an addendum, or by an addendum alone.
     */
    instrument?: 'deed_of_adherence_addendum' | 'addendum';
    /**
     * Whether the funder must consent to a new member.
     */
    funder_consent_required?: boolean;
    /**
     * How many months a new member is on probation, if any.
     */
    probation_months?: number;
  };
  /**
   * Whether and how a member may leave.
   */
  withdrawal: {
    /**
     * Whether a member may withdraw.
     */
    allowed: boolean;
    /**
     * How much written notice a member must give to withdraw (more than zero).
     */
    notice?: Duration;
    /**
     * How many months a member must stay before it may withdraw.
     */
    minimum_commitment_months?: number;
    /**
     * What a leaving member must do.
     */
    obligations?: (
      | 'complete_current_quarter'
      | 'safe_transfer_of_open_cases'
      | 'complete_open_referrals'
      | 'return_unspent_funds'
      | 'hand_over_records'
      | 'return_or_destroy_data'
      | 'continue_confidentiality'
    )[];
  };
  /**
   * When a member may be suspended.
   */
  suspension?: {
    /**
     * The grounds for suspension, as short code words.
     */
    grounds?: Token[];
    /**
     * The reserved matter under which suspending a member is decided. It must be listed under governance → reserved matters.
     */
    decision?: ReservedMatter;
  };
  /**
   * When and how a member may be expelled.
   */
  expulsion?: {
    /**
     * The grounds for expulsion.
     *
     * @minItems 1
     */
    grounds: (
      | 'material_breach_unremedied'
      | 'insolvency'
      | 'loss_of_registration'
      | 'safeguarding_failure'
      | 'reputational_damage'
      | 'persistent_underperformance'
      | 'ceasing_eligibility'
      | 'persistent_non_attendance'
    )[];
    /**
     * How long the member has to put a breach right before it can be expelled (more than zero).
     */
    remedy_period?: Duration;
    /**
     * The reserved matter under which expelling a member is decided. It must be listed under governance → reserved matters.
     */
    decision: ReservedMatter;
    /**
     * Whether the member may put its case before the decision is made.
     */
    right_to_be_heard?: boolean;
  };
  /**
   * How the lead partner is changed.
   */
  change_of_lead_partner?: {
    /**
     * The reserved matter under which changing the lead partner is decided. It must be listed under governance → reserved matters.
     */
    decision: ReservedMatter;
    /**
     * Whether the funder must consent to a new lead.
     */
    funder_consent_required?: boolean;
    /**
     * Whether the funding agreement must be transferred (novated) to the new lead.
     */
    requires_novation?: boolean;
    /**
     * How long the outgoing and incoming leads have to hand over.
     */
    transition_period?: Duration;
  };
  /**
   * When the partnership ends and what happens then.
   */
  termination: {
    /**
     * What ends the agreement.
     *
     * @minItems 1
     */
    events: (
      | 'end_of_term'
      | 'funder_contract_ends'
      | 'funding_ceases'
      | 'mutual_agreement'
      | 'fewer_than_min_members'
      | 'purpose_achieved'
      | 'withdrawal_of_either_member'
    )[];
    /**
     * The partnership ends if fewer than this many active members remain (at least 2).
     */
    min_members?: number;
    /**
     * Steps taken when the partnership ends, as short code words (for example "return_or_destroy_data").
     */
    exit_plan?: Token[];
  };
  /**
   * How often the text of the agreement is reviewed.
   */
  agreement_review: {
    /**
     * How often, in months, the agreement is reviewed.
     */
    every_months: number;
  };
  /**
   * How often the partners review who is in the partnership and in which role.
   */
  composition_review?: {
    /**
     * How often, in months, membership is reviewed.
     */
    every_months: number;
  };
}
/**
 * How performance is measured, reported and communicated, and what happens if it falls short.
 */
export interface Performance {
  /**
   * The measures the partnership reports against, with targets.
   */
  kpis?: Kpi[];
  /**
   * How a KPI target is split between members.
   */
  member_targets?: MemberTargets[];
  /**
   * Who reports to whom, how often and when.
   */
  reporting?: {
    /**
     * Reports from members to the lead partner.
     */
    internal?: {
      /**
       * Who reports, as a short code word (for example "members" or "lead_partner").
       */
      from?: Token;
      /**
       * Who receives the report, as a short code word (for example "lead_partner" or "funder").
       */
      to?: Token;
      /**
       * How often reports are made.
       */
      frequency?: Frequency;
      /**
       * How soon after each period ends the report is due.
       */
      due_after_period_end?: Duration;
    };
    /**
     * Reports from the lead partner to the funder.
     */
    external?: {
      /**
       * Who reports, as a short code word (for example "members" or "lead_partner").
       */
      from?: Token;
      /**
       * Who receives the report, as a short code word (for example "lead_partner" or "funder").
       */
      to?: Token;
      /**
       * How often reports are made.
       */
      frequency?: Frequency;
      /**
       * How soon after each period ends the report is due.
       */
      due_after_period_end?: Duration;
    };
    /**
     * How performance is shared with informed parties.
     */
    communicate_to_informed_parties?: {
      /**
       * How results are shared.
       */
      method?:
        | 'advisory_group'
        | 'consultation'
        | 'survey'
        | 'e_bulletin'
        | 'newsletter'
        | 'annual_report'
        | 'website'
        | 'event'
        | 'briefing';
      /**
       * How often results are shared.
       */
      frequency?: Frequency;
    };
  };
  /**
   * What happens when a member falls behind its targets.
   */
  underperformance?: {
    /**
     * What counts as underperformance, as a phrase the agreement sets after "If a Partner's delivery falls": for example "below 80% of profile for two consecutive quarters", lower-case, with no full stop.
     */
    trigger?: string;
    /**
     * The steps taken, in order.
     *
     * @minItems 1
     */
    steps?: ('discussion' | 'improvement_plan' | 'decision_body_review' | 'reallocation' | 'expulsion')[];
  };
  /**
   * How the partnership's work will be evaluated, if at all: one or more full sentences, each beginning with a capital letter; the document ends the last with a full stop if it has none.
   */
  evaluation?: string;
}
/**
 * One key performance indicator.
 */
export interface Kpi {
  /**
   * A short id for this indicator, for example "k1".
   */
  id: Id;
  /**
   * What is measured, in a phrase.
   */
  name: string;
  /**
   * What kind of measure: output, outcome, quality, process or financial.
   */
  type?: 'output' | 'outcome' | 'quality' | 'process' | 'financial';
  /**
   * The unit of the target, as a short code word (for example "referrals", "organisations" or "percent").
   */
  unit: Token;
  /**
   * The starting value, if known.
   */
  baseline?: number;
  /**
   * The target value (0 or more; no more than 100 when the unit is percent).
   */
  target: number;
  /**
   * The period the target covers: each quarter, each year, or the whole term.
   */
  period?: 'quarterly' | 'annual' | 'term';
  /**
   * The members responsible for this indicator.
   */
  responsible_member_ids?: MemberRef[];
  /**
   * The id of the partnership objective this indicator measures.
   */
  objective_id?: Id;
  /**
   * Where the figures come from.
   */
  data_source?: string;
}
/**
 * The share of one KPI target each member is responsible for.
 */
export interface MemberTargets {
  /**
   * The id of the KPI being split.
   */
  kpi_id: Id;
  /**
   * Each member's target, by member id. For counts they should add up to the KPI target.
   */
  targets: {
    [k: string]: number;
  };
}
/**
 * The stages a dispute between partners goes through, from informal talks to mediation and the courts.
 */
export interface DisputeResolution {
  /**
   * The stages in order. Each has a time limit except, possibly, the last.
   */
  stages: DisputeStage[];
  /**
   * Whether partners carry on with their obligations while a dispute is resolved.
   */
  continue_performance_during_dispute?: boolean;
}
/**
 * One stage of the dispute procedure.
 */
export interface DisputeStage {
  /**
   * The stage number, starting at 1 and going up.
   */
  order: number;
  /**
   * What happens at this stage.
   */
  stage:
    | 'informal_resolution'
    | 'senior_officer_meeting'
    | 'chief_executives_meeting'
    | 'decision_body'
    | 'mediation'
    | 'expert_determination'
    | 'arbitration'
    | 'litigation';
  /**
   * How long this stage has before the next one may start (more than zero).
   */
  timescale?: Duration;
  /**
   * Who provides the service, for example "CEDR" for mediation.
   */
  provider?: string;
  /**
   * Who pays the costs of this stage: shared equally, as the mediator decides, or each party its own.
   */
  costs?: 'shared_equally' | 'as_mediator_decides' | 'each_bears_own';
}
/**
 * Whether the partners keep each other's information confidential, and for how long.
 */
export interface Confidentiality {
  /**
   * Whether a confidentiality clause applies.
   */
  applies: boolean;
  /**
   * How many years confidentiality continues after the agreement ends, or null for indefinitely.
   */
  survives_years?: number | null;
  /**
   * Whether partners help a public-authority funder answer Freedom of Information requests.
   */
  foi_cooperation?: boolean;
}
/**
 * Whether personal data is shared between the partners and, if so, on what lawful basis and with what safeguards.
 */
export interface DataProtection {
  /**
   * Whether the partners share personal data about people (for example service users) with each other.
   */
  personal_data_shared: boolean;
  /**
   * How the partners stand under data protection law: each an independent controller, joint controllers, a controller and its processor, a mix, or none.
   */
  relationship: 'independent_controllers' | 'joint_controllers' | 'controller_processor' | 'mixed' | 'none';
  /**
   * The groups of people whose data is shared.
   *
   * @minItems 1
   */
  data_subjects?: (
    | 'service_users'
    | 'children_of_service_users'
    | 'alleged_perpetrators'
    | 'staff'
    | 'volunteers'
    | 'supporters'
  )[];
  /**
   * The kinds of personal data shared (only what is necessary).
   *
   * @minItems 1
   */
  data_categories?: (
    | 'contact_details'
    | 'demographics'
    | 'health'
    | 'sex_life_sexual_orientation'
    | 'racial_ethnic_origin'
    | 'religious_beliefs'
    | 'criminal_offence'
    | 'immigration_status'
    | 'risk_assessment'
    | 'case_notes'
    | 'financial'
  )[];
  /**
   * Why the data is shared, with the lawful basis for each purpose.
   *
   * @minItems 1
   */
  purposes?: DataSharingPurpose[];
  /**
   * Whether a data protection impact assessment (DPIA) has been done.
   */
  dpia?: {
    /**
     * Whether the DPIA is complete.
     */
    completed: boolean;
    /**
     * The date the DPIA was completed.
     */
    date?: IsoDate;
    /**
     * When the DPIA is next reviewed.
     */
    review_date?: IsoDate;
  };
  /**
   * Whether an appropriate policy document is needed (it is for DPA 2018 Schedule 1 Part 2 conditions, paragraphs 6 to 28).
   */
  appropriate_policy_document_required?: boolean;
  /**
   * For joint controllers, the arrangement that sets out who does what.
   */
  art26_arrangement?: {
    /**
     * Whether the arrangement has been agreed.
     */
    in_place: boolean;
    /**
     * The member that is the contact point for individuals.
     */
    contact_point_member_id?: MemberRef;
    /**
     * A summary of who does what under the arrangement: one or more full sentences, each beginning with a capital letter; the document ends the last with a full stop if it has none.
     */
    summary?: string;
  };
  /**
   * For a controller and processor, the terms the processor works under.
   */
  art28_terms?: {
    /**
     * Whether processor terms have been agreed.
     */
    in_place: boolean;
    /**
     * The members that are controllers.
     */
    controller_member_ids?: MemberRef[];
    /**
     * The members that process data on a controller's instructions.
     */
    processor_member_ids?: MemberRef[];
  };
  /**
   * The secure ways data is passed between partners.
   *
   * @minItems 1
   */
  transfer_methods?: (
    | 'secure_email'
    | 'shared_case_management_system_role_based_access'
    | 'encrypted_file_transfer'
    | 'telephone_then_confirmed_in_writing'
  )[];
  /**
   * How long each kind of data is kept, by category (a short code word such as "case_notes").
   */
  retention?: {
    /**
     * How long one kind of data is kept.
     */
    [k: string]: {
      /**
       * How many years.
       */
      value: number;
      /**
       * Years, years after the case is closed, or years after the last contact.
       */
      unit: 'years' | 'years_after_case_closure' | 'years_after_last_contact';
    };
  };
  /**
   * How many hours a partner has to tell the others about a data breach: 1 to 72 (24 or less recommended), so the controller can meet the 72-hour deadline for reporting to the ICO.
   */
  breach_notify_partner_within_hours?: number;
  /**
   * Each party's data protection lead, by member id (a person or a name), or { all_members: named_in_schedule } when they are listed in a schedule.
   */
  data_protection_leads?:
    | {
        /**
         * The leads are named in a schedule.
         */
        all_members: 'named_in_schedule';
      }
    | {
        [k: string]: Person | string;
      };
  /**
   * Whether one partner coordinates requests from individuals for their data.
   */
  subject_access_single_point?: boolean;
  /**
   * Whether any data is sent outside the UK (normally not).
   */
  international_transfers?: boolean;
  /**
   * How and when people are told their data is shared: one or more full sentences, each beginning with a capital letter; the document ends the last with a full stop if it has none.
   */
  privacy_notice?: string;
  /**
   * How often, in months, the data sharing arrangements are reviewed.
   */
  review_every_months?: number;
}
/**
 * One purpose for sharing, and its lawful basis.
 */
export interface DataSharingPurpose {
  /**
   * What the data is shared for, in a sentence.
   */
  purpose: string;
  /**
   * The UK GDPR Article 6 lawful basis each party relies on, by member id, or one basis for "all_members".
   */
  art6_basis: {
    [k: string]:
      | 'consent'
      | 'contract'
      | 'legal_obligation'
      | 'vital_interests'
      | 'public_task'
      | 'legitimate_interests';
  };
  /**
   * For special category data (such as health or ethnicity), the UK GDPR Article 9 condition relied on.
   */
  art9_condition?:
    | 'explicit_consent'
    | 'employment_social_security'
    | 'vital_interests'
    | 'not_for_profit_body'
    | 'made_public'
    | 'legal_claims'
    | 'substantial_public_interest'
    | 'health_social_care'
    | 'public_health'
    | 'archiving_research';
  /**
   * The Data Protection Act 2018 Schedule 1 condition, for example "para_18_safeguarding_children_and_individuals_at_risk" or "para_17_counselling".
   */
  dpa2018_sch1_condition?: Token;
  /**
   * For criminal offence data, the condition relied on, as a short code word.
   */
  art10_condition?: Token;
  /**
   * Whether this purpose covers sharing without the person's consent where the law allows it (a risk to someone's life or of serious harm, protecting a child or an adult at risk, preventing or detecting a serious crime), as a referral protocol allows. Its lawful basis and conditions are then the ones relied on for that sharing, so none of them may be consent.
   */
  without_consent?: boolean;
}
/**
 * How the partners keep adults at risk and children safe: policies, leads, vetting, training and multi-agency routes.
 */
export interface Safeguarding {
  /**
   * Whether the partners work with adults at risk or children, so safeguarding arrangements apply.
   */
  applies: boolean;
  /**
   * Who the safeguarding arrangements cover: adults at risk, children, both, or none.
   */
  scope?: 'adults_at_risk' | 'children' | 'both' | 'none';
  /**
   * Whether every delivery member must keep and follow its own safeguarding policy.
   */
  each_member_policy_required?: boolean;
  /**
   * The member that provides the partnership's safeguarding lead.
   */
  partnership_safeguarding_lead_member_id?: MemberRef;
  /**
   * How many hours a member has to tell the lead partner about a safeguarding concern involving partnership work.
   */
  notify_lead_within_hours?: number;
  /**
   * The criminal records vetting scheme: DBS (England and Wales), PVG (Scotland) or AccessNI (Northern Ireland). It must match the jurisdiction.
   */
  vetting_scheme?: 'dbs' | 'pvg' | 'accessni';
  /**
   * The level of check needed for each role, by role (a short code word such as "support_worker").
   */
  vetting_levels?: {
    [k: string]: 'basic' | 'standard' | 'enhanced' | 'enhanced_with_barred_lists' | 'pvg_membership';
  };
  /**
   * How often, in months, staff refresh their safeguarding training.
   */
  training_refresh_months?: number;
  /**
   * The multi-agency arrangements the partners use: MARAC, MASH, the LADO, or the adult safeguarding board.
   */
  multi_agency?: ('marac' | 'mash' | 'lado' | 'adult_safeguarding_board')[];
}
/**
 * How the partners refer people to each other: services, routes, consent, urgency, feedback and monitoring.
 */
export interface Referrals {
  /**
   * Which way referrals go, as short code words (for example "between_all_members").
   */
  directions?: Token[];
  /**
   * The services each partner offers to people referred.
   *
   * @minItems 1
   */
  services: ReferralService[];
  /**
   * How referrals are made, as short code words (for example "secure_email", "referral_form").
   */
  method?: Token[];
  /**
   * Whether the person's consent is needed for a referral (except where sharing without consent is lawful, for example to protect life).
   */
  consent_required?: boolean;
  /**
   * Levels of urgency and the response times for each.
   */
  urgency_levels?: {
    /**
     * The name of the level, as a short code word (for example "high_risk").
     */
    level: Token;
    /**
     * How soon the referral is acknowledged. It cannot be later than first contact.
     */
    acknowledge_within?: Duration;
    /**
     * How soon the person referred is first contacted.
     */
    first_contact_within?: Duration;
  }[];
  /**
   * What to do when someone is in immediate danger, as one or more full sentences, for example "Call 999 and tell the police there is a risk to life."; the document ends the last with a full stop if it has none.
   */
  immediate_risk_instruction?: string;
  /**
   * What the referrer is told about the outcome, and when.
   */
  feedback_to_referrer?: {
    /**
     * How soon the referrer is told the outcome.
     */
    within?: Duration;
    /**
     * What the feedback covers, as short code words (for example "accepted_or_declined").
     */
    content?: Token[];
  };
  /**
   * What is counted about referrals, as short code words (for example "number_referred").
   */
  monitoring?: Token[];
}
/**
 * One service open to referrals.
 */
export interface ReferralService {
  /**
   * The member that provides the service.
   */
  member_id: MemberRef;
  /**
   * The name of the service.
   */
  service: string;
  /**
   * Who the service is for, one condition per line.
   */
  eligibility?: string[];
  /**
   * Who the service cannot take, one condition per line.
   */
  exclusions?: string[];
  /**
   * A note on capacity or waiting times, as one or more full sentences beginning with a capital letter; the document ends the last with a full stop if it has none.
   */
  capacity_note?: string;
}
/**
 * Who owns what the partners bring and what they create together, and how the partnership brand is used.
 */
export interface IntellectualProperty {
  /**
   * Material a partner already owns (background intellectual property) stays with that partner.
   */
  background?: 'remains_with_owner';
  /**
   * Whether partners may use each other's existing material free of charge for the term, or not at all.
   */
  background_licence?: 'royalty_free_for_term' | 'none';
  /**
   * Who owns material created in the partnership: its creator (licensing the others), all jointly, the lead partner, the funder, or nobody (published under an open licence).
   */
  foreground?:
    'creator_owns_with_licence' | 'jointly_owned' | 'lead_partner_owns' | 'funder_owns' | 'open_licence';
  /**
   * For new material under an open licence, which licence, for example "CC BY 4.0".
   */
  open_licence_name?: string;
  /**
   * Who holds the partnership's name and logo: the lead partner on behalf of all, all jointly, or there is no brand.
   */
  brand_owner?: 'lead_partner_on_behalf' | 'jointly' | 'none';
  /**
   * Whether the funder's rights over outputs are passed on to the members.
   */
  funder_rights_flow_down?: boolean;
  /**
   * What a member may do with partnership material after it leaves: one or more full sentences, each beginning with a capital letter; the document ends the last with a full stop if it has none.
   */
  post_exit_use?: string;
}
/**
 * Who is liable for what, and the insurance each member must hold.
 */
export interface LiabilityInsurance {
  /**
   * How liability is shared: each member for its own acts (several), passed down on the main contract's terms (back-to-back), or all together (joint and several).
   */
  liability_model?: 'several' | 'flow_down_back_to_back' | 'joint_and_several';
  /**
   * Whether the agreement states it creates no legal partnership or agency, so no partner can bind another (recommended).
   */
  no_partnership_clause?: boolean;
  /**
   * Whether a member's liability is capped: no cap, capped at its allocation, or a fixed amount.
   */
  member_liability_cap?: 'none' | 'allocation_amount' | 'fixed';
  /**
   * For a fixed cap, the amount in pounds.
   */
  cap_amount?: Money;
  /**
   * The minimum insurance every member must hold.
   */
  minimum_cover?: {
    /**
     * The minimum public liability cover each member must hold, in pounds.
     */
    public_liability?: Money;
    /**
     * The minimum employers' liability (at least £5m where the member employs staff) cover each member must hold, in pounds.
     */
    employers_liability?: Money;
    /**
     * The minimum professional indemnity cover each member must hold, in pounds.
     */
    professional_indemnity?: Money;
    /**
     * The minimum cyber cover each member must hold, in pounds.
     */
    cyber?: Money;
  };
}
/**
 * How complaints about services and about the partnership are handled.
 */
export interface Complaints {
  /**
   * Each member handles complaints about its own services under its own policy.
   */
  own_services?: 'member_policy';
  /**
   * Who handles complaints about the partnership as a whole: the lead partner or the decision body.
   */
  partnership_activity?: 'lead_partner' | 'decision_body';
  /**
   * How soon a complaint is acknowledged. It must be sooner than the full response.
   */
  acknowledge_within?: Duration;
  /**
   * How soon a full response is given.
   */
  respond_within?: Duration;
  /**
   * The id of the group the themes of complaints are reported to.
   */
  themes_reported_to?: Id;
}
/**
 * Who speaks for the partnership, how press releases are approved, and how names and logos are used.
 */
export interface Communications {
  /**
   * The members that may speak to the media and others on the partnership's behalf.
   */
  speak_on_behalf?: MemberRef[];
  /**
   * Who approves press releases and how quickly.
   */
  press_release_approval?: {
    /**
     * Who must approve: the lead and the members named in it, all members, or both members (in a two-member partnership).
     */
    approvers?: 'lead_and_named_members' | 'all_members' | 'both_members';
    /**
     * How quickly approvers must respond.
     */
    turnaround?: Duration;
  };
  /**
   * Whether publicity must acknowledge the funder.
   */
  funder_acknowledgement?: boolean;
  /**
   * Whether members' logos may be used only with their consent, or not at all.
   */
  use_of_member_logos?: 'with_consent' | 'not_permitted';
}
/**
 * Equality monitoring, accessibility and, for women-only services, the basis relied on.
 */
export interface Equality {
  /**
   * For a women-only (single-sex) service, the basis each member relies on, in words that member has confirmed.
   */
  single_sex_service_basis?: string;
  /**
   * Whether members collect equality monitoring data.
   */
  equality_monitoring?: boolean;
  /**
   * Accessibility measures, as short code words (for example "step_free_venues").
   */
  accessibility?: Token[];
}
/**
 * How the agreement is signed and who signs it.
 */
export interface Signatures {
  /**
   * Whether the agreement is signed in ink, electronically, or either.
   */
  execution: 'wet_ink' | 'electronic' | 'either';
  /**
   * Whether it is signed as an ordinary contract or as a deed.
   */
  form: 'simple_contract' | 'deed';
  /**
   * Whether each party may sign a separate copy, the copies together making one agreement.
   */
  counterparts: boolean;
  /**
   * One signatory for each active member, matching its authorised signatory.
   */
  signatories: Signatory[];
}
/**
 * The person who signs for one member.
 */
export interface Signatory {
  /**
   * The member this person signs for.
   */
  member_id: MemberRef;
  /**
   * The signatory's name, as under the member's authorised signatory.
   */
  name: string;
  /**
   * The signatory's job title.
   */
  job_title: string;
  /**
   * The date they signed, or null if not yet signed.
   */
  date?: NullableDate;
  /**
   * The witness to the signature, where one is needed (deeds, or self-proving signature in Scotland).
   */
  witness?: Person;
}
/**
 * One clause of your own.
 */
export interface CustomClause {
  /**
   * A short id for this clause.
   */
  id: Id;
  /**
   * The id of the generated clause this one follows (the document lists the ids). Give either after or replaces.
   */
  after?: string;
  /**
   * The id of the generated clause this one replaces: the document prints this clause, under that clause's number, instead of it (an addendum's replaced clause lives here). Give either after or replaces.
   */
  replaces?: string;
  /**
   * An optional heading for the clause.
   */
  title?: string;
  /**
   * The clause text, printed exactly as written.
   */
  text: string;
}
/**
 * A length of time, such as 10 working days or 3 months.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Duration".
 */
export interface Duration {
  /**
   * How many units, as a whole number (for example 10).
   */
  value: number;
  /**
   * The unit of time: working days, calendar days, weeks, months or years.
   */
  unit: 'working_days' | 'calendar_days' | 'weeks' | 'months' | 'years';
}
/**
 * A named person and their job title, with optional contact details.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Person".
 */
export interface Person {
  /**
   * The person's full name, as they would sign it.
   */
  name: string;
  /**
   * The person's job title in their organisation, for example "Chief Executive".
   */
  job_title: string;
  /**
   * A work email address for this person.
   */
  email?: string;
  /**
   * A work phone number for this person, written as you would dial it.
   */
  phone?: string;
}
/**
 * The person who signs for the organisation, and where their authority to sign comes from.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "AuthorisedSignatory".
 */
export interface AuthorisedSignatory {
  /**
   * The person's full name, as they would sign it.
   */
  name: string;
  /**
   * The person's job title in their organisation, for example "Chief Executive".
   */
  job_title: string;
  /**
   * A work email address for this person.
   */
  email?: string;
  /**
   * A work phone number for this person, written as you would dial it.
   */
  phone?: string;
  /**
   * Where the signatory's authority comes from: a board resolution, authority delegated to them, a committee resolution, or the organisation's constitution.
   */
  authority_basis?: 'board_resolution' | 'delegated_authority' | 'committee_resolution' | 'constitution';
  /**
   * The date the board, committee or delegation gave this person authority to sign.
   */
  authority_date?: IsoDate;
}
/**
 * A UK postal address.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "Address".
 */
export interface Address {
  /**
   * The first line of the address, usually the building and street.
   */
  line1: string;
  /**
   * A second address line, if needed.
   */
  line2?: string;
  /**
   * The post town or city.
   */
  town: string;
  /**
   * The county, if you want it shown.
   */
  county?: string;
  /**
   * The UK postcode, for example "SE1 9ZZ" (upper or lower case; the space is optional).
   */
  postcode: string;
  /**
   * The UK nation the address is in.
   */
  country: 'england' | 'wales' | 'scotland' | 'northern_ireland';
}
/**
 * How the chair (or vice-chair) of the decision body is chosen and what they may do.
 *
 * This interface was referenced by `PartnershipSpec`'s JSON-Schema
 * via the `definition` "ChairRole".
 */
export interface ChairRole {
  /**
   * How the post holder is chosen: elected each year, rotating between members, the lead partner by virtue of its role, or an independent person appointed.
   */
  selection?: 'elected_annually' | 'rotating' | 'lead_partner_ex_officio' | 'independent_appointed';
  /**
   * How many months the post holder serves before the post is filled again.
   */
  term_months?: number;
  /**
   * Who may hold the post: any voting member, any voting member except the lead partner (to balance power), or an independent person.
   */
  eligible?: 'voting_members' | 'voting_members_except_lead' | 'independent';
  /**
   * Whether the post holder has a second, deciding vote when votes are tied.
   */
  casting_vote?: boolean;
  /**
   * The member whose representative holds the post first.
   */
  initial_holder_member_id?: MemberRef;
}
