/**
 * How each legal form executes a document, signed under hand or as a deed: the words of its execution
 * block, how many people sign, and which signatures a witness attests. One row per legal form and form
 * of execution, read by the view model (every execution block, signature page and the form of deed of
 * adherence) and by R75, so that a lawyer adjusting a form of execution edits data, not branches.
 *
 * The rows follow the law of England and Wales, which Northern Ireland shares for these purposes; under
 * Scots law every signature may also be witnessed to make the document self-proving (the jurisdiction
 * table's `witnessForSelfProving`), and a SCIO signs as the Requirements of Writing (Scotland) Act 1995
 * provides whatever the governing law. Sources: Companies Act 2006 s.44 (companies, CICs); Charitable
 * Incorporated Organisations (General) Regulations 2012 regs 20–21 (CIOs); Charities Act 2011 s.333
 * (trustees of an unincorporated charity authorising two or more of their number); Co-operative and
 * Community Benefit Societies Act 2014 s.53 (registered societies); Law of Property Act 1925 s.74
 * (other corporations' seals); Law of Property (Miscellaneous Provisions) Act 1989 s.1 (individuals'
 * deeds, witnessed). An unincorporated association has no legal personality in any UK jurisdiction, so
 * individuals sign for themselves and its members.
 */

import type { LegalForm } from './legal-forms.js';
import type { PartnershipSpec } from '../types.gen.js';

/** `signatures.form`: signed under hand or executed as a deed. */
export type SignatureForm = PartnershipSpec['signatures']['form'];

/** One legal form's execution of a document in one form. */
export interface ExecutionForm {
  /** The words before the party's name: "Executed as a deed by". */
  capacity: string;
  /** The words after the party's name, when one person signs and when two do. */
  terms: { one: string | null; two: string };
  /** How many people the form needs to sign; a block naming fewer shows lines to write the others on. */
  signers: 1 | 2;
  /** Which signatures a witness attests: each one, a lone signature only, or none. */
  witness: 'each' | 'lone' | 'none';
  /** Whom the individuals sign for when the body cannot contract in its own name; else null. */
  actingFor: 'members' | 'trustees' | null;
  /** What the signatories are, in a drafting note: "two of its charity trustees". */
  who: string;
}

const UNDER_HAND: ExecutionForm = {
  capacity: 'Signed for and on behalf of',
  terms: { one: 'by its authorised signatory', two: 'by its authorised signatories' },
  signers: 1,
  witness: 'none',
  actingFor: null,
  who: 'an authorised signatory',
};

const COMPANY_DEED: ExecutionForm = {
  capacity: 'Executed as a deed by',
  terms: {
    one: 'acting by a director in the presence of a witness',
    two: 'acting by two authorised signatories (two directors, or a director and its secretary)',
  },
  signers: 1,
  witness: 'lone',
  actingFor: null,
  who: 'two directors (or a director and its secretary), or one director in the presence of a witness',
};

const COMPANY: Record<SignatureForm, ExecutionForm> = { simple_contract: UNDER_HAND, deed: COMPANY_DEED };

const SOCIETY: Record<SignatureForm, ExecutionForm> = {
  simple_contract: UNDER_HAND,
  deed: {
    capacity: 'Executed as a deed by',
    terms: {
      one: null,
      two: 'acting by two authorised signatories (members of its committee, or a member of its committee and its secretary)',
    },
    signers: 2,
    witness: 'none',
    actingFor: null,
    who: 'two members of its committee, or a member of its committee and its secretary',
  },
};

/** The individuals who sign for a body without legal personality, for themselves and those they act for. */
function individuals(
  who: 'officers' | 'trustees',
  of: 'members' | 'trustees',
  terms: string,
): Record<SignatureForm, ExecutionForm> {
  const heading = `the ${who} named below, for themselves and on behalf of all the ${of} of`;
  return {
    simple_contract: {
      capacity: `Signed by ${heading}`,
      terms: { one: terms, two: terms },
      signers: 2,
      witness: 'none',
      actingFor: of,
      who: `two of its ${who}`,
    },
    deed: {
      capacity: `Executed as a deed by ${heading}`,
      terms: { one: `${terms}, each in the presence of a witness`, two: `${terms}, each in the presence of a witness` },
      signers: 2,
      witness: 'each',
      actingFor: of,
      who: `two of its ${who}, each in the presence of a witness`,
    },
  };
}

/** Every legal form's execution, under hand and as a deed (typed so that a new legal form fails to compile). */
export const EXECUTION_FORMS: { readonly [F in LegalForm]: Readonly<Record<SignatureForm, ExecutionForm>> } = {
  company_limited_by_guarantee: COMPANY,
  company_limited_by_shares: COMPANY,
  cic: COMPANY,
  cio: {
    simple_contract: UNDER_HAND,
    deed: {
      capacity: 'Executed as a deed by',
      terms: { one: null, two: 'acting by two of its charity trustees' },
      signers: 2,
      witness: 'none',
      actingFor: null,
      who: 'two of its charity trustees',
    },
  },
  scio: {
    simple_contract: {
      capacity: 'Signed for and on behalf of',
      terms: {
        one: 'by a charity trustee, in the presence of a witness',
        two: 'by its charity trustees, each in the presence of a witness',
      },
      signers: 1,
      witness: 'each',
      actingFor: null,
      who: 'a charity trustee in the presence of a witness',
    },
    deed: {
      capacity: 'Executed as a deed by',
      terms: {
        one: 'acting by a charity trustee in the presence of a witness',
        two: 'acting by its charity trustees, each in the presence of a witness',
      },
      signers: 1,
      witness: 'each',
      actingFor: null,
      who: 'a charity trustee in the presence of a witness',
    },
  },
  charitable_trust: individuals('trustees', 'trustees', 'a charitable trust, under the authority of all its trustees'),
  unincorporated_association: individuals(
    'officers',
    'members',
    'an unincorporated association, under the authority of its committee',
  ),
  community_benefit_society: SOCIETY,
  cooperative_society: SOCIETY,
  statutory_body: {
    simple_contract: {
      ...UNDER_HAND,
      terms: { one: 'by its authorised officer', two: 'by its authorised officers' },
      who: 'an authorised officer',
    },
    deed: {
      capacity: 'Executed as a deed by',
      terms: {
        one: 'by affixing its common seal in the presence of its authorised officer',
        two: 'by affixing its common seal in the presence of its authorised officers',
      },
      signers: 1,
      witness: 'none',
      actingFor: null,
      who: 'its common seal, attested by an authorised officer',
    },
  },
  royal_charter_body: {
    simple_contract: UNDER_HAND,
    deed: {
      capacity: 'Executed as a deed by',
      terms: {
        one: null,
        two: 'by affixing its common seal in the presence of two members of its governing body, or a member and its secretary',
      },
      signers: 2,
      witness: 'none',
      actingFor: null,
      who: 'its common seal, attested by two members of its governing body (or a member and its secretary)',
    },
  },
  other: {
    simple_contract: UNDER_HAND,
    deed: {
      capacity: 'Executed as a deed by',
      terms: {
        one: 'acting by the person its constitution authorises, in the presence of a witness',
        two: 'acting by the persons its constitution authorises',
      },
      signers: 1,
      witness: 'lone',
      actingFor: null,
      who: 'the persons its constitution authorises',
    },
  },
};

/**
 * How a member of legal form `legalForm` executes a document in form `form`.
 * @param legalForm the member's legal form
 * @param form under hand (`simple_contract`) or as a deed
 */
export function executionForm(legalForm: LegalForm, form: SignatureForm): ExecutionForm {
  return EXECUTION_FORMS[legalForm][form];
}
