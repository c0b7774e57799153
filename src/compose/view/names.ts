/**
 * How the agreement names the people and bodies it speaks of: each member by its short name (or legal
 * name), the lead partner, the decision body by its own name, the funders.
 *
 * Every part of the view asks this one place, so a member is called the same thing throughout.
 */
import type { PartnershipSpec } from '../../spec/index.js';
import { joinAnd } from './lists.js';

/** The names one spec gives to its members and bodies. */
export interface Names {
  /** The name of a member, by id: its short name, else its legal name; an unknown id is returned as is. */
  member(id: string): string;
  /** Members' names joined "A, B and C". */
  members(ids: readonly string[] | null | undefined): string;
  /** The lead partner's name, or null when there is none. */
  lead: string | null;
  /** The decision body's own name, e.g. "Steering Group". */
  bodyName: string;
  /** The decision body with its article, e.g. "the Steering Group". */
  body: string;
  /** The funder's name, "each of A and B" for several, or null when there are none. */
  funders: string | null;
  /**
   * Put the decision body's name into a label that says `{body}`, and the coordinator's post title
   * (`management.coordinator.post_title`, else "coordinator") into one that says `{post}`.
   */
  fill(text: string): string;
}

/**
 * Build the names for a spec.
 * @param spec a valid partnership spec
 */
export function buildNames(spec: PartnershipSpec): Names {
  const byId = new Map(spec.members.map((m) => [m.id, m.short_name ?? m.legal_name]));
  const member = (id: string): string => byId.get(id) ?? id;
  const leadMember = spec.members.find((m) => m.is_lead_partner === true && m.status === 'active');
  const bodyName = spec.governance.decision_body.name;
  const body = /^the\s/i.test(bodyName) ? bodyName : `the ${bodyName}`;
  const funders = (spec.funding?.funders ?? []).map((f) => f.name);
  const post = spec.management?.coordinator?.post_title ?? 'coordinator';
  return {
    member,
    members: (ids) => joinAnd((ids ?? []).map(member)),
    lead: leadMember ? member(leadMember.id) : null,
    bodyName,
    body,
    funders: funders.length > 1 ? `each of ${joinAnd(funders)}` : (funders[0] ?? null),
    fill: (text) => text.replace(/\{body\}/g, body).replace(/\{post\}/g, post),
  };
}
