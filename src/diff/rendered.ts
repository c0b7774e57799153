/**
 * Whether any document prints a spec field, from the compose stage's list of the fields none prints.
 */
import { NOT_RENDERED } from '../compose/index.js';

/**
 * True when no document prints `field` (or the field or list it belongs to).
 * @param field a schema field, arrays as `[]`: `members[].coverage[]`, `meta.change_log[].summary`
 */
export function isNotRendered(field: string): boolean {
  for (let end = field.length; end > 0; end--) {
    const c = field[end];
    if (end !== field.length && c !== '.' && c !== '[' && c !== '{') continue;
    const prefix = field.slice(0, end);
    if (NOT_RENDERED[prefix] !== undefined || NOT_RENDERED[`${prefix}[]`] !== undefined) return true;
  }
  return false;
}

/**
 * True when some field of `value` (an item added or removed whole) is printed by a document.
 * @param field the value's schema field
 * @param value the value
 */
export function isValueRendered(field: string, value: unknown): boolean {
  if (Array.isArray(value))
    return value.length === 0 ? !isNotRendered(field) : value.some((v) => isValueRendered(`${field}[]`, v));
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return !isNotRendered(field);
    return entries.some(([key, v]) => isValueRendered(`${field}.${key}`, v));
  }
  return !isNotRendered(field);
}
