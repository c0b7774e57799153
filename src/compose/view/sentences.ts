/**
 * A free-text value at the end of a sentence: its own final full stop dropped where the template supplies
 * one (DESIGN rule 2's first exception), so the sentence ends with exactly one; and a phrase put at the
 * start of a sentence.
 */

/** `text` without a final full stop: for a value the template follows with its own punctuation. */
export function withoutFinalStop(text: string): string {
  return text.replace(/\.\s*$/, '');
}

/** `text` as a sentence: ending with a full stop, a question or exclamation mark, once. */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** `text` with its first letter capitalised, to start a sentence ("the Steering Group" → "The Steering Group"). */
export function atSentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A name followed by the noun that says what it is, without doubling a word the name already ends in:
 * "Open Government Licence" + "licence" → "Open Government Licence"; "Riverside Partnership" +
 * "partnership agreement" → "Riverside Partnership agreement"; "WHEC" + "partnership agreement" → "WHEC
 * partnership agreement".
 */
export function nameWithNoun(name: string, noun: string): string {
  const last = /(\p{L}+)\W*$/u.exec(name)?.[1];
  const [first = '', ...rest] = noun.split(' ');
  if (last !== undefined && last.toLowerCase() === first.toLowerCase())
    return rest.length > 0 ? `${name} ${rest.join(' ')}` : name;
  return `${name} ${noun}`;
}
