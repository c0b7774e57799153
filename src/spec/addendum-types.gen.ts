/**
 * The addendum spec as TypeScript types: generated from schemas/addendum.schema.json by
 * `npm run gen`; do not edit. Field descriptions are the schema's, shown as hover help.
 */

/**
 * A short identifier you choose, used to refer to this item elsewhere in the spec: lower-case letters, digits and hyphens, starting with a letter, 2 to 40 characters (for example "wa-policy"). Every id in one spec must be different.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Id".
 */
export type Id = string;
/**
 * The id of one of the members listed under "members" (usually one that is active).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "MemberRef".
 */
export type MemberRef = Id;
/**
 * A short code word in lower case with underscores (for example "due_diligence_passed"). Known words are shown with a readable label; others are shown with the underscores replaced by spaces.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Token".
 */
export type Token = string;
/**
 * A calendar date written as year-month-day, for example 2026-04-01.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Date".
 */
export type IsoDate = string;
/**
 * A calendar date written as year-month-day (for example 2026-04-01), or null when there is no date yet.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "NullableDate".
 */
export type NullableDate = IsoDate | null;
/**
 * An amount in pounds sterling written as text with exactly two decimal places and no commas or pound sign, for example "81000.00". Quote it in YAML so it stays exact.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Money".
 */
export type Money = string;
/**
 * A percentage between 0 and 100, written as a number without the % sign.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Percent".
 */
export type Percent = number;
/**
 * A kind of decision that needs more than the ordinary agreement of the decision body, such as changing the agreement or admitting a member.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
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
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Threshold".
 */
export type Threshold =
  | 'unanimity'
  | 'unanimity_excluding_affected'
  | 'three_quarters_majority'
  | 'two_thirds_majority'
  | 'simple_majority';

/**
 * An addendum (variation) to a partnership agreement: the operations that change the base spec, the decision that authorised them, and who signs (DOMAIN §3.5).
 */
export interface AddendumSpec {
  /**
   * Where editors find this schema (ignored by the tool).
   */
  $schema?: string;
  /**
   * What this file is. For an addendum it is always "addendum_spec".
   */
  kind: 'addendum_spec';
  /**
   * The version of this file format, written in quotes: "1.0".
   */
  spec_version: '1.0';
  meta: AddendumMeta;
  base: AddendumBase;
  /**
   * The version of the agreement after this addendum: higher than the base version (an addendum raises the middle number).
   */
  resulting_version: string;
  /**
   * The date the changes take effect: within the term, on or after the decision.
   */
  effective_date: IsoDate;
  /**
   * Why the partners are making the change, as the addendum recites it.
   */
  reason: string;
  decision: AddendumDecision;
  funder_consent?: FunderConsent;
  /**
   * The operations, applied in order to the base spec.
   *
   * @minItems 1
   */
  changes: (
    | AdmitMemberOp
    | WithdrawMemberOp
    | ExpelMemberOp
    | SuspendMemberOp
    | ReinstateMemberOp
    | ChangeLeadPartnerOp
    | SetAllocationOp
    | SetContingencyOp
    | SetManagementFeeOp
    | SetTotalAmountOp
    | SetKpiTargetOp
    | SetMemberTargetOp
    | ExtendTermOp
    | ReplaceClauseOp
    | SetOp
    | UnsetOp
    | AddToListOp
    | RemoveFromListOp
  )[];
  expected_after?: ExpectedAfter;
  signatures: AddendumSignatures;
}
/**
 * Which addendum this is.
 */
export interface AddendumMeta {
  /**
   * A short id for this addendum, for example "whec-add-1".
   */
  addendum_id: Id;
  /**
   * The addendum's number: 1 for the first, then one more than the addenda before it.
   */
  number: number;
  /**
   * A short title, for example "Admission of Southall Black Sisters".
   */
  title: string;
  /**
   * Where the addendum stands: draft, agreed, signed, or superseded.
   */
  status: 'draft' | 'agreed' | 'signed' | 'superseded';
  /**
   * The member that prepared the addendum.
   */
  prepared_by_member?: MemberRef;
  /**
   * The date of this addendum; every date printed inside its files comes from it.
   */
  prepared_date: IsoDate;
}
/**
 * The agreement (and its version) this addendum changes.
 */
export interface AddendumBase {
  /**
   * The base spec's meta.spec_id.
   */
  spec_id: Id;
  /**
   * The base spec's meta.version: the current consolidated version.
   */
  version: string;
  /**
   * The date of the original agreement, as the addendum recites it.
   */
  agreement_date: IsoDate;
  /**
   * The addenda made before this one, in order.
   */
  previous_addenda?: {
    /**
     * Its number.
     */
    number: number;
    /**
     * Its id.
     */
    addendum_id?: Id;
    /**
     * The date it took effect.
     */
    date: IsoDate;
    /**
     * Its title.
     */
    title?: string;
  }[];
}
/**
 * The decision that authorised the change (R48).
 */
export interface AddendumDecision {
  /**
   * Who decided: the decision body at a meeting, or the decision body in writing outside a meeting.
   */
  body: 'decision_body' | 'decision_body_in_writing';
  /**
   * The date of the meeting (or of the written resolution).
   */
  meeting_date: IsoDate;
  /**
   * The minute or resolution reference.
   */
  minute_ref: string;
  /**
   * The reserved matters decided.
   *
   * @minItems 1
   */
  matters: ReservedMatter[];
  /**
   * The threshold the decision met.
   */
  threshold_required: Threshold;
  /**
   * How the voting partners voted.
   */
  votes: {
    /**
     * Votes for.
     */
    for: number;
    /**
     * Votes against.
     */
    against: number;
    /**
     * Abstentions.
     */
    abstain: number;
  };
}
/**
 * The funder's consent, where the funder requires it (R48, R35).
 */
export interface FunderConsent {
  /**
   * Whether the funder's consent is needed for this change.
   */
  required: boolean;
  /**
   * The id of the funder that consented.
   */
  funder_id?: Id;
  /**
   * The reference of the consent letter or email.
   */
  reference?: string;
  /**
   * The date of the consent.
   */
  date?: IsoDate;
}
/**
 * Figures the consolidated spec must show; each is checked (R48).
 */
export interface ExpectedAfter {
  /**
   * How many active members.
   */
  member_count?: number;
  /**
   * The total funding.
   */
  total_amount?: Money;
  /**
   * The sum of the members' allocations.
   */
  sum_allocations?: Money;
  /**
   * The management fee.
   */
  management_fee?: Money;
  /**
   * The contingency.
   */
  contingency?: Money;
  /**
   * The quorum, in seats.
   */
  quorum_seats?: number;
}
/**
 * Who signs the addendum, and how.
 */
export interface AddendumSignatures {
  /**
   * Who must sign: all parties and any joining member, all parties, or the lead under delegated authority.
   */
  required_from: 'all_parties_and_joining_member' | 'all_parties' | 'lead_under_delegated_authority';
  /**
   * Whether the addendum is signed in ink, electronically, or either.
   */
  execution: 'wet_ink' | 'electronic' | 'either';
  /**
   * Who signs for each party.
   */
  signatories?: {
    /**
     * The party signing.
     */
    member_id: MemberRef;
    /**
     * The signatory's name.
     */
    name: string;
    /**
     * The signatory's job title.
     */
    job_title: string;
    /**
     * The date signed, or null before signing.
     */
    date?: NullableDate;
  }[];
}
/**
 * A length of time, such as 10 working days or 3 months.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
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
 * A new party joins by deed of adherence (DOMAIN §2.4, 6a).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_admit_member".
 */
export interface AdmitMemberOp {
  /**
   * The operation: admit_member.
   */
  op: 'admit_member';
  /**
   * The joining member, written exactly as an entry of "members" in the partnership spec (it is checked as one).
   */
  member: {};
  /**
   * Whether the member takes a voting seat on the decision body (true for a key decision maker).
   */
  voting_seat?: boolean;
  /**
   * The work areas the member contributes to.
   */
  work_area_ids?: Id[];
  /**
   * The member's share of the funding, if it receives one.
   */
  allocation?: {
    /**
     * The member's total allocation.
     */
    amount: Money;
    /**
     * The allocation per funding period (period label → amount).
     */
    by_period?: {
      [k: string]: Money;
    };
    /**
     * How the allocation is paid.
     */
    basis?: 'fixed' | 'unit_rate' | 'payment_by_results';
  };
  /**
   * What the joining member warrants (for example authority, policies_in_place, insurance_in_place, solvent, has_read_main_contract).
   */
  warranties?: Token[];
  /**
   * A joining member is not liable for what the partners did before it joined.
   */
  liability_for_prior_acts?: 'none';
  /**
   * How the member joins: a deed of adherence, or this addendum alone.
   */
  instrument?: 'deed_of_adherence' | 'addendum';
}
/**
 * Withdraw a member (DOMAIN §3.5).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_withdraw_member".
 */
export interface WithdrawMemberOp {
  /**
   * The operation: withdraw_member.
   */
  op: 'withdraw_member';
  /**
   * The id of the member to withdraw.
   */
  member_id: MemberRef;
  /**
   * The date this takes effect for this member (defaults to the addendum's effective date).
   */
  effective_date?: IsoDate;
  /**
   * Why, in a sentence, as the addendum will recite it.
   */
  reason?: string;
  /**
   * What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).
   */
  obligations?: Token[];
  /**
   * Where the member's work and money go.
   */
  reallocation?: {
    /**
     * For each work area this member leads, the member that leads it instead (work area id → member id).
     */
    work_area_leads?: {
      [k: string]: MemberRef;
    };
    /**
     * The member whose allocation takes this member's allocation, or "contingency" to move it to the contingency.
     */
    allocation_to?: Id;
  };
}
/**
 * Expel a member (DOMAIN §3.5).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_expel_member".
 */
export interface ExpelMemberOp {
  /**
   * The operation: expel_member.
   */
  op: 'expel_member';
  /**
   * The id of the member to expel.
   */
  member_id: MemberRef;
  /**
   * The date this takes effect for this member (defaults to the addendum's effective date).
   */
  effective_date?: IsoDate;
  /**
   * Why, in a sentence, as the addendum will recite it.
   */
  reason?: string;
  /**
   * What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).
   */
  obligations?: Token[];
  /**
   * Where the member's work and money go.
   */
  reallocation?: {
    /**
     * For each work area this member leads, the member that leads it instead (work area id → member id).
     */
    work_area_leads?: {
      [k: string]: MemberRef;
    };
    /**
     * The member whose allocation takes this member's allocation, or "contingency" to move it to the contingency.
     */
    allocation_to?: Id;
  };
}
/**
 * Suspend a member (DOMAIN §3.5).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_suspend_member".
 */
export interface SuspendMemberOp {
  /**
   * The operation: suspend_member.
   */
  op: 'suspend_member';
  /**
   * The id of the member to suspend.
   */
  member_id: MemberRef;
  /**
   * The date this takes effect for this member (defaults to the addendum's effective date).
   */
  effective_date?: IsoDate;
  /**
   * Why, in a sentence, as the addendum will recite it.
   */
  reason?: string;
  /**
   * What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).
   */
  obligations?: Token[];
  /**
   * Where the member's work and money go.
   */
  reallocation?: {
    /**
     * For each work area this member leads, the member that leads it instead (work area id → member id).
     */
    work_area_leads?: {
      [k: string]: MemberRef;
    };
    /**
     * The member whose allocation takes this member's allocation, or "contingency" to move it to the contingency.
     */
    allocation_to?: Id;
  };
}
/**
 * Reinstate a member (DOMAIN §3.5).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_reinstate_member".
 */
export interface ReinstateMemberOp {
  /**
   * The operation: reinstate_member.
   */
  op: 'reinstate_member';
  /**
   * The id of the member to reinstate.
   */
  member_id: MemberRef;
  /**
   * The date this takes effect for this member (defaults to the addendum's effective date).
   */
  effective_date?: IsoDate;
  /**
   * Why, in a sentence, as the addendum will recite it.
   */
  reason?: string;
  /**
   * What the member still owes after the change (for example return_unspent_funds, continue_confidentiality).
   */
  obligations?: Token[];
  /**
   * Where the member's work and money go.
   */
  reallocation?: {
    /**
     * For each work area this member leads, the member that leads it instead (work area id → member id).
     */
    work_area_leads?: {
      [k: string]: MemberRef;
    };
    /**
     * The member whose allocation takes this member's allocation, or "contingency" to move it to the contingency.
     */
    allocation_to?: Id;
  };
}
/**
 * A new member becomes lead partner (DOMAIN §2.4, 6c).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_change_lead_partner".
 */
export interface ChangeLeadPartnerOp {
  /**
   * The operation: change_lead_partner.
   */
  op: 'change_lead_partner';
  /**
   * The current lead partner.
   */
  from_member_id: MemberRef;
  /**
   * The member that becomes lead partner.
   */
  to_member_id: MemberRef;
  /**
   * The lead-partner roles the new lead holds (defaults to those the old lead held).
   *
   * @minItems 1
   */
  roles?: ('convenor' | 'secretariat' | 'external_liaison' | 'accountable_body' | 'champion')[];
  /**
   * The reference of the novation of the main contract or funding agreement to the new lead.
   */
  novation_reference?: string;
  /**
   * How long the handover takes.
   */
  transition_period?: Duration;
}
/**
 * A member's allocation is set to a new amount (DOMAIN §2.4, 6d).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_set_allocation".
 */
export interface SetAllocationOp {
  /**
   * The operation: set_allocation.
   */
  op: 'set_allocation';
  /**
   * The member whose allocation changes.
   */
  member_id: MemberRef;
  /**
   * The new total allocation.
   */
  amount: Money;
  /**
   * The new allocation per funding period (period label → amount).
   */
  by_period?: {
    [k: string]: Money;
  };
  /**
   * The work areas the allocation pays for (for a member that had none).
   */
  work_area_ids?: Id[];
}
/**
 * The contingency is set to a new amount.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_set_contingency".
 */
export interface SetContingencyOp {
  /**
   * The operation: set_contingency.
   */
  op: 'set_contingency';
  /**
   * The new contingency.
   */
  amount: Money;
  /**
   * The new contingency per funding period.
   */
  by_period?: {
    [k: string]: Money;
  };
}
/**
 * The management fee is set to a new amount or rate.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_set_management_fee".
 */
export interface SetManagementFeeOp {
  /**
   * The operation: set_management_fee.
   */
  op: 'set_management_fee';
  /**
   * The new fee.
   */
  amount: Money;
  /**
   * The new rate, for a percentage fee.
   */
  rate_percent?: Percent;
  /**
   * The new fee per funding period.
   */
  by_period?: {
    [k: string]: Money;
  };
}
/**
 * The total funding and, optionally, one funder's amount and the periods change (for a funder's increase or cut).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_set_total_amount".
 */
export interface SetTotalAmountOp {
  /**
   * The operation: set_total_amount.
   */
  op: 'set_total_amount';
  /**
   * The new total.
   */
  amount: Money;
  /**
   * The new amount of each funder whose amount changes (funder id → amount).
   */
  funder_amounts?: {
    [k: string]: Money;
  };
  /**
   * The new amount of each funding period that changes (period label → amount).
   */
  period_amounts?: {
    [k: string]: Money;
  };
}
/**
 * A KPI's target changes.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_set_kpi_target".
 */
export interface SetKpiTargetOp {
  /**
   * The operation: set_kpi_target.
   */
  op: 'set_kpi_target';
  /**
   * The id of the KPI.
   */
  kpi_id: Id;
  /**
   * The new target.
   */
  target: number;
}
/**
 * The members' shares of a KPI's target change.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_set_member_target".
 */
export interface SetMemberTargetOp {
  /**
   * The operation: set_member_target.
   */
  op: 'set_member_target';
  /**
   * The id of the KPI.
   */
  kpi_id: Id;
  /**
   * Each member's target (member id → number).
   */
  targets: {
    [k: string]: number;
  };
}
/**
 * The agreement's end date changes (DOMAIN §2.4, 6e).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_extend_term".
 */
export interface ExtendTermOp {
  /**
   * The operation: extend_term.
   */
  op: 'extend_term';
  /**
   * The date the agreement now ends.
   */
  new_end_date: IsoDate;
  /**
   * Why the term can change: the funder extended the main contract, or the partners agreed.
   */
  mechanism?: 'funder_extension_of_main_contract' | 'mutual_agreement';
}
/**
 * A clause of the agreement reads as this text instead (DOMAIN §2.4, 6f).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_replace_clause".
 */
export interface ReplaceClauseOp {
  /**
   * The operation: replace_clause.
   */
  op: 'replace_clause';
  /**
   * The id of the clause replaced (`partnership explain` and the templates name them).
   */
  clause_key: string;
  /**
   * An id for the replacing clause (defaults to "amended-" and the clause id).
   */
  id?: Id;
  /**
   * The replacing clause's heading.
   */
  title?: string;
  /**
   * The clause as it now reads, printed exactly as written.
   */
  text: string;
}
/**
 * Sets the value at a path (generic; typed operations say more and are preferred).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_set".
 */
export interface SetOp {
  /**
   * The operation: set.
   */
  op: 'set';
  /**
   * Where, as a JSON Pointer; list items are addressed by their id where they have one ("/work_areas/wa-policy/name").
   */
  path: string;
  /**
   * The new value.
   */
  value: {
    [k: string]: unknown;
  };
}
/**
 * Removes the field at a path (generic).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_unset".
 */
export interface UnsetOp {
  /**
   * The operation: unset.
   */
  op: 'unset';
  /**
   * Where, as a JSON Pointer; list items are addressed by their id where they have one.
   */
  path: string;
}
/**
 * Appends a value to the list at a path (generic).
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_add_to_list".
 */
export interface AddToListOp {
  /**
   * The operation: add_to_list.
   */
  op: 'add_to_list';
  /**
   * The list, as a JSON Pointer; list items are addressed by their id where they have one.
   */
  path: string;
  /**
   * The item to add.
   */
  value: {
    [k: string]: unknown;
  };
}
/**
 * Removes an item from the list at a path (generic): the item with that id, or equal to that value.
 *
 * This interface was referenced by `AddendumSpec`'s JSON-Schema
 * via the `definition` "Op_remove_from_list".
 */
export interface RemoveFromListOp {
  /**
   * The operation: remove_from_list.
   */
  op: 'remove_from_list';
  /**
   * The list, as a JSON Pointer; list items are addressed by their id where they have one.
   */
  path: string;
  /**
   * The id of the item to remove, or the item itself.
   */
  value: {
    [k: string]: unknown;
  };
}
