/**
 * Named conditions: governance, management and consultation (sections 10–12).
 */
import { isFunded } from '../../spec/index.js';
import { type Condition, cond, present, role, some } from './condition.js';

/** Conditions of this part of the outline, by name. */
export const GOVERNANCE_CONDITIONS = {
  // Governance (section 10)
  observers: cond('The decision body has observers', ['governance.decision_body.observers'], (s) =>
    some(s.governance.decision_body.observers),
  ),
  co_option: cond(
    'Co-option is allowed',
    ['governance.decision_body.co_option.allowed'],
    (s) => s.governance.decision_body.co_option?.allowed === true,
  ),
  co_opted_vote: cond(
    'Co-opted members may vote',
    ['governance.decision_body.co_option.co_opted_can_vote'],
    (s) => s.governance.decision_body.co_option?.co_opted_can_vote === true,
  ),
  initial_chair: cond('The first chair is named', ['governance.chair.initial_holder_member_id'], (s) =>
    present(s.governance.chair.initial_holder_member_id),
  ),
  chair_term: cond('The chair serves a stated term', ['governance.chair.term_months'], (s) =>
    present(s.governance.chair.term_months),
  ),
  casting_vote: cond(
    'The chair has a casting vote',
    ['governance.chair.casting_vote'],
    (s) => s.governance.chair.casting_vote === true,
  ),
  vice_chair: cond('A vice-chair is provided for', ['governance.vice_chair'], (s) => present(s.governance.vice_chair)),
  initial_vice_chair: cond('The first vice-chair is named', ['governance.vice_chair.initial_holder_member_id'], (s) =>
    present(s.governance.vice_chair?.initial_holder_member_id),
  ),
  quorum_must_include: cond(
    'Named members must be present for a quorum',
    ['governance.quorum.must_include_member_ids'],
    (s) => some(s.governance.quorum.must_include_member_ids),
  ),
  consensus: cond(
    'Decisions are by consensus first',
    ['governance.voting.method'],
    (s) => s.governance.voting.method === 'consensus',
  ),
  consensus_fallback: cond(
    'Consensus falls back to a stated rule',
    ['governance.voting.method', 'governance.voting.consensus_fallback'],
    (s) =>
      s.governance.voting.method === 'consensus' &&
      present(s.governance.voting.consensus_fallback) &&
      s.governance.voting.consensus_fallback !== 'none',
  ),
  weighted: cond('Votes are weighted', ['governance.voting.method'], (s) => s.governance.voting.method === 'weighted'),
  alternates: cond(
    'Alternates may attend and vote',
    ['governance.voting.alternates_allowed'],
    (s) => s.governance.voting.alternates_allowed,
  ),
  proxies: cond(
    'Proxy votes are allowed',
    ['governance.voting.proxies_allowed'],
    (s) => s.governance.voting.proxies_allowed,
  ),
  reserved_matters: cond('Reserved matters are listed', ['governance.reserved_matters'], (s) =>
    some(s.governance.reserved_matters),
  ),
  papers_before: cond('Papers have a deadline', ['governance.meetings.papers_before'], (s) =>
    present(s.governance.meetings.papers_before),
  ),
  rotate_host: cond(
    'Meetings rotate between hosts',
    ['governance.meetings.rotate_host'],
    (s) => s.governance.meetings.rotate_host === true,
  ),
  extraordinary_meetings: cond('Extraordinary meetings are provided for', ['governance.meetings.extraordinary'], (s) =>
    present(s.governance.meetings.extraordinary),
  ),
  annual_review_meeting: cond(
    'An annual review meeting is held',
    ['governance.meetings.annual_review_meeting'],
    (s) => s.governance.meetings.annual_review_meeting === true,
  ),
  action_log: cond(
    'An action log is kept',
    ['governance.minutes.action_log'],
    (s) => s.governance.minutes.action_log === true,
  ),
  minutes_distribution: cond('Minutes have a distribution list', ['governance.minutes.distribution'], (s) =>
    some(s.governance.minutes.distribution),
  ),
  conflict_specific_rules: cond(
    'Specific conflict rules are given',
    ['governance.conflicts_of_interest.specific_rules'],
    (s) => some(s.governance.conflicts_of_interest.specific_rules),
  ),
  conflicts_register: cond(
    'A register of interests is kept',
    ['governance.conflicts_of_interest.register'],
    (s) => s.governance.conflicts_of_interest.register === true,
  ),
  declare_each_meeting: cond(
    'Interests are declared at each meeting',
    ['governance.conflicts_of_interest.declare_each_meeting'],
    (s) => s.governance.conflicts_of_interest.declare_each_meeting === true,
  ),
  annual_declaration: cond(
    'Interests are declared each year',
    ['governance.conflicts_of_interest.annual_declaration'],
    (s) => s.governance.conflicts_of_interest.annual_declaration === true,
  ),
  decisions_outside_meetings: cond(
    'Decisions may be taken outside meetings',
    ['governance.decisions_outside_meetings.allowed'],
    (s) => s.governance.decisions_outside_meetings.allowed,
  ),
  written_excluded_matters: cond(
    'Some matters cannot be decided outside meetings',
    ['governance.decisions_outside_meetings.allowed', 'governance.decisions_outside_meetings.excluded_matters'],
    (s) =>
      s.governance.decisions_outside_meetings.allowed && some(s.governance.decisions_outside_meetings.excluded_matters),
  ),
  record_written_decisions: cond(
    'Decisions outside meetings are recorded in the next minutes',
    ['governance.decisions_outside_meetings.allowed', 'governance.decisions_outside_meetings.record_in_next_minutes'],
    (s) =>
      s.governance.decisions_outside_meetings.allowed &&
      s.governance.decisions_outside_meetings.record_in_next_minutes !== false,
  ),
  urgent_decisions: cond('Urgent decisions are provided for', ['governance.urgent_decisions'], (s) =>
    present(s.governance.urgent_decisions),
  ),
  attendance: cond('Attendance rules are given', ['governance.attendance'], (s) => present(s.governance.attendance)),
  substitutes: cond(
    'Substitutes may attend',
    ['governance.attendance.substitutes_allowed'],
    (s) => s.governance.attendance?.substitutes_allowed === true,
  ),
  absence_review: cond(
    'Repeated absence triggers a review',
    ['governance.attendance.review_after_consecutive_absences'],
    (s) => present(s.governance.attendance?.review_after_consecutive_absences),
  ),
  // Management and consultation (sections 11–12)
  management: cond(
    'Management arrangements apply (essential when funded; section 11)',
    ['funding.has_funding', 'management'],
    (s) => isFunded(s) || present(s.management),
  ),
  coordinator: cond('A coordinator post exists', ['management.coordinator'], (s) => present(s.management?.coordinator)),
  operational_group: cond('An operational group exists', ['management.operational_group'], (s) =>
    present(s.management?.operational_group),
  ),
  consultation: cond(
    'Consultees or advisory groups exist (section 12)',
    ['stakeholders[].partnership_role', 'advisory_groups'],
    (s) => role(s, 'consultee') || role(s, 'informed_party') || some(s.advisory_groups),
  ),
  advisory_groups: cond('Advisory groups exist', ['advisory_groups'], (s) => some(s.advisory_groups)),
  consultees: cond('Consultees exist', ['stakeholders[].partnership_role'], (s) => role(s, 'consultee')),
  informed_parties: cond('Informed parties exist', ['stakeholders[].partnership_role'], (s) =>
    role(s, 'informed_party'),
  ),
} satisfies Record<string, Condition>;
