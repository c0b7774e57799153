/**
 * What a named condition is, and the small spec facts that several conditions share. Whether a
 * partnership is funded, binding or a lead model is the spec stage's to say; conditions read it there.
 */
import type { PartnershipSpec } from '../../spec/index.js';

/** One named condition. */
export interface Condition {
  /** Whether the condition holds for a spec. Absent optional sections count as not holding. */
  predicate: (spec: PartnershipSpec) => boolean;
  /** Spec paths the predicate reads (`a.b`, `list[].field`). */
  fields: readonly string[];
  /** What the condition means, in the outline's words. */
  description: string;
}

/** Define a condition: description, the fields it reads, the predicate. */
export const cond = (description: string, fields: string[], predicate: (s: PartnershipSpec) => boolean): Condition => ({
  predicate,
  fields,
  description,
});
/** True when an optional value is given. */
export const present = (v: unknown): boolean => v !== undefined && v !== null;
/** True when an optional list has items. */
export const some = (v: readonly unknown[] | null | undefined): boolean => (v ?? []).length > 0;

/** An active member is the lead partner. */
export const hasLead = (s: PartnershipSpec): boolean =>
  s.members.some((m) => m.is_lead_partner === true && m.status === 'active');
/** Members handle personal data for the partnership. */
export const handlesPersonalData = (s: PartnershipSpec): boolean =>
  s.data_protection.personal_data_shared || s.data_protection.relationship !== 'none';
/** The data categories shared. */
export const categories = (s: PartnershipSpec): string[] => [...(s.data_protection.data_categories ?? [])];
/** The lead partner holds a role. */
export const leadRole = (s: PartnershipSpec, r: string): boolean => (s.lead_partner?.roles ?? []).includes(r as never);
/** Some stakeholder has a partnership role. */
export const role = (s: PartnershipSpec, r: string): boolean =>
  (s.stakeholders ?? []).some((x) => x.partnership_role === r);

/** Every condition, by the name templates use under `when.`. */
