/**
 * Ids → names in one spec, so a diff says "Thameside Women's Aid", not `thameside`: every item that has
 * an `id` and a name (members, stakeholders, work areas, funders, KPIs, risks, groups) is named.
 */

/** An id's name in one spec. */
export type Names = ReadonlyMap<string, string>;

const NAME_KEYS = ['legal_name', 'name', 'title'] as const;

function collect(value: unknown, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id === 'string' && !into.has(id)) {
    const key = NAME_KEYS.find((k) => typeof record[k] === 'string');
    if (key !== undefined) into.set(id, record[key] as string);
  }
  for (const child of Object.values(record)) collect(child, into);
}

/**
 * Every named id of a spec.
 * @param spec the spec data
 */
export function namesOf(spec: unknown): Names {
  const names = new Map<string, string>();
  collect(spec, names);
  return names;
}
