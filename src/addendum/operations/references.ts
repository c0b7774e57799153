/**
 * Where the spec still names a member. Ids are unique across every namespace of a spec (R01), so any
 * string equal to the id, other than the member's own entry, is a reference to it.
 */
import { fieldPath } from '../../spec/index.js';
import type { Json } from './context.js';

/** Pointers of the values equal to `id`, outside `members[]` and `meta`. */
export function referencesTo(spec: Json, id: string): string[] {
  const found: string[] = [];
  const walk = (value: unknown, pointer: string): void => {
    if (value === id) found.push(pointer);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${pointer}/${i}`));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        // The member's own entry, and document control (who prepared an earlier version), are history.
        if (pointer === '' && (key === 'members' || key === 'meta')) continue;
        walk(item, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
      }
    }
  };
  walk(spec, '');
  return found;
}

/** The dotted field of a pointer, for messages. */
export function fieldOf(pointer: string): string {
  return fieldPath(pointer);
}
