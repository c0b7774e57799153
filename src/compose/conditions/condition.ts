/**
 * What a named condition is, and the small spec facts that several conditions share (is it funded,
 * is there a lead, is it a lead model…), each stated once.
 */
import type { PartnershipSpec } from '../../spec/index.js';
import { LEAD_MODELS } from '../../spec/index.js';

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

/** The structure is a lead model (lead agency, managing agent, managing provider). */
export const isLeadModel = (s: PartnershipSpec): boolean => LEAD_MODELS.has(s.partnership.structure_model);
/** The partnership has shared funding. */
export const isFunded = (s: PartnershipSpec): boolean => s.funding?.has_funding === true;
/** An active member is the lead partner. */
export const hasLead = (s: PartnershipSpec): boolean =>
  s.members.some((m) => m.is_lead_partner === true && m.status === 'active');
/** Members handle personal data for the partnership. */
export const handlesPersonalData = (s: PartnershipSpec): boolean =>
  s.data_protection.personal_data_shared || s.data_protection.relationship !== 'none';
/** The agreement is wholly legally binding. */
export const isBinding = (s: PartnershipSpec): boolean => s.partnership.agreement_status === 'legally_binding';
/** The data categories shared. */
export const categories = (s: PartnershipSpec): string[] => [...(s.data_protection.data_categories ?? [])];
/** The lead partner holds a role. */
export const leadRole = (s: PartnershipSpec, r: string): boolean => (s.lead_partner?.roles ?? []).includes(r as never);
/** Some stakeholder has a partnership role. */
export const role = (s: PartnershipSpec, r: string): boolean =>
  (s.stakeholders ?? []).some((x) => x.partnership_role === r);

/** Every condition, by the name templates use under `when.`. */
