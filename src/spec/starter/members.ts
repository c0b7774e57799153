/**
 * The starter's member organisations: fictitious, format-valid, each value marked as an example.
 */
import { ex, type Example } from './example.js';

const NAMES = [
  'Riverside Women’s Centre',
  'Northgate Domestic Abuse Service',
  'Eastfield Rape Crisis',
  'Southbank Black Women’s Project',
  'Westway Women’s Aid',
  'Hillside Refugee Women’s Network',
  'Meadow Young Women’s Trust',
  'Harbour Deaf Women’s Service',
];
const PEOPLE = [
  ['Alex Morgan', 'Chief Executive'],
  ['Sam Patel', 'Director'],
  ['Jo Williams', 'Executive Director'],
  ['Priya Shah', 'Chief Executive'],
  ['Chris Evans', 'Director of Services'],
  ['Dana Okoro', 'Chief Executive'],
  ['Lee Carter', 'Director'],
  ['Kim Novak', 'Chief Officer'],
];

/** One starter member. */
export interface StarterMember {
  id: string;
  index: number;
  record: Record<string, unknown>;
  signatory: { name: Example; job_title: Example };
}

const EXPERTISE = [
  'specialist support for women affected by violence and abuse',
  'outreach in rural communities',
  'peer support and advocacy',
];

/** The i-th (0-based) starter member; member 0 is the lead partner when the partnership has one. */
export function starterMember(i: number, isLead: boolean, termStart: string, insured: boolean): StarterMember {
  const n = i + 1;
  const suffix = i < NAMES.length ? '' : ` ${Math.floor(i / NAMES.length) + 1}`;
  const name = `${NAMES[i % NAMES.length]}${suffix}`;
  const [person, title] = PEOPLE[i % PEOPLE.length] as [string, string];
  const id = `partner-${n}`;
  const signatory = { name: ex(person), job_title: ex(title) };
  const record: Record<string, unknown> = {
    id,
    legal_name: ex(name),
    legal_form: 'company_limited_by_guarantee',
    charity: { registered: true, regulator: 'ccew', number: ex(String(1100000 + n)) },
    company: { number: ex(String(9000000 + n).padStart(8, '0')) },
    registered_address: {
      line1: ex(`${n} Example Street`),
      town: ex('London'),
      postcode: ex('E1 6AN'),
      country: 'england',
    },
    partnership_role: 'key_decision_maker',
    // A phrase, as the documents set it ("its expertise in …"): the starter shows the form by example.
    expertise: [ex(EXPERTISE[i % EXPERTISE.length]!)],
    is_lead_partner: isLead,
    status: 'active',
    joined_date: termStart,
    representative: { name: ex(person), job_title: ex(title), email: ex(`${id}@example.org`) },
    authorised_signatory: { ...signatory, authority_basis: 'board_resolution', authority_date: ex('2026-03-01') },
    policies: {
      safeguarding_adults: true,
      safeguarding_children: true,
      data_protection: true,
      equality: true,
      complaints: true,
      whistleblowing: true,
    },
  };
  if (insured) {
    record.insurance = {
      public_liability: ex('5000000.00'),
      employers_liability: ex('5000000.00'),
      professional_indemnity: ex('1000000.00'),
    };
  }
  return { id, index: i, record, signatory };
}
