/**
 * The parties: each member's legal identity in the words of a parties clause, its role and people.
 *
 * An identifier that fails its register's format is shown as "[to be confirmed]", never as if it were
 * real (DOMAIN §3.6); the rules have already warned about it.
 */
import { CHARITY_NUMBER_FORMATS, COUNTRY_LAW, JURISDICTIONS, REGULATOR_NAMES } from '../../spec/index.js';
import type { PartnershipSpec } from '../../spec/index.js';
import type { ViewContext } from './context.js';
import { formatAddress } from './address.js';
import { formatDate } from './dates.js';
import { insuranceCover } from './insurance.js';
import { label } from './labels.js';
import { secondSignatory, signedBy, type SignedBy } from './signatures.js';
import { joinAnd, withArticle } from './lists.js';

type Member = PartnershipSpec['members'][number];
type Person = NonNullable<Member['representative']>;

const TO_BE_CONFIRMED = '[to be confirmed]';
const orNull = (text: string): string | null => (text === '' ? null : text);
const COMPANY_NUMBER = /^([0-9]{8}|SC[0-9]{6}|NI[0-9]{6}|R[0-9]{7})$/;
const INCORPORATED_OFFICE = new Set(['company_limited_by_guarantee', 'company_limited_by_shares', 'cic']);

/** A person named in the agreement. */
export interface PersonView {
  name: string;
  /** "Helen Carter, Chief Executive". */
  nameAndTitle: string;
  email: string | null;
  phone: string | null;
}

/** One party to the agreement. */
export interface PartyView {
  id: string;
  legalName: string;
  /** The short name, when it differs from the legal name; else null. */
  shortName: string | null;
  /** Other names the party trades under ("Northshire DA Outreach"), joined; else null. */
  tradingNames: string | null;
  /** The name used throughout: short name, else legal name. */
  name: string;
  /**
   * "a company limited by guarantee registered in England and Wales (company number 99000001) and a registered charity
   * …".
   */
  description: string;
  noticeAddress: string;
  isLead: boolean;
  /** "key decision-making partner". */
  role: string;
  representative: PersonView | null;
  deputy: PersonView | null;
  mainContact: PersonView | null;
  signatory: PersonView;
  /** The member's second signatory, who signs beside the first wherever the member signs; else null. */
  secondSignatory: { nameAndTitle: string } | null;
  /** "board resolution dated 12 February 2026". */
  authority: string;
  /**
   * For a body that cannot contract in its own name (an unincorporated association, a charitable trust):
   * the individuals who sign for it ("Jane Okafor (Chair) and Tom Reid (Treasurer)") and whom they act
   * for besides themselves ("members" or "trustees"); else null.
   */
  signedBy: SignedBy | null;
  expertise: string | null;
  website: string | null;
  vatNumber: string | null;
  icoNumber: string | null;
  /** Policies the member holds: "safeguarding adults, data protection and complaints", or null. */
  policies: string | null;
  /** The member's insurance: "public liability £5,000,000.00; employers’ liability …", or null. */
  insurance: string | null;
  /** The member's data-protection lead, when `data_protection.data_protection_leads` names one. */
  dataProtectionLead: string | null;
}

/**
 * Describe a person.
 * @param person the spec person, or nothing
 */
export function personView(person: Person | null | undefined): PersonView | null {
  if (!person) return null;
  return {
    name: person.name,
    nameAndTitle: `${person.name}, ${person.job_title}`,
    email: person.email ?? null,
    phone: person.phone ?? null,
  };
}

function registeredIn(member: Member): string {
  const law = COUNTRY_LAW[member.registered_address.country];
  return law ? JURISDICTIONS[law].name : 'the United Kingdom';
}

function identifiers(member: Member): string[] {
  const out: string[] = [];
  const form =
    member.legal_form === 'statutory_body' && member.statutory_type
      ? label('statutory_type', member.statutory_type)
      : label('legal_form', member.legal_form);
  const company = member.company?.number;
  if (company) {
    const number = COMPANY_NUMBER.test(company) ? company : TO_BE_CONFIRMED;
    out.push(`${withArticle(form)} registered in ${registeredIn(member)} with company number ${number}`);
  } else if (member.society_number) {
    out.push(
      `${withArticle(form)} registered with the Financial Conduct Authority under number ${member.society_number}`,
    );
  } else {
    out.push(withArticle(form));
  }
  const charity = member.charity;
  if (charity?.registered && charity.regulator) {
    const number =
      charity.number && CHARITY_NUMBER_FORMATS[charity.regulator].pattern.test(charity.number)
        ? charity.number
        : TO_BE_CONFIRMED;
    const also = (charity.also_registered ?? []).map(
      (r) => `with ${REGULATOR_NAMES[r.regulator]} under number ${r.number}`,
    );
    out.push(
      `a charity registered with ${joinAnd([`${REGULATOR_NAMES[charity.regulator]} under number ${number}`, ...also])}`,
    );
  }
  return out;
}

function officeWords(member: Member): string {
  if (INCORPORATED_OFFICE.has(member.legal_form)) return 'whose registered office is at';
  if (member.legal_form === 'cio' || member.legal_form === 'scio') return 'whose principal office is at';
  return 'of';
}

function dataProtectionLeads(ctx: ViewContext): Map<string, string> {
  const named = ctx.spec.data_protection.data_protection_leads;
  if (!named || 'all_members' in named) return new Map();
  return new Map(
    Object.entries(named as Record<string, string | Person>).map(([id, p]) => [
      id,
      typeof p === 'string' ? p : `${p.name}, ${p.job_title}`,
    ]),
  );
}

/**
 * Describe every active member as a party, in spec order.
 * @param ctx the view context
 */
export function buildParties(ctx: ViewContext): PartyView[] {
  const leads = dataProtectionLeads(ctx);
  return ctx.spec.members
    .filter((m) => m.status === 'active')
    .map((m) => {
      const address = formatAddress(m.registered_address);
      const signatory = m.authorised_signatory;
      return {
        id: m.id,
        legalName: m.legal_name,
        shortName: m.short_name && m.short_name !== m.legal_name ? m.short_name : null,
        name: ctx.names.member(m.id),
        tradingNames: orNull(joinAnd(m.trading_names ?? [])),
        description: `${joinAnd(identifiers(m))}, ${officeWords(m)} ${address}`,
        noticeAddress: m.correspondence_address ? formatAddress(m.correspondence_address) : address,
        isLead: m.is_lead_partner === true,
        role: label('partnership_role', m.partnership_role),
        representative: personView(m.representative),
        deputy: personView(m.deputy),
        mainContact: personView(m.main_contact ?? m.representative),
        signatory: personView(signatory) as PersonView,
        secondSignatory: secondSignatory(m),
        authority: [
          label('authority_basis', signatory.authority_basis, 'authority'),
          signatory.authority_date ? `dated ${formatDate(signatory.authority_date)}` : '',
        ]
          .filter((x) => x !== '')
          .join(' '),
        signedBy: signedBy(m, ctx.spec.signatures.form),
        expertise: (m.expertise ?? []).length > 0 ? joinAnd(m.expertise ?? []) : null,
        website: m.website ?? null,
        vatNumber: m.vat_number ?? null,
        icoNumber: m.ico_registration_number ?? null,
        policies: orNull(
          joinAnd(
            Object.entries(m.policies ?? {})
              .filter(([, held]) => held === true)
              .map(([p]) => label('policy', p)),
          ),
        ),
        insurance: orNull(
          insuranceCover(m.insurance, ctx.money)
            .map((c) => `${c.type} ${c.amount}`)
            .join('; '),
        ),
        dataProtectionLead: leads.get(m.id) ?? null,
      };
    });
}
