/**
 * The closed vocabularies of the label table, each as the generated spec types give its values, so that
 * the table is checked against the schema: `npm run gen` after adding an enum value makes the label
 * table fail to compile until the value has a label (`satisfies` in ../labels.ts). A vocabulary whose
 * schema also accepts any token (open, DOMAIN §3.3) is not listed: its labels cover the known tokens,
 * and an unknown token is humanised.
 */
import type {
  Address,
  AuthorisedSignatory,
  ChairRole,
  Frequency,
  PartnershipSpec,
  ReservedMatter,
  Threshold,
} from '../../../spec/index.js';

/** `T[K]` for each member of a union that has `K`; absent (null, undefined) members drop out. */
type Field<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? NonNullable<T[K]> : never) : never;
/** The item type of an array type (absent members drop out). */
type Item<T> = T extends readonly (infer U)[] ? NonNullable<U> : never;

/** Each closed vocabulary's values, by vocabulary name. */
export interface ClosedVocabularies {
  status: Field<Field<PartnershipSpec, 'meta'>, 'status'>;
  way_of_working: Field<Field<PartnershipSpec, 'partnership'>, 'way_of_working'>;
  structure_model: Field<Field<PartnershipSpec, 'partnership'>, 'structure_model'>;
  agreement_status: Field<Field<PartnershipSpec, 'partnership'>, 'agreement_status'>;
  binding_section: Item<Field<Field<PartnershipSpec, 'partnership'>, 'binding_sections'>>;
  country: Field<Address, 'country'>;
  extension_mechanism: Field<
    Item<Field<Field<Field<PartnershipSpec, 'partnership'>, 'term'>, 'extension_options'>>,
    'mechanism'
  >;
  procurement_regime: Field<Field<Field<PartnershipSpec, 'partnership'>, 'related_contract'>, 'procurement_regime'>;
  bid_costs: Field<Field<Field<PartnershipSpec, 'partnership'>, 'bid_phase'>, 'bid_costs'>;
  legal_form: Field<Item<Field<PartnershipSpec, 'members'>>, 'legal_form'>;
  statutory_type: Field<Item<Field<PartnershipSpec, 'members'>>, 'statutory_type'>;
  partnership_role: Field<Item<Field<PartnershipSpec, 'members'>>, 'partnership_role'>;
  member_status: Field<Item<Field<PartnershipSpec, 'members'>>, 'status'>;
  authority_basis: Field<AuthorisedSignatory, 'authority_basis'>;
  contribution: Field<Item<Field<Item<Field<PartnershipSpec, 'members'>>, 'contributions'>>, 'type'>;
  stakeholder_type: Field<Item<Field<PartnershipSpec, 'stakeholders'>>, 'type'>;
  engagement_method: Field<Item<Field<Item<Field<PartnershipSpec, 'stakeholders'>>, 'engagement'>>, 'method'>;
  decision_body_type: Field<Field<Field<PartnershipSpec, 'governance'>, 'decision_body'>, 'type'>;
  function: Item<Field<Field<Field<PartnershipSpec, 'governance'>, 'decision_body'>, 'functions'>>;
  observer_attends: Field<
    Item<Field<Field<Field<PartnershipSpec, 'governance'>, 'decision_body'>, 'observers'>>,
    'attends'
  >;
  chair_selection: Field<ChairRole, 'selection'>;
  chair_eligible: Field<ChairRole, 'eligible'>;
  quorum_rounding: Field<Field<Field<PartnershipSpec, 'governance'>, 'quorum'>, 'rounding'>;
  voting_method: Field<Field<Field<PartnershipSpec, 'governance'>, 'voting'>, 'method'>;
  consensus_fallback: Field<Field<Field<PartnershipSpec, 'governance'>, 'voting'>, 'consensus_fallback'>;
  threshold: Threshold;
  written_threshold: Field<Field<Field<PartnershipSpec, 'governance'>, 'decisions_outside_meetings'>, 'threshold'>;
  reserved_matter: ReservedMatter;
  frequency: Frequency;
  meeting_format: Field<Field<Field<PartnershipSpec, 'governance'>, 'meetings'>, 'format'>;
  extraordinary_caller: Item<
    Field<Field<Field<Field<PartnershipSpec, 'governance'>, 'meetings'>, 'extraordinary'>, 'called_by'>
  >;
  minutes_taker: Field<Field<Field<PartnershipSpec, 'governance'>, 'minutes'>, 'taken_by_role'>;
  minutes_approval: Field<Field<Field<PartnershipSpec, 'governance'>, 'minutes'>, 'approval'>;
  conflict_procedure: Field<Field<Field<PartnershipSpec, 'governance'>, 'conflicts_of_interest'>, 'procedure'>;
  written_method: Field<Field<Field<PartnershipSpec, 'governance'>, 'decisions_outside_meetings'>, 'method'>;
  urgent_by: Item<Field<Field<Field<PartnershipSpec, 'governance'>, 'urgent_decisions'>, 'by'>>;
  coordinator_funded_from: Field<Field<Field<PartnershipSpec, 'management'>, 'coordinator'>, 'funded_from'>;
  secretariat_function: Item<Field<Field<Field<PartnershipSpec, 'management'>, 'secretariat'>, 'functions'>>;
  management_function: Item<Field<Field<PartnershipSpec, 'management'>, 'functions'>>;
  group_type: Field<Item<Field<PartnershipSpec, 'advisory_groups'>>, 'type'>;
  role_status: Field<Item<Field<PartnershipSpec, 'advisory_groups'>>, 'role_status'>;
  lead_role: Item<Field<Field<PartnershipSpec, 'lead_partner'>, 'roles'>>;
  selection_reason: Field<Field<PartnershipSpec, 'lead_partner'>, 'selection_reason'>;
  funder_type: Field<Item<Field<Field<PartnershipSpec, 'funding'>, 'funders'>>, 'type'>;
  agreement_type: Field<Item<Field<Field<PartnershipSpec, 'funding'>, 'funders'>>, 'agreement_type'>;
  fee_basis: Field<Field<Field<PartnershipSpec, 'funding'>, 'management_fee'>, 'basis'>;
  allocation_basis: Field<Item<Field<Field<PartnershipSpec, 'funding'>, 'allocations'>>, 'basis'>;
  payment_frequency: Field<Field<Field<PartnershipSpec, 'funding'>, 'payment_schedule'>, 'frequency'>;
  payment_timing: Field<Field<Field<PartnershipSpec, 'funding'>, 'payment_schedule'>, 'timing'>;
  payment_condition: Item<Field<Field<Field<PartnershipSpec, 'funding'>, 'payment_schedule'>, 'conditions'>>;
  clawback_trigger: Item<Field<Field<Field<PartnershipSpec, 'funding'>, 'clawback'>, 'triggers'>>;
  underspend: Field<Field<PartnershipSpec, 'funding'>, 'underspend'>;
  overspend: Field<Field<PartnershipSpec, 'funding'>, 'overspend'>;
  vat_treatment: Field<Field<PartnershipSpec, 'funding'>, 'vat_treatment'>;
  risk_category: Field<Item<Field<Field<PartnershipSpec, 'risk_management'>, 'initial_risks'>>, 'category'>;
  risk_status: Field<Item<Field<Field<PartnershipSpec, 'risk_management'>, 'initial_risks'>>, 'status'>;
  kpi_type: Field<Item<Field<Field<PartnershipSpec, 'performance'>, 'kpis'>>, 'type'>;
  kpi_period: Field<Item<Field<Field<PartnershipSpec, 'performance'>, 'kpis'>>, 'period'>;
  underperformance_step: Item<Field<Field<Field<PartnershipSpec, 'performance'>, 'underperformance'>, 'steps'>>;
  variation_mechanism: Field<Field<Field<PartnershipSpec, 'change_management'>, 'variation'>, 'mechanism'>;
  admission_instrument: Field<Field<Field<PartnershipSpec, 'change_management'>, 'admission'>, 'instrument'>;
  withdrawal_obligation: Item<Field<Field<Field<PartnershipSpec, 'change_management'>, 'withdrawal'>, 'obligations'>>;
  expulsion_ground: Item<Field<Field<Field<PartnershipSpec, 'change_management'>, 'expulsion'>, 'grounds'>>;
  termination_event: Item<Field<Field<Field<PartnershipSpec, 'change_management'>, 'termination'>, 'events'>>;
  dispute_stage: Field<Item<Field<Field<PartnershipSpec, 'dispute_resolution'>, 'stages'>>, 'stage'>;
  dispute_costs: Field<Item<Field<Field<PartnershipSpec, 'dispute_resolution'>, 'stages'>>, 'costs'>;
  data_relationship: Field<Field<PartnershipSpec, 'data_protection'>, 'relationship'>;
  data_subject: Item<Field<Field<PartnershipSpec, 'data_protection'>, 'data_subjects'>>;
  data_category: Item<Field<Field<PartnershipSpec, 'data_protection'>, 'data_categories'>>;
  art6_basis: Field<Field<Item<Field<Field<PartnershipSpec, 'data_protection'>, 'purposes'>>, 'art6_basis'>, string>;
  art9_condition: Field<Item<Field<Field<PartnershipSpec, 'data_protection'>, 'purposes'>>, 'art9_condition'>;
  transfer_method: Item<Field<Field<PartnershipSpec, 'data_protection'>, 'transfer_methods'>>;
  safeguarding_scope: Field<Field<PartnershipSpec, 'safeguarding'>, 'scope'>;
  vetting_level: Field<Field<Field<PartnershipSpec, 'safeguarding'>, 'vetting_levels'>, string>;
  multi_agency: Item<Field<Field<PartnershipSpec, 'safeguarding'>, 'multi_agency'>>;
  background_licence: Field<Field<PartnershipSpec, 'intellectual_property'>, 'background_licence'>;
  foreground_ip: Field<Field<PartnershipSpec, 'intellectual_property'>, 'foreground'>;
  brand_owner: Field<Field<PartnershipSpec, 'intellectual_property'>, 'brand_owner'>;
  liability_model: Field<Field<PartnershipSpec, 'liability_insurance'>, 'liability_model'>;
  liability_cap: Field<Field<PartnershipSpec, 'liability_insurance'>, 'member_liability_cap'>;
  complaints_handler: Field<Field<PartnershipSpec, 'complaints'>, 'partnership_activity'>;
  press_approvers: Field<Field<Field<PartnershipSpec, 'communications'>, 'press_release_approval'>, 'approvers'>;
  logo_use: Field<Field<PartnershipSpec, 'communications'>, 'use_of_member_logos'>;
  execution: Field<Field<PartnershipSpec, 'signatures'>, 'execution'>;
  signature_form: Field<Field<PartnershipSpec, 'signatures'>, 'form'>;
  standing_item: Item<Field<Field<PartnershipSpec, 'meetings_protocol'>, 'standing_items'>>;
  retention_unit: Field<Field<Field<Field<PartnershipSpec, 'data_protection'>, 'retention'>, string>, 'unit'>;
}
