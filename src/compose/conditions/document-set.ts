/**
 * Named conditions about the document set (`meta.documents`, DOMAIN §1.3 and §2.1 S6–S7): whether the
 * terms of reference and meetings protocol are issued on their own (the agreement then cross-refers to
 * them) or embedded in the agreement as schedules, and which documents the others may cite.
 */
import { listsDocument as listed } from '../../spec/index.js';
import { type Condition, cond, present } from './condition.js';

/** Conditions of the document set, by name. */
export const DOCUMENT_SET_CONDITIONS = {
  agreement_in_pack: cond(
    'The partnership agreement is one of the documents (others cite its clauses)',
    ['meta.documents'],
    (s) => listed(s, 'partnership_agreement'),
  ),
  tor_standalone: cond(
    'The terms of reference are issued as a separate document (else Schedule 6 of the agreement)',
    ['meta.documents'],
    (s) => listed(s, 'terms_of_reference'),
  ),
  tor_in_pack: cond(
    'The terms of reference are one of the documents, on their own or as a schedule of the agreement (others may defer to them)',
    ['meta.documents'],
    (s) => listed(s, 'terms_of_reference') || listed(s, 'partnership_agreement'),
  ),
  meetings_protocol_standalone: cond(
    'The meetings protocol is issued as a separate document (else Schedule 7 of the agreement)',
    ['meta.documents'],
    (s) => listed(s, 'meetings_protocol'),
  ),
  secretariat: cond('A secretariat is hosted by a member', ['management.secretariat'], (s) =>
    present(s.management?.secretariat),
  ),
  agenda_deadline: cond('Agenda items have a deadline', ['meetings_protocol.agenda_items_deadline'], (s) =>
    present(s.meetings_protocol?.agenda_items_deadline),
  ),
  silence_is_not_consent: cond(
    'Silence is not consent to a written proposal',
    ['meetings_protocol.silence_is_not_consent'],
    (s) => s.meetings_protocol?.silence_is_not_consent !== false,
  ),
  external_reporting: cond(
    'The partnership reports to its funder on a stated timetable',
    ['performance.reporting.external'],
    (s) => present(s.performance?.reporting?.external),
  ),
} satisfies Record<string, Condition>;
