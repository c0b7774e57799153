/**
 * The decision body's terms of reference (DOMAIN §2.2): its seats with their representatives and
 * deputies, the financial limits it works within, how it is reviewed, and how the text cites the
 * agreement it is made under.
 */
import { listsDocument } from '../../spec/index.js';
import { documentTitle } from '../documents/index.js';
import type { ViewContext } from './context.js';
import type { GovernanceView, ReservedMatterView } from './governance.js';
import { formatCount } from './durations.js';

/** One voting seat-holder: the member, its representative and deputy. */
export interface SeatView {
  /** The id of the spec item it comes from, which keys its heading or table row. */
  id: string;
  member: string;
  representative: string;
  /** "Name, Job title", or "none named". */
  deputy: string;
}

/** What only the terms of reference show. */
export interface TermsOfReferenceView {
  seats: SeatView[];
  /** The reserved matters, worded for a document other than the agreement ("varying the Partnership Agreement"). */
  reservedMatters: ReservedMatterView[];
  /** Matters that may not be decided outside a meeting, worded for a document other than the agreement, or null. */
  excludedMatters: string | null;
  /** Excluded matters that unanimous written consent may still decide, worded likewise, or null. */
  unanimousExceptions: string | null;
  /** The lead partner's spending limit without approval, or null. */
  leadSpendLimit: string | null;
  /** "12 months": how often the terms are reviewed, with the agreement. */
  reviewEvery: string;
  /** "version 1.0.0, prepared on 2 February 2026". */
  versionText: string;
  /** The document the decision body is established by: "Partnership Agreement" or "Memorandum of Understanding". */
  foundingDocument: string;
}

/**
 * Describe the terms of reference.
 * @param ctx the view context
 * @param governance the governance view, whose wording is adapted for a document of its own
 * @param versionText the document's version line
 */
export function buildTermsOfReference(
  ctx: ViewContext,
  governance: GovernanceView,
  versionText: string,
): TermsOfReferenceView {
  const { spec } = ctx;
  const foundingDocument = documentTitle(
    !listsDocument(spec, 'partnership_agreement') && listsDocument(spec, 'mou') ? 'mou' : 'partnership_agreement',
  );
  // The labels speak as the agreement ("this Agreement"); another document names it.
  const outside = (text: string): string => text.replace(/\bthis Agreement\b/g, `the ${foundingDocument}`);
  const orNull = (text: string | null): string | null => (text === null ? null : outside(text));
  const members = new Map(spec.members.map((m) => [m.id, m]));
  const person = (p: { name: string; job_title: string } | undefined): string | null =>
    p ? `${p.name}, ${p.job_title}` : null;
  return {
    seats: spec.governance.decision_body.voting_member_ids.map((id) => ({
      id,
      member: ctx.names.member(id),
      representative: person(members.get(id)?.representative) ?? 'to be named',
      deputy: person(members.get(id)?.deputy) ?? 'none named',
    })),
    reservedMatters: governance.reservedMatters.map((r) => ({ matter: outside(r.matter), threshold: r.threshold })),
    excludedMatters: orNull(governance.written.excludedMatters),
    unanimousExceptions: orNull(governance.written.unanimousExceptions),
    leadSpendLimit: ctx.money.orNull(spec.lead_partner?.limits_of_authority.spend_limit_without_approval),
    reviewEvery: formatCount(spec.change_management.agreement_review.every_months, 'months').text,
    versionText,
    foundingDocument,
  };
}
