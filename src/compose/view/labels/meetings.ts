/**
 * Labels of the meetings protocol's vocabularies: the standing items of an agenda.
 */

/** Vocabularies of DOMAIN §2.3 (`meetings_protocol.*`). */
export const MEETINGS_LABELS = {
  standing_item: {
    apologies: 'apologies, and substitutes attending',
    declarations_of_interest: 'declarations of interest',
    minutes_and_matters_arising: 'minutes of the last meeting and matters arising',
    action_log: 'the action log',
    finance: 'finance',
    performance: 'performance',
    risk_register: 'the risk register',
    safeguarding_and_data_incidents: 'safeguarding and data incidents',
    partnership_health: 'the health of the Partnership',
    aob: 'any other business notified in advance',
    next_meeting: 'date of the next meeting',
  },
} as const;
