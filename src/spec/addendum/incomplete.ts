/**
 * Fields left for a person to complete. A drafted addendum (`partnership diff --draft-addendum`) cannot
 * know the decision that authorised the change or the funder's consent, so it writes this marker there;
 * until each is replaced, the addendum is invalid and says which fields are still to complete.
 */
import type { Diagnostic } from '../../errors.js';
import type { Locate } from '../locate.js';
import { fieldPath } from '../rules/pointer.js';

/** The value a drafted addendum leaves in each field the partners must complete. */
export const TO_COMPLETE = 'TO COMPLETE';

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * One `incomplete` error per field still holding the marker, in the order of the file.
 * @param data the parsed addendum
 * @param locate pointer → line and column
 * @param file the file as the user named it
 */
export function incompleteFields(data: unknown, locate: Locate, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const walk = (value: unknown, pointer: string): void => {
    if (value === TO_COMPLETE) {
      const { line, column } = locate(pointer);
      found.push({
        severity: 'error',
        code: 'incomplete',
        message: `Cannot use the addendum yet: \`${fieldPath(pointer)}\` is still to complete, expected the real value in place of "${TO_COMPLETE}"`,
        file,
        line,
        column,
        pointer,
        hint: 'The draft left this field for you: the comment beside it says what it needs.',
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${pointer}/${i}`));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, `${pointer}/${escape(key)}`);
    }
  };
  walk(data, '');
  return found;
}
