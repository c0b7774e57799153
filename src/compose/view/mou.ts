/**
 * The memorandum of understanding (DOMAIN §2.5): which of its clauses bind (as reference targets the
 * status clause lists), what each party commits to, and who convenes.
 */
import type { ViewContext } from './context.js';
import { labels } from './labels.js';
import { joinAnd } from './lists.js';
import type { SignatureView } from './signatures.js';
import { simpleSignatures } from './simple-signatures.js';

/** A binding clause of the memorandum, cited from the status clause. */
export interface BindingClauseView {
  /** The clause id in the memorandum's template. */
  id: string;
  /** The words before this citation: "" for the first, else ", " (the template ends the list). */
  before: string;
}

/** One party's commitments. */
export interface CommitmentView {
  /** The member id, which keys the party's clause. */
  id: string;
  member: string;
  /** What the party brings, one phrase each (its contributions, else its expertise). */
  items: string[];
  /** The services it opens to referrals, joined, or null. */
  services: string | null;
}

/** The memorandum's own facts. */
export interface MouView {
  bindingClauses: BindingClauseView[];
  commitments: CommitmentView[];
  /** Admission criteria in the memorandum's words (the labels speak of "this Agreement"), or null. */
  admissionCriteria: string | null;
  /** The member that convenes review meetings, or null (then the chair does). */
  convenor: string | null;
  /** Signature blocks: a memorandum is signed, never executed as a deed. */
  signatures: SignatureView[];
}

/**
 * Which clause of the memorandum carries each binding section, and the condition that must hold for
 * the clause to be there (a reference to an omitted clause is a template error).
 */
const CLAUSE_OF_SECTION: Readonly<Record<string, { id: string; present: (ctx: ViewContext) => boolean }>> = {
  confidentiality: { id: 'mou-confidentiality', present: () => true },
  data_protection: { id: 'mou-data', present: (ctx) => ctx.when.personal_data },
  intellectual_property: { id: 'mou-ip', present: (ctx) => ctx.when.intellectual_property },
  dispute_resolution: { id: 'mou-disputes', present: () => true },
  funding: { id: 'mou-resources', present: () => true },
};

/**
 * Describe the memorandum's own parts.
 * @param ctx the view context
 */
export function buildMou(ctx: ViewContext): MouView {
  const { spec } = ctx;
  const sections =
    spec.partnership.agreement_status === 'partly_binding' ? (spec.partnership.binding_sections ?? []) : [];
  const ids = sections.flatMap((s) => {
    const clause = CLAUSE_OF_SECTION[s];
    return clause && clause.present(ctx) ? [clause.id] : [];
  });
  const services = spec.referrals?.services ?? [];
  const lead = spec.members.find((m) => m.is_lead_partner === true && m.status === 'active');
  const chair = spec.governance.chair.initial_holder_member_id;
  return {
    bindingClauses: ids.map((id, i) => ({ id, before: i === 0 ? '' : ', ' })),
    admissionCriteria: ctx.spec.change_management.admission.criteria?.length
      ? joinAnd(labels('admission_criteria', ctx.spec.change_management.admission.criteria))
          .replace(/this Agreement requires/g, 'the Partners require')
          .replace(/this Agreement/g, 'this Memorandum')
      : null,
    commitments: spec.members
      .filter((m) => m.status === 'active')
      .map((m) => {
        const own = services.filter((s) => s.member_id === m.id).map((s) => s.service);
        const contributions = (m.contributions ?? []).map((c) => c.description);
        return {
          id: m.id,
          member: ctx.names.member(m.id),
          items: contributions.length > 0 ? contributions : (m.expertise ?? []).map((e) => `its expertise in ${e}`),
          services: own.length > 0 ? joinAnd(own) : null,
        };
      }),
    convenor: lead ? ctx.names.memberAtStart(lead.id) : chair ? ctx.names.memberAtStart(chair) : null,
    signatures: simpleSignatures(ctx),
  };
}
