/**
 * The vocabularies of funding, performance and risk.
 *
 * Part of the one label table (`../labels.ts`); wording rules are stated there.
 */

/** Labels by vocabulary. */
export const FUNDING_LABELS = {
  funder_type: {
    local_authority: 'local authority',
    london_councils: 'London Councils',
    central_government: 'central government',
    nhs: 'NHS',
    police_and_crime_commissioner: 'police and crime commissioner',
    national_lottery: 'National Lottery',
    trust_or_foundation: 'trust or foundation',
    corporate: 'corporate funder',
    other: 'other funder',
  },
  agreement_type: {
    grant: 'grant agreement',
    contract: 'contract',
    service_level_agreement: 'service level agreement',
    spot_purchase: 'spot-purchase arrangement',
  },
  fee_basis: {
    percentage_of_total: 'a percentage of the total funding',
    percentage_of_delivery_allocations: 'a percentage of the delivery allocations',
    fixed_amount: 'a fixed amount',
  },
  fee_covers: {
    coordinator_post: 'the {post} post',
    finance_and_grant_management: 'finance and grant management',
    funder_reporting: 'reporting to the Funder',
    secretariat: 'the secretariat',
    monitoring: 'monitoring',
    consortium_manager_post: 'the consortium manager post',
    finance_and_contract_management: 'finance and contract management',
    quality_assurance: 'quality assurance',
  },
  allocation_basis: {
    fixed: 'a fixed amount',
    unit_rate: 'paid at a unit rate',
    payment_by_results: 'paid by results',
  },
  payment_frequency: {
    monthly: 'monthly',
    quarterly: 'quarterly',
    biannual: 'twice a year',
    annual: 'annually',
    milestone: 'on reaching agreed milestones',
  },
  payment_timing: { in_advance: 'in advance', in_arrears: 'in arrears' },
  payment_condition: {
    monitoring_return_received: 'the Partner’s monitoring return has been received',
    invoice_received: 'a valid invoice or claim has been received',
    no_unremedied_breach: 'the Partner is not in unremedied breach of this Agreement',
    quarterly_monitoring_return_received: 'the Partner’s quarterly monitoring return has been received',
  },
  clawback_trigger: {
    ineligible_expenditure: 'ineligible expenditure',
    underperformance: 'underperformance',
    overpayment: 'overpayment',
    breach: 'breach of this Agreement',
    withdrawal: 'withdrawal from the Partnership',
    funder_clawback: 'recovery by the Funder',
    unspent_funds: 'unspent funds',
    fraud: 'fraud',
  },
  underspend: {
    return_to_pool: 'returned to the Partnership’s funds for reallocation by {body}',
    return_to_funder: 'returned to the Funder',
    retain_with_approval: 'kept by the Partner only with {body}’s approval',
  },
  overspend: { member_bears: 'borne by the Partner concerned', decision_body_decides: 'dealt with as {body} decides' },
  vat_treatment: {
    outside_scope_grant: 'outside the scope of VAT, as grant funding',
    standard_rated: 'standard-rated for VAT',
    exempt: 'exempt from VAT',
    mixed: 'partly taxable and partly exempt or outside the scope of VAT',
    to_be_confirmed: 'to be confirmed on professional advice',
  },
  risk_category: {
    financial: 'financial',
    delivery: 'delivery',
    safeguarding: 'safeguarding',
    data_protection: 'data protection',
    reputational: 'reputational',
    governance: 'governance',
    partnership_relationship: 'partnership relationships',
    legal_compliance: 'legal compliance',
    staffing: 'staffing',
    funding_continuity: 'funding continuity',
    premises: 'premises',
    it_security: 'IT security',
  },
  risk_status: { open: 'open', monitoring: 'monitoring', closed: 'closed' },
  scoring_method: { likelihood_x_impact: 'likelihood multiplied by impact' },
  kpi_type: { output: 'output', outcome: 'outcome', quality: 'quality', process: 'process', financial: 'financial' },
  kpi_period: { quarterly: 'per quarter', annual: 'per year', term: 'over the term' },
  report_party: {
    members: 'each Partner',
    lead_partner: 'the Lead Partner',
    funder: 'the Funder',
    decision_body: '{body}',
  },
  underperformance_step: {
    discussion: 'discussion between the Partner and the Lead Partner',
    improvement_plan: 'an agreed improvement plan',
    decision_body_review: 'review by {body}',
    reallocation: 'reallocation of work and funding',
    expulsion: 'expulsion',
  },
} as const;
