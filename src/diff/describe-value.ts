/**
 * A spec value as a person reads it in a diff: money in pounds, durations and dates in words, enum tokens
 * as words, ids of members (and other named items) as their names.
 */
import { formatDate, formatDuration, formatMoney, humanise } from '../compose/index.js';
import type { Duration, SchemaNode } from '../spec/index.js';
import type { Names } from './names.js';
import { itemsNode, resolve, variantFor } from './schema-nodes.js';

const DATE_REFS = new Set(['Date', 'NullableDate']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDuration(value: unknown): value is Duration {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { value?: unknown }).value === 'number' &&
    typeof (value as { unit?: unknown }).unit === 'string'
  );
}

/** True for a field that holds ids of other items (`member_id`, `contributor_ids`, `after`). */
function holdsIds(key: string): boolean {
  return /(^|_)ids?$/.test(key) && key !== 'id';
}

function describeScalar(value: unknown, node: SchemaNode, key: string, names: Names): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  const ref = node.refName;
  if (ref === 'Money') return formatMoney(value);
  if ((typeof ref === 'string' && DATE_REFS.has(ref)) || (node.format === 'date' && ISO_DATE.test(value)))
    return formatDate(value);
  if (holdsIds(key) || ref === 'MemberRef') return names.get(value) ?? value;
  if (Array.isArray(node.enum) || node.const !== undefined || ref === 'Token') return humanise(value);
  return value;
}

/**
 * The value as words, or null when it is absent.
 * @param value a spec value
 * @param schema the schema node describing it
 * @param key the field's own key, which says whether a string is an id of something named
 * @param names ids → names in the spec the value comes from
 */
export function describeValue(
  value: unknown,
  schema: SchemaNode | undefined,
  key: string,
  names: Names,
): string | null {
  if (value === undefined || value === null) return null;
  const node = variantFor(resolve(schema), value);
  if (node.refName === 'Duration' || isDuration(value)) {
    return isDuration(value) ? formatDuration(value).text : JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    const items = itemsNode(node);
    return value.map((item) => describeValue(item, items, key, names) ?? '').join(', ');
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return describeScalar(value, node, key, names);
}
