/**
 * Text-form rule (R80): a free-text value has the form its field asks for (the schema's `x-text-form`),
 * where it plainly has not. A `phrase` is set inside a sentence or joined with others ("If a Partner's
 * delivery falls below 80% of profile, …"), so a value written as a sentence, with its full stop or a
 * second sentence, reads wrongly there; `sentences` stand on their own, so one starting in lower case
 * starts a sentence of the document in lower case. Only the plain cases are flagged: a phrase may start
 * with a name's capital, and a sentence's missing full stop is the document's to add.
 */
import { isObject } from '../schema/schema-document.js';
import { textFormPaths } from '../schema/text-forms.js';
import { warning, type Finding } from './finding.js';
import { fieldPath, pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** Each string at `segments` in `data`, with its path as pointer segments. */
function valuesAt(data: unknown, segments: readonly string[], at: (string | number)[] = []): [string, string][] {
  if (segments.length === 0) return typeof data === 'string' ? [[pointer(...at), data]] : [];
  const [head, ...rest] = segments;
  if (head === '*') return Array.isArray(data) ? data.flatMap((item, i) => valuesAt(item, rest, [...at, i])) : [];
  return isObject(data) && head !== undefined ? valuesAt(data[head], rest, [...at, head]) : [];
}

/** A full stop at the end (not of an abbreviation such as "etc." or "Ltd.") or a second sentence. */
const SENTENCE_STOP = /(?<!\b(?:etc|Ltd|Co|No|St|Dr|Mr|Mrs|Ms|e\.g|i\.e))\.\s*$/u;
const SECOND_SENTENCE = /[.!?]["'’”)]?\s+\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

/** R80. */
export function checkTextForms(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { segments, form } of textFormPaths()) {
    for (const [at, value] of valuesAt(context.spec, segments)) {
      const field = `\`${fieldPath(at)}\``;
      const shown = value.length > 80 ? `${value.slice(0, 77)}…` : value;
      if (form === 'phrase' && (SENTENCE_STOP.test(value) || SECOND_SENTENCE.test(value))) {
        findings.push(
          warning(
            'R80',
            at,
            `Cannot set ${field} inside a sentence: "${shown}" is written as a sentence, expected a phrase with no full stop`,
            {
              subject: 'Documents',
              text: `"${shown}" is set inside a sentence of the documents: write it as a phrase, without a full stop.`,
            },
            'Write it as a phrase, lower-case unless it begins with a name, with no full stop: the documents set it inside their own sentences.',
          ),
        );
      } else if (form === 'sentences' && LOWER_START.test(value)) {
        findings.push(
          warning(
            'R80',
            at,
            `Cannot set ${field} as a sentence of its own: "${shown}" starts with a lower-case letter, expected a capital`,
            {
              subject: 'Documents',
              text: `"${shown}" stands as a sentence of its own in the documents: begin it with a capital letter.`,
            },
            'Begin it with a capital letter: the documents print it as one or more sentences of its own.',
          ),
        );
      }
    }
  }
  return findings;
}
