/**
 * What the addendum view's parts share: the addendum's operations, the ids of the clauses the Addendum
 * writes for them, and members' names.
 */
import type { AddendumSpec, PartnershipSpec } from '../../../spec/index.js';

/** One operation of an addendum. */
export type Op = AddendumSpec['changes'][number];
/** A member of a spec. */
export type Member = PartnershipSpec['members'][number];

/** `text` as an id: lower-case letters, digits and single hyphens. */
export function idOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** `views` with each id unique: a second "x" becomes "x-2", so two changes of one item keep apart. */
export function uniqueIds<T extends { id: string }>(views: T[]): T[] {
  const seen = new Map<string, number>();
  return views.map((view) => {
    const count = (seen.get(view.id) ?? 0) + 1;
    seen.set(view.id, count);
    return count === 1 ? view : { ...view, id: `${view.id}-${count}` };
  });
}

/** Member `id`'s legal name in `spec`, or the id when the spec has no such member. */
export function legalName(spec: PartnershipSpec, id: string): string {
  return spec.members.find((m) => m.id === id)?.legal_name ?? id;
}
