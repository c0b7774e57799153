/**
 * What changes with the governing law: courts, regulators, identifiers, statutes, vetting and execution.
 *
 * One row per law, read both by the cross-field rules (R10–R12, R43, R50) and by the templates' view
 * model, so that a lawyer adjusting a jurisdiction edits data, not branches. DOMAIN.md §2.8 marks the
 * safeguarding-framework and domestic-abuse rows as to be verified before release.
 */

/** The laws a partnership spec may choose (`partnership.governing_law`). */
export type Law = 'england_and_wales' | 'scotland' | 'northern_ireland';

/** The nations of the UK a partnership may work in (`partnership.geography`). */
export type Nation = 'england' | 'wales' | 'scotland' | 'northern_ireland';

/** Charity regulators (`members[].charity.regulator`). */
export type Regulator = 'ccew' | 'oscr' | 'ccni';

/** Vetting schemes (`safeguarding.vetting_scheme`). */
export type VettingScheme = 'dbs' | 'pvg' | 'accessni';

/** Everything a document or a rule needs to know about one jurisdiction. */
export interface Jurisdiction {
  law: Law;
  /** "England and Wales". */
  name: string;
  /** The `partnership.courts` values that agree with this law. */
  courts: { exclusive: string; nonExclusive: string };
  /** "the courts of England and Wales". */
  courtsText: string;
  /** The home charity regulator. */
  regulator: Regulator;
  /** The incorporated charity form registered by that regulator, if there is one. */
  incorporatedCharityForm: 'cio' | 'scio' | null;
  /** Companies House number pattern for companies registered here. */
  companyNumberPattern: RegExp;
  /** The third-party-rights statute the general provisions exclude. */
  thirdPartyRightsStatute: string;
  /** How a document is validly executed here, in one sentence. */
  executionText: string;
  /** The statute on counterparts and delivery, where one exists. */
  counterpartsStatute: string | null;
  /** Whether signatures should be witnessed for the document to be self-proving (Scots law). */
  witnessForSelfProving: boolean;
  vettingScheme: VettingScheme;
  /** The adult-safeguarding law wherever the partnership works under this law. */
  adultSafeguardingFramework: string;
  /** The same for a partnership that works in only one nation, where the nations differ (England, Wales). */
  adultSafeguardingByNation: Partial<Record<Nation, string>>;
  /** The statutory guidance on safeguarding children wherever the partnership works under this law. */
  childSafeguardingFramework: string;
  /** The same for a partnership that works in only one nation, where the nations differ (England, Wales). */
  childSafeguardingByNation: Partial<Record<Nation, string>>;
  /**
   * What domestic abuse means under this law, as words after the term: a statutory definition
   * (England and Wales), or the offence of abusive behaviour the statute creates (Scotland, NI).
   */
  domesticAbuseMeaning: string;
}

/** Facts per governing law (DOMAIN.md §2.8). */
export const JURISDICTIONS: Readonly<Record<Law, Jurisdiction>> = {
  england_and_wales: {
    law: 'england_and_wales',
    name: 'England and Wales',
    courts: { exclusive: 'england_and_wales_exclusive', nonExclusive: 'england_and_wales_non_exclusive' },
    courtsText: 'the courts of England and Wales',
    regulator: 'ccew',
    incorporatedCharityForm: 'cio',
    companyNumberPattern: /^[0-9]{8}$/,
    thirdPartyRightsStatute: 'the Contracts (Rights of Third Parties) Act 1999',
    executionText: 'signature for each Partner in the form its execution block sets out',
    counterpartsStatute: null,
    witnessForSelfProving: false,
    vettingScheme: 'dbs',
    adultSafeguardingFramework:
      'the Care Act 2014 (in England) and the Social Services and Well-being (Wales) Act 2014 (in Wales)',
    adultSafeguardingByNation: {
      england: 'the Care Act 2014',
      wales: 'the Social Services and Well-being (Wales) Act 2014',
    },
    // England: the Department for Education's statutory guidance of December 2023. Wales: the Welsh
    // Government's statutory guidance under Part 7 of the Social Services and Well-being (Wales) Act 2014,
    // and the all-Wales procedures that apply it.
    childSafeguardingFramework:
      'Working Together to Safeguard Children 2023 (in England) and Working Together to Safeguard People and the Wales Safeguarding Procedures (in Wales)',
    childSafeguardingByNation: {
      england: 'Working Together to Safeguard Children 2023',
      wales: 'Working Together to Safeguard People and the Wales Safeguarding Procedures',
    },
    domesticAbuseMeaning: 'as defined in section 1 of the Domestic Abuse Act 2021',
  },
  scotland: {
    law: 'scotland',
    name: 'Scotland',
    courts: { exclusive: 'scotland_exclusive', nonExclusive: 'scotland_non_exclusive' },
    courtsText: 'the Scottish courts',
    regulator: 'oscr',
    incorporatedCharityForm: 'scio',
    companyNumberPattern: /^SC[0-9]{6}$/,
    thirdPartyRightsStatute: 'the Contract (Third Party Rights) (Scotland) Act 2017',
    executionText:
      'subscription in accordance with the Requirements of Writing (Scotland) Act 1995, with a witness where the signature is to be self-proving',
    counterpartsStatute: 'the Legal Writings (Counterparts and Delivery) (Scotland) Act 2015',
    witnessForSelfProving: true,
    vettingScheme: 'pvg',
    adultSafeguardingFramework: 'the Adult Support and Protection (Scotland) Act 2007',
    adultSafeguardingByNation: {},
    childSafeguardingFramework: 'the National Guidance for Child Protection in Scotland',
    childSafeguardingByNation: {},
    domesticAbuseMeaning:
      'including a course of abusive behaviour that is an offence under section 1 of the Domestic Abuse (Scotland) Act 2018',
  },
  northern_ireland: {
    law: 'northern_ireland',
    name: 'Northern Ireland',
    courts: { exclusive: 'northern_ireland_exclusive', nonExclusive: 'northern_ireland_non_exclusive' },
    courtsText: 'the courts of Northern Ireland',
    regulator: 'ccni',
    incorporatedCharityForm: null,
    companyNumberPattern: /^(NI[0-9]{6}|R[0-9]{7})$/,
    thirdPartyRightsStatute: 'the Contracts (Rights of Third Parties) Act 1999',
    executionText: 'signature for each Partner in the form its execution block sets out',
    counterpartsStatute: null,
    witnessForSelfProving: false,
    vettingScheme: 'accessni',
    adultSafeguardingFramework: 'Adult Safeguarding: Prevention and Protection in Partnership',
    adultSafeguardingByNation: {},
    childSafeguardingFramework: 'Co-operating to Safeguard Children and Young People in Northern Ireland',
    childSafeguardingByNation: {},
    domesticAbuseMeaning:
      'including a course of abusive behaviour that is an offence under section 1 of the Domestic Abuse and Civil Proceedings Act (Northern Ireland) 2021',
  },
};

/** Names of the charity regulators, for rules' messages and documents. */
export const REGULATOR_NAMES: Readonly<Record<Regulator, string>> = {
  ccew: 'the Charity Commission for England and Wales',
  oscr: 'the Office of the Scottish Charity Regulator',
  ccni: 'the Charity Commission for Northern Ireland',
};

/** Names of the vetting schemes. */
export const VETTING_SCHEME_NAMES: Readonly<Record<VettingScheme, string>> = {
  dbs: 'the Disclosure and Barring Service (DBS)',
  pvg: 'the Protecting Vulnerable Groups (PVG) scheme administered by Disclosure Scotland',
  accessni: 'AccessNI',
};
