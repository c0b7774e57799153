/**
 * Joining words into the lists a sentence needs: "A, B and C", "A or B".
 *
 * No Oxford comma, as in most UK drafting; an empty list gives "" so templates guard it with a condition.
 */

/**
 * Join items with commas and a final conjunction; items that hold commas themselves are joined with
 * semicolons ("A, of X; B; and C"), so the reader can tell where each ends.
 * @param items the words or phrases, in order
 * @param conjunction the last joining word, "and" by default
 */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] as string;
  if (items.some((item) => item.includes(','))) return `${items.slice(0, -1).join('; ')}; ${conjunction} ${last}`;
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${last}`;
}

/**
 * Join items with "and".
 * @param items the words or phrases, in order
 */
export function joinAnd(items: readonly string[]): string {
  return joinWords(items, 'and');
}

/**
 * Join items with "or".
 * @param items the words or phrases, in order
 */
export function joinOr(items: readonly string[]): string {
  return joinWords(items, 'or');
}

/**
 * Put the indefinite article before a phrase: "a company", "an unincorporated association".
 * @param phrase a noun phrase starting with a lower-case word
 */
export function withArticle(phrase: string): string {
  // An acronym is read letter by letter: "an NHS body", "a UK charity".
  const acronym = /^[A-Z]{2,}\b/.test(phrase);
  const vowelSound = acronym ? /^[AEFHILMNORSX]/.test(phrase) : /^[aeiou]/i.test(phrase);
  return vowelSound ? `an ${phrase}` : `a ${phrase}`;
}
