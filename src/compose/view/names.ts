/**
 * How the agreement names the people and bodies it speaks of: each member by its short name (or legal
 * name), the lead partner, the decision body by its own name, the funders and stakeholders.
 *
 * Every part of the view asks this one place, so a member is called the same thing throughout. A name
 * in running text gets "the" where it takes one ("funded by the London Borough of Lambeth"), DESIGN
 * rule 2's second exception; a name standing alone (a table cell, a heading, a list of labels) does not.
 */
import { nameTakesArticle, type PartnershipSpec } from '../../spec/index.js';
import { joinAnd } from './lists.js';

/** The names one spec gives to its members and bodies. */
export interface Names {
  /** The name of a member, by id, standing alone: its short name, else its legal name; an unknown id as is. */
  member(id: string): string;
  /** The name of a member in running text: "the London Borough of Lambeth", "Lambeth Council". */
  memberInText(id: string): string;
  /** The same, to start a sentence: "The London Borough of Lambeth". */
  memberAtStart(id: string): string;
  /** Members' names in running text, joined "A, the B and C". */
  members(ids: readonly string[] | null | undefined): string;
  /** The lead partner's name in running text, or null when there is none. */
  lead: string | null;
  /** The decision body's own name, e.g. "Steering Group". */
  bodyName: string;
  /** The decision body with its article, e.g. "the Steering Group". */
  body: string;
  /** The funders' names in running text, "each of A and B" for several, or null when there are none. */
  funders: string | null;
  /** A funder's name in running text, by id; an unknown id as is. */
  funder(id: string): string;
  /** A stakeholder's name in running text, by id; an unknown id as is. */
  stakeholder(id: string): string;
  /**
   * Put the decision body's name into a label that says `{body}`, and the coordinator's post title
   * (`management.coordinator.post_title`, else "coordinator") into one that says `{post}`.
   */
  fill(text: string): string;
}

/**
 * A name as it stands in running text: with "the" before it when it takes one (the party's
 * `takes_article`, else the name patterns of `spec/tables/name-articles.ts`).
 * @param name the name as the spec gives it, which stays as written
 * @param takesArticle the named party's `takes_article`, when it has one
 */
export function inRunningText(name: string, takesArticle?: boolean | null): string {
  return nameTakesArticle(name, takesArticle) ? `the ${name}` : name;
}

/** A name in running text put at the start of a sentence: only its added article changes ("The London …"). */
export function nameAtSentenceStart(nameInText: string): string {
  return nameInText.replace(/^the /, 'The ');
}

/**
 * Build the names for a spec.
 * @param spec a valid partnership spec
 */
export function buildNames(spec: PartnershipSpec): Names {
  const byId = new Map(spec.members.map((m) => [m.id, m.short_name ?? m.legal_name]));
  const member = (id: string): string => byId.get(id) ?? id;
  const inText = new Map(spec.members.map((m) => [m.id, inRunningText(member(m.id), m.takes_article)]));
  const memberInText = (id: string): string => inText.get(id) ?? id;
  const leadMember = spec.members.find((m) => m.is_lead_partner === true && m.status === 'active');
  const bodyName = spec.governance.decision_body.name;
  const body = /^the\s/i.test(bodyName) ? bodyName : `the ${bodyName}`;
  const funderList = spec.funding?.funders ?? [];
  const funders = new Map(funderList.map((f) => [f.id, inRunningText(f.name, f.takes_article)]));
  const stakeholders = new Map((spec.stakeholders ?? []).map((s) => [s.id, inRunningText(s.name, s.takes_article)]));
  const funderNames = [...funders.values()];
  const post = spec.management?.coordinator?.post_title ?? 'coordinator';
  return {
    member,
    memberInText,
    memberAtStart: (id) => nameAtSentenceStart(memberInText(id)),
    members: (ids) => joinAnd((ids ?? []).map(memberInText)),
    lead: leadMember ? memberInText(leadMember.id) : null,
    bodyName,
    body,
    funders: funderNames.length > 1 ? `each of ${joinAnd(funderNames)}` : (funderNames[0] ?? null),
    funder: (id) => funders.get(id) ?? id,
    stakeholder: (id) => stakeholders.get(id) ?? id,
    fill: (text) => text.replace(/\{body\}/g, body).replace(/\{post\}/g, post),
  };
}
