/**
 * What each legal form needs and must not have in the way of identifiers (R10), and whether it is
 * incorporated (R07, R54).
 *
 * "Registered charity" is not a legal form: it is `charity.registered`. A lawyer adjusting these
 * facts edits rows here, not the rules.
 */

import type { Member } from '../types.gen.js';
import type { Regulator } from './jurisdictions.js';

/** Legal forms a member may have (`members[].legal_form`), as the schema lists them. */
export type LegalForm = Member['legal_form'];

/** Identifiers the rules know about, by the field that carries each. */
export type Identifier = 'company.number' | 'charity.registered' | 'statutory_type' | 'society_number';

/** Facts about one legal form. */
export interface LegalFormFacts {
  /** Words for messages ("a charitable incorporated organisation (CIO)"). */
  words: string;
  /** Whether the form has legal personality (can contract and hold funds in its own name). */
  incorporated: boolean;
  /** Identifiers a member of this form must have. */
  requires: readonly Identifier[];
  /** Identifiers a member of this form must not have. */
  forbids: readonly Identifier[];
  /** The only regulator that can register this form, when it is a charity form. */
  registeredWith?: Regulator;
}

/** R10's legal form ↔ identifier table (DOMAIN.md §3.3 `members[]`). */
export const LEGAL_FORMS: Readonly<Record<LegalForm, LegalFormFacts>> = {
  company_limited_by_guarantee: {
    words: 'a company limited by guarantee',
    incorporated: true,
    requires: ['company.number'],
    forbids: [],
  },
  company_limited_by_shares: {
    words: 'a company limited by shares',
    incorporated: true,
    requires: ['company.number'],
    forbids: [],
  },
  cic: {
    words: 'a community interest company',
    incorporated: true,
    requires: ['company.number'],
    forbids: ['charity.registered'],
  },
  cio: {
    words: 'a charitable incorporated organisation (CIO)',
    incorporated: true,
    requires: ['charity.registered'],
    forbids: ['company.number'],
    registeredWith: 'ccew',
  },
  scio: {
    words: 'a Scottish charitable incorporated organisation (SCIO)',
    incorporated: true,
    requires: ['charity.registered'],
    forbids: ['company.number'],
    registeredWith: 'oscr',
  },
  charitable_trust: { words: 'a charitable trust', incorporated: false, requires: [], forbids: ['company.number'] },
  unincorporated_association: {
    words: 'an unincorporated association',
    incorporated: false,
    requires: [],
    forbids: ['company.number'],
  },
  community_benefit_society: {
    words: 'a community benefit society',
    incorporated: true,
    requires: ['society_number'],
    forbids: [],
  },
  cooperative_society: {
    words: 'a co-operative society',
    incorporated: true,
    requires: ['society_number'],
    forbids: [],
  },
  statutory_body: {
    words: 'a statutory body',
    incorporated: true,
    requires: ['statutory_type'],
    forbids: ['company.number'],
  },
  royal_charter_body: { words: 'a royal charter body', incorporated: true, requires: [], forbids: [] },
  other: { words: 'an organisation of another form', incorporated: true, requires: [], forbids: [] },
};

/** Facts for a legal form token, or undefined for a token the table does not know. */
export function legalFormFacts(form: string): LegalFormFacts | undefined {
  return Object.hasOwn(LEGAL_FORMS, form) ? LEGAL_FORMS[form as LegalForm] : undefined;
}
