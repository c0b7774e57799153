/**
 * Charity-number formats per regulator (R11) and the law each regulator belongs to (R12).
 *
 * DOMAIN.md §5.1: the OSCR and CCNI formats were inferred from observed numbers, so R11 reports a
 * mismatch as a warning until they are confirmed against the registers.
 */

import { JURISDICTIONS, type Law, type Regulator } from './jurisdictions.js';

/** Format of a registered charity number, with an example for messages. */
export interface CharityNumberFormat {
  pattern: RegExp;
  example: string;
  words: string;
}

/** Charity-number formats by regulator (DOMAIN.md §3.3 `members[].charity`). */
export const CHARITY_NUMBER_FORMATS: Readonly<Record<Regulator, CharityNumberFormat>> = {
  ccew: {
    pattern: /^[0-9]{6,7}(-[0-9]+)?$/,
    example: '1234567',
    words: '6 or 7 digits, optionally -n for a linked charity',
  },
  oscr: { pattern: /^SC0[0-9]{5}$/, example: 'SC012345', words: 'SC0 and 5 digits' },
  ccni: { pattern: /^NIC1[0-9]{5}$/, example: 'NIC100079', words: 'NIC1 and 5 digits' },
};

/** The governing law whose home regulator each regulator is. */
export const REGULATOR_LAW: Readonly<Record<Regulator, Law>> = Object.fromEntries(
  Object.values(JURISDICTIONS).map((j) => [j.regulator, j.law]),
) as Record<Regulator, Law>;

/** The law of the country an address is in (`Address.country`), for company-number prefixes. */
export const COUNTRY_LAW: Readonly<Record<string, Law>> = {
  england: 'england_and_wales',
  wales: 'england_and_wales',
  scotland: 'scotland',
  northern_ireland: 'northern_ireland',
};
