/**
 * The terms the built-in templates define (each `{{term "…"}}` that heads an item of a
 * `::: definitions` list): a test holds this table equal to the templates, and R73 refuses a name
 * from the spec that would be defined a second time, differently, in the same document.
 */

/** Every literal term a built-in template defines, in alphabetical order. */
export const DEFINED_TERMS: readonly string[] = [
  'Accountable Body',
  'Addendum',
  'Agreement',
  'Commencement Date',
  'Confidential Information',
  'Contingency',
  'Data Protection Legislation',
  'Effective Date',
  'Exit Plan',
  'Funder',
  'Funding',
  'Funding Agreement',
  'Intellectual Property Rights',
  'Lead Partner',
  'Main Contract',
  'Management Fee',
  'Memorandum',
  'Partner',
  'Partnership',
  'Personal Data',
  'Protocol',
  'Representative',
  'Reserved Matter',
  'Services',
  'UK GDPR',
  'Voting Partner',
  'Working Day',
];

/**
 * The defined term a name would be read as, or undefined. Templates write plurals as the term plus
 * "s" ("the {{term "Partner"}}s"), and the decision body is named with or without "the".
 * @param name a name from the spec that a template defines as a term of its own
 */
export function definedTermClash(name: string): string | undefined {
  const bare = name
    .trim()
    .replace(/^the\s+/i, '')
    .toLowerCase();
  return DEFINED_TERMS.find((term) => bare === term.toLowerCase() || bare === `${term.toLowerCase()}s`);
}
