/**
 * One advisory group's own terms of reference (DOMAIN §2.2, the variant): the seed's four tests (role
 * and status, reporting line, information received, resources) as lists a template can set out.
 */
import { PartnershipError } from '../../errors.js';
import type { ViewContext } from './context.js';
import type { AdvisoryGroupView } from './consultation.js';
import { label, labels } from './labels.js';
import { asSentence, atSentenceStart } from './sentences.js';

/** The group an advisory terms-of-reference document is about. */
export interface AdvisoryScopeView extends AdvisoryGroupView {
  id: string;
  /** "Survivors' Panel" with its article: "the Survivors' Panel". */
  theName: string;
  /** The same at the start of a sentence: "The Survivors' Panel". */
  subject: string;
  /** The body it reports to, at the start of a sentence: "The Steering Group". */
  reportsToSubject: string;
  /** The purpose as a sentence, ending with a full stop once. */
  purposeSentence: string;
  /** Powers delegated to the group, one per item (empty when advisory only). */
  powers: string[];
  /** Members of the group, one per item. */
  memberList: string[];
  /** Information the group receives, one per item. */
  information: string[];
  /** Resources, one per item ("travel expenses", "childcare costs", "interpreters on request"). */
  resourceList: string[];
  /** True for panels of people with lived experience, who need safeguarding and care over confidentiality. */
  livedExperience: boolean;
}

/**
 * Describe advisory group `id` for its own terms of reference.
 * @param ctx the view context
 * @param groups the advisory groups' views, in spec order
 * @param id the group's id
 */
export function buildAdvisoryScope(
  ctx: ViewContext,
  groups: readonly AdvisoryGroupView[],
  id: string,
): AdvisoryScopeView {
  const specGroups = ctx.spec.advisory_groups ?? [];
  const index = specGroups.findIndex((g) => g.id === id);
  const g = specGroups[index];
  const view = groups[index];
  if (!g || !view) throw new PartnershipError('internal', `No advisory group ${id} in the spec`);
  const stakeholders = new Map((ctx.spec.stakeholders ?? []).map((s) => [s.id, s]));
  const r = g.resources;
  const theName = /^the\s/i.test(g.name) ? g.name : `the ${g.name}`;
  return {
    ...view,
    id: g.id,
    theName,
    subject: atSentenceStart(theName),
    purposeSentence: asSentence(g.purpose),
    reportsToSubject: atSentenceStart(view.reportsTo),
    powers: [...(g.delegated_powers ?? [])],
    memberList: [
      ...(g.member_ids ?? []).map(ctx.names.member),
      ...(g.member_stakeholder_ids ?? []).map((s) => stakeholders.get(s)?.name ?? s),
    ],
    information: labels('information', g.information_received),
    resourceList: [
      r?.travel_expenses_paid ? 'travel expenses' : null,
      r?.participation_payments ? 'participation payments' : null,
      r?.childcare ? 'childcare costs' : null,
      ...labels('accessibility', r?.accessibility),
    ].filter((x): x is string => x !== null),
    livedExperience:
      g.type === 'lived_experience_panel' ||
      (g.member_stakeholder_ids ?? []).some((s) => stakeholders.get(s)?.type === 'service_users') ||
      label('group_type', g.type).includes('lived'),
  };
}
