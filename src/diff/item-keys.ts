/**
 * How the items of a spec array are matched between versions (by a key, never by position) and how an
 * item is named in a diff.
 *
 * Most items carry an `id`. Items without one are keyed by the field that identifies them within the
 * list: an allocation by its member, a funding period by its label, a reserved matter by its matter.
 * Items with no identifying field at all are keyed by their whole value, so an edited one reads as one
 * removed and one added.
 */
import type { Names } from './names.js';

/** Identifying fields of the arrays whose items have no `id`, by schema field (`funding.periods[]`). */
const KEY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'meta.change_log[]': ['version'],
  'partnership.term.extension_options[]': ['mechanism', 'months'],
  'members[].charity.also_registered[]': ['regulator'],
  'members[].contributions[]': ['type', 'description'],
  'stakeholders[].engagement[]': ['method'],
  'governance.decision_body.observers[]': ['stakeholder_id', 'name'],
  'governance.reserved_matters[]': ['matter'],
  'work_areas[].deliverables[]': ['text'],
  'funding.periods[]': ['label'],
  'funding.allocations[]': ['member_id'],
  'risk_management.escalation_ladder[]': ['level'],
  'performance.member_targets[]': ['kpi_id'],
  'dispute_resolution.stages[]': ['stage'],
  'data_protection.purposes[]': ['purpose'],
  'referrals.services[]': ['member_id', 'service'],
  'referrals.urgency_levels[]': ['level'],
  'signatures.signatories[]': ['member_id'],
};

/**
 * The key that matches `item` across versions.
 * @param field the array's schema field with `[]`, e.g. `funding.periods[]`
 * @param item one item
 */
export function itemKey(field: string, item: unknown): string {
  if (typeof item !== 'object' || item === null) return JSON.stringify(item);
  const record = item as Record<string, unknown>;
  if (typeof record.id === 'string') return record.id;
  const fields = KEY_FIELDS[field];
  const parts = fields?.map((f) => record[f]).filter((v) => v !== undefined && v !== null);
  if (parts !== undefined && parts.length > 0) return parts.map(String).join('/');
  return JSON.stringify(item);
}

const NAME_FIELDS = [
  'legal_name',
  'name',
  'title',
  'label',
  'service',
  'matter',
  'purpose',
  'stage',
  'level',
  'method',
  'mechanism',
  'version',
  'regulator',
  'description',
  'text',
] as const;
const REF_FIELDS = ['member_id', 'kpi_id', 'stakeholder_id'] as const;

/**
 * How a diff names an item: its name or title, else the name of what it belongs to, else its key.
 * @param item one array item
 * @param key its key from {@link itemKey}
 * @param names ids → names in the item's spec
 */
export function itemName(item: unknown, key: string, names: Names): string {
  if (typeof item !== 'object' || item === null) return String(item);
  const record = item as Record<string, unknown>;
  for (const field of REF_FIELDS) {
    const id = record[field];
    if (typeof id === 'string' && record.service === undefined) return names.get(id) ?? id;
  }
  for (const field of NAME_FIELDS) {
    const value = record[field];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return key;
}

/** What an added or removed item is, after its name: a member's role, "(key decision maker)". */
export function itemRole(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const role = (item as Record<string, unknown>).partnership_role;
  return typeof role === 'string' ? role.replace(/_+/g, ' ') : null;
}
