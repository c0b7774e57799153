/**
 * Member rules: a partnership has at least two active members (R09); legal form and identifiers
 * agree (R10); charity numbers match their regulator's format (R11); a charity registered under
 * another jurisdiction's regulator is flagged for cross-border drafting (R12).
 */

import {
  CHARITY_NUMBER_FORMATS,
  COUNTRY_LAW,
  JURISDICTIONS,
  REGULATOR_LAW,
  REGULATOR_NAMES,
  legalFormFacts,
  type Identifier,
  type Regulator,
} from '../tables/index.js';
import { error, warning, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { Member, RuleContext } from './rule-context.js';

function has(member: Member, identifier: Identifier): boolean {
  switch (identifier) {
    case 'company.number':
      return typeof member.company?.number === 'string' && member.company.number !== '';
    case 'charity.registered':
      return member.charity?.registered === true;
    case 'statutory_type':
      return member.statutory_type !== undefined;
    case 'society_number':
      return typeof member.society_number === 'string' && member.society_number !== '';
  }
}

const IDENTIFIER_POINTER: Readonly<Record<Identifier, readonly string[]>> = {
  'company.number': ['company', 'number'],
  'charity.registered': ['charity', 'registered'],
  statutory_type: ['statutory_type'],
  society_number: ['society_number'],
};

function checkLegalForm(member: Member, i: number, findings: Finding[]): void {
  const facts = legalFormFacts(member.legal_form);
  if (facts === undefined) return;
  const form = pointer('members', i, 'legal_form');
  for (const id of facts.requires)
    if (!has(member, id))
      findings.push(
        error(
          'R10',
          form,
          `Cannot accept members[${i}].legal_form ${member.legal_form} without ${id}: ${member.id} is ${facts.words}, expected ${id} to be given`,
          `Add members[${i}].${id}, or correct the legal form.`,
        ),
      );
  for (const id of facts.forbids)
    if (has(member, id))
      findings.push(
        error(
          'R10',
          pointer('members', i, ...IDENTIFIER_POINTER[id]),
          `Cannot give members[${i}].${id} to ${member.id}: it is ${facts.words}, expected no ${id}`,
        ),
      );
  const regulator = member.charity?.regulator;
  if (
    facts.registeredWith !== undefined &&
    member.charity?.registered === true &&
    regulator !== undefined &&
    regulator !== facts.registeredWith
  )
    findings.push(
      error(
        'R10',
        pointer('members', i, 'charity', 'regulator'),
        `Cannot register ${facts.words} with ${regulator}: members[${i}].charity.regulator is ${regulator}, expected ${facts.registeredWith} (${REGULATOR_NAMES[facts.registeredWith]})`,
      ),
    );
  const number = member.company?.number;
  const law = COUNTRY_LAW[member.registered_address.country];
  if (typeof number === 'string' && law !== undefined && !JURISDICTIONS[law].companyNumberPattern.test(number))
    findings.push(
      warning(
        'R10',
        pointer('members', i, 'company', 'number'),
        `Cannot match members[${i}].company.number "${number}" with the registered office in ${member.registered_address.country}, expected a ${JURISDICTIONS[law].name} company number`,
        {
          subject: 'Parties and signing',
          text: `The company number ${number} of ${member.legal_name} does not look like a ${JURISDICTIONS[law].name} company number: check it against the register.`,
        },
        'Companies registered in Scotland start SC, in Northern Ireland NI (or R); in England and Wales they are 8 digits.',
      ),
    );
}

function checkCharity(context: RuleContext, member: Member, i: number, findings: Finding[]): void {
  const charity = member.charity;
  if (charity?.registered !== true) return;
  const entries: { regulator: Regulator; number: string | undefined; path: (string | number)[] }[] = [];
  if (charity.regulator !== undefined)
    entries.push({ regulator: charity.regulator, number: charity.number, path: ['members', i, 'charity', 'number'] });
  charity.also_registered?.forEach((a, j) =>
    entries.push({
      regulator: a.regulator,
      number: a.number,
      path: ['members', i, 'charity', 'also_registered', j, 'number'],
    }),
  );
  for (const { regulator, number, path } of entries) {
    const format = CHARITY_NUMBER_FORMATS[regulator];
    if (typeof number === 'string' && !format.pattern.test(number))
      findings.push(
        warning(
          'R11',
          pointer(...path),
          `Cannot confirm charity number "${number}" for ${regulator}: it does not match ${format.words}, expected e.g. ${format.example}`,
          {
            subject: 'Parties and signing',
            text: `The charity number ${number} of ${member.legal_name} does not have the usual form (${format.words}): check it against the register.`,
          },
          'Check the number against the register; formats are confirmed before this becomes an error.',
        ),
      );
  }
  const law = context.spec.partnership.governing_law;
  if (charity.regulator !== undefined && REGULATOR_LAW[charity.regulator] !== law)
    findings.push(
      warning(
        'R12',
        pointer('members', i, 'charity', 'regulator'),
        `Cannot assume home-jurisdiction charity law for ${member.id}: it is registered with ${REGULATOR_NAMES[charity.regulator]} but partnership.governing_law is ${law}, expected a cross-border drafting check`,
        {
          subject: 'Law and disputes',
          text: `${member.legal_name} is registered with ${REGULATOR_NAMES[charity.regulator]}, but the agreement is governed by another law: ask an adviser to review the charity-law references for it.`,
        },
        'The agreement can still be governed by the chosen law; ask an adviser to review the charity-law references for this member.',
      ),
    );
}

/** R09–R12. */
export function checkMembers(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  if (context.active.size < 2)
    findings.push(
      error(
        'R09',
        pointer('members'),
        `Cannot form a partnership: ${context.active.size} active member(s), expected at least 2 organisations with status active`,
      ),
    );
  context.spec.members.forEach((m, i) => {
    checkLegalForm(m, i, findings);
    checkCharity(context, m, i, findings);
  });
  return findings;
}
