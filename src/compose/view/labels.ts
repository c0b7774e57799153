/**
 * The one label table: every enum value of the spec in the words a document uses, by vocabulary.
 *
 * Labels are lower-case phrases that fit mid-sentence ("company limited by guarantee"); proper nouns
 * and the agreement's defined terms ("Partner", "the Lead Partner") keep their capitals, and `{body}`
 * stands for the decision body's own name, which the view puts in (see `names.ts`). Open vocabularies
 * (DOMAIN §3.3) accept any token: a known token gets its label, an unknown one is humanised
 * ("due_diligence_passed" → "due diligence passed", "NHS_trust" → "NHS trust": the user's capitals
 * stay); a value written with spaces is words already and prints as written ("North_East area" keeps
 * its underscore). Closed vocabularies are checked against the schema's enums (`labels/vocabularies.ts`): a value
 * without a label fails to compile. The vocabularies live in `labels/`.
 */

import { FUNDING_LABELS } from './labels/funding.js';
import { GOVERNANCE_LABELS } from './labels/governance.js';
import { MEETINGS_LABELS } from './labels/meetings.js';
import { PARTIES_LABELS } from './labels/parties.js';
import { PROVISIONS_LABELS } from './labels/provisions.js';
import { SHARING_LABELS } from './labels/sharing.js';
import type { ClosedVocabularies } from './labels/vocabularies.js';

type Table = Readonly<Record<string, string>>;

/** A label for every value of each closed vocabulary, by the generated spec types. */
export type ClosedLabelTables = {
  readonly [V in keyof ClosedVocabularies]: Readonly<Record<ClosedVocabularies[V], string>>;
};

/** Every closed vocabulary of the spec, and the known tokens of the open ones, keyed by vocabulary. */
export const LABELS = {
  ...PARTIES_LABELS,
  ...GOVERNANCE_LABELS,
  ...FUNDING_LABELS,
  ...PROVISIONS_LABELS,
  ...MEETINGS_LABELS,
  ...SHARING_LABELS,
} as const satisfies Readonly<Record<string, Table>> & ClosedLabelTables;

/** A vocabulary of the label table, e.g. `legal_form`. */
export type Vocabulary = keyof typeof LABELS;

/**
 * Turn an unknown lower_snake_case token into words: "due_diligence_passed" → "due diligence passed";
 * a value with spaces in it is already words and stays as written.
 * @param token the token
 */
export function humanise(token: string): string {
  // A value already written as words is the user's text, kept as written (DESIGN rule 2): only a
  // token, one run without spaces, is read as snake_case.
  if (/\s/u.test(token)) return token;
  return token.replace(/_+/g, ' ').trim();
}

/**
 * The label of a token in a vocabulary; unknown tokens (open vocabularies) are humanised.
 * @param vocabulary a key of {@link LABELS}
 * @param token the spec value; optional sub-fields may be absent
 * @param fallback the words to use when the token is absent ("" by default)
 */
export function label(vocabulary: Vocabulary, token: string | null | undefined, fallback = ''): string {
  if (token === null || token === undefined) return fallback;
  const table: Table = LABELS[vocabulary];
  return table[token] ?? humanise(token);
}

/**
 * Labels for a list of tokens, in order.
 * @param vocabulary a key of {@link LABELS}
 * @param tokens the spec values (absent means none)
 */
export function labels(vocabulary: Vocabulary, tokens: readonly string[] | null | undefined): string[] {
  return (tokens ?? []).map((t) => label(vocabulary, t));
}
