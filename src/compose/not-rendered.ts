/**
 * The spec fields no document prints, each with the reason: the one place a field may be left out of
 * the documents. The schema-coverage test fails on a field that is neither printed nor listed here,
 * and on a listed field that is in fact printed, so this list stays true as templates grow.
 *
 * Two kinds of entry: fields that are for the spec itself or its checks (never printed, by design), and
 * fields the documents could print but do not yet (each says where it would go).
 */

/** Field path (`members[].vat_number`; arrays as `[]`, open maps as `{}`) → why no document prints it. */
export const NOT_RENDERED: Readonly<Record<string, string>> = {
  // The spec file itself
  $schema: 'an editor hint naming the schema file; not part of the partnership',
  spec_version: 'the version of the spec format, not of the documents',
  'meta.title': 'not printed: each document takes its title from its kind (the documents name the partnership instead)',

  // Values fixed by the schema, so the clause states them in words
  'funding.currency': 'always GBP (schema const); amounts print in pounds',
  'funding.contingency.released_by': 'always the decision body (schema const); the funding clause says so in words',
  'governance.urgent_decisions.ratify_at_next_meeting':
    'always true (schema const); the urgent-decisions clause always requires confirmation',
  'risk_management.register.scoring.method':
    'always likelihood × impact (schema const); the risk clause describes the scoring in words',
  'complaints.own_services': "always the member's own policy (schema const); the complaints clause says so in words",

  // Inputs to the cross-field rules rather than terms of the documents
  'partnership.delivery_involved':
    'decides which sections the rules require (insurance, serious incidents); not a term of the documents',
  'funding.in_kind_only':
    'restates that there is no shared funding (funding.has_funding false), which the documents already reflect',
  'funding.funders[].clawback_in_funder_terms':
    'checked against funding.clawback.flow_down (R31); the clawback clause prints the flow-down itself',
  'lead_partner.member_id':
    'must equal the member flagged is_lead_partner (R04); documents name the lead from that member',
  'members[].left_date': 'records a member that has left; documents list only current parties',
  'partnership.objectives[].measurable':
    'marks objectives the partners mean to measure; the KPIs schedule prints the measures themselves',

  // Kept for the partners' records
  'members[].due_diligence.last_accounts_date': "kept for the partners' records of due diligence; not printed",
  'members[].due_diligence.annual_income': "kept for the partners' records of due diligence; not printed",
  'members[].due_diligence.checked_by_member_id': "kept for the partners' records of due diligence; not printed",
  'members[].due_diligence.checked_date': "kept for the partners' records of due diligence; not printed",
  'members[].insurance.insurer': "kept for the lead's checks of cover; Schedule 1 prints the amounts of cover only",
  'members[].insurance.expiry': "kept for the lead's checks of cover; Schedule 1 prints the amounts of cover only",

  // Not printed yet: where each would go
  'members[].coverage[]':
    "not yet printed: would go in Schedule 1 (partner details) or the referral protocol's services",
  'members[].second_signatory.email': 'contact detail of a second signatory; not printed',
  'members[].second_signatory.phone': 'contact detail of a second signatory; not printed',
  'signatures.signatories[].witness.email': 'contact detail of a witness; not printed',
  'signatures.signatories[].witness.phone': 'contact detail of a witness; not printed',
};
