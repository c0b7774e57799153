/**
 * The vocabularies of the referral protocol and the data-sharing schedule: referral routes, methods,
 * urgency, feedback and monitoring; retention categories and periods; each party's controller role.
 *
 * Part of the one label table (`../labels.ts`); wording rules are stated there. Most of these are open
 * vocabularies, so an unknown token is humanised.
 */

/** Labels by vocabulary. */
export const SHARING_LABELS = {
  referral_direction: {
    between_all_members: 'between all the Partners, in any direction',
    external_referrers_to_single_point_of_access:
      'from outside agencies and self-referrals to the single point of access',
    to_lead_partner: 'from each Partner to the Lead Partner',
    from_lead_partner: 'from the Lead Partner to each Partner',
  },
  referral_method: {
    referral_form_by_secure_email: 'the agreed referral form, sent by secure email',
    telephone_then_form: 'telephone, followed by the referral form on the same day',
    single_point_of_access_form: 'the single point of access referral form',
    shared_case_management_system: 'the shared case-management system',
    secure_email: 'secure email',
    referral_form: 'the agreed referral form',
    telephone: 'telephone',
  },
  urgency_level: {
    high_risk: 'high risk',
    standard: 'standard',
    urgent: 'urgent',
    routine: 'routine',
    emergency: 'emergency',
  },
  feedback_content: {
    accepted_or_declined: 'whether the referral was accepted or declined',
    reason_if_declined: 'the reason, if it was declined',
    first_contact_made: 'whether first contact has been made',
    signposting: 'where the person was signposted instead',
    outcome_of_support: 'the outcome of support, where the person agrees',
  },
  referral_monitoring: {
    number_referred: 'the number of people referred',
    number_accepted: 'the number of referrals accepted',
    time_to_first_contact: 'the time from referral to first contact',
    declines_with_reasons: 'referrals declined, with the reasons',
    equality_data: 'equality monitoring data',
    outcomes: 'outcomes for the people referred',
  },
  retention_category: {
    referral_form: 'referral forms',
    feedback_to_referrer: 'feedback to referrers',
    monitoring_data: 'monitoring data',
    contact_details: 'contact details',
    case_notes: 'case notes',
    risk_assessment: 'risk assessments',
    demographics: 'demographic information',
    health: 'health information',
    financial: 'financial information',
  },
  retention_unit: {
    years: '{n}',
    years_after_case_closure: '{n} after the case is closed',
    years_after_last_contact: '{n} after the last contact',
  },
  controller_role: {
    independent_controllers: 'independent controller',
    joint_controllers: 'joint controller',
    controller: 'controller',
    processor: 'processor',
    mixed: 'controller (see the arrangements below)',
    none: 'not a controller',
  },
} as const;
