/**
 * The view model: everything a template shows, derived from the spec and formatted once, so that
 * templates never compute (no sums, dates, labels or joins in Handlebars).
 *
 * Every optional value is present as null, [] or false, because templates run in strict mode and
 * `{{#if}}` must never meet a missing key. `when` holds the named conditions (compose/conditions.ts).
 */
import type { PartnershipSpec } from '../../spec/index.js';
import type { ConditionName } from '../conditions.js';
import type { InstanceScope } from '../documents/index.js';
import { buildAdvisoryScope, type AdvisoryScopeView } from './advisory-group.js';
import { buildAllocationTable, type AllocationTableView } from './allocations.js';
import { buildAdvisoryGroups, type AdvisoryGroupView } from './consultation.js';
import { buildChange, type ChangeView } from './change.js';
import { buildContext } from './context.js';
import { moneyFormat, type MoneyFormat } from './money.js';
import { buildDataProtection, type DataProtectionView } from './data-protection.js';
import { buildDataSharing, type DataSharingView } from './data-sharing.js';
import { buildDisputes, type DisputesView } from './disputes.js';
import { buildDocument, type DocumentView } from './document.js';
import {
  buildFunderContract,
  buildFunders,
  buildRelatedContract,
  type FunderContractView,
  type FunderView,
  type RelatedContractView,
} from './funders.js';
import { buildFunding, type FundingView } from './funding.js';
import { buildGeneral, type GeneralView } from './general.js';
import { buildGovernance, type GovernanceView } from './governance.js';
import { buildLead, type LeadView } from './lead.js';
import { buildManagement, type ManagementView } from './management.js';
import { buildMeetings, type MeetingsView } from './meetings.js';
import { buildMou, type MouView } from './mou.js';
import { buildContributions, buildStakeholders, type ContributionView, type StakeholderView } from './membership.js';
import { buildParties, type PartyView } from './parties.js';
import { buildPerformance, type PerformanceView } from './performance.js';
import { buildProvisions, type ProvisionsView } from './provisions.js';
import { buildPartnership, type PartnershipView } from './purpose.js';
import { buildReferrals, type ReferralsView } from './referrals.js';
import { buildRisk, type RiskManagementView } from './risk.js';
import type { DraftingNoteGroup } from './drafting-notes.js';
import { buildSafeguarding, type SafeguardingView } from './safeguarding.js';
import { buildAdherence, type AdherenceView } from './adherence.js';
import { buildSignaturePage, type SignaturePageView } from './signature-pages.js';
import { buildSignatures, type SignatureView } from './signatures.js';
import { buildTerm, type TermView } from './term.js';
import { buildTermsOfReference, type TermsOfReferenceView } from './terms-of-reference.js';
import { buildWorkAreas, type WorkAreaView } from './work-areas.js';

export { buildDraftingNotes, type DraftingNoteGroup } from './drafting-notes.js';

/** What templates see. */
export interface View {
  /** The document kind being composed: `partnership_agreement`. */
  kind: string;
  /** The named conditions, one boolean each. */
  when: Record<ConditionName, boolean>;
  document: DocumentView;
  partnership: PartnershipView;
  term: TermView;
  parties: PartyView[];
  /**
   * Which tiers of Partners without a vote the partnership has (`any`: at least one), so the agreement
   * explains only those.
   */
  nonVoting: { consultees: boolean; informedParties: boolean; any: boolean };
  lead: LeadView | null;
  funders: FunderView[];
  relatedContract: RelatedContractView | null;
  funderContract: FunderContractView;
  contributions: ContributionView[];
  stakeholders: StakeholderView[];
  governance: GovernanceView;
  management: ManagementView;
  advisoryGroups: AdvisoryGroupView[];
  workAreas: WorkAreaView[];
  funding: FundingView;
  allocations: AllocationTableView | null;
  performance: PerformanceView;
  risk: RiskManagementView;
  safeguarding: SafeguardingView;
  dataProtection: DataProtectionView;
  provisions: ProvisionsView;
  change: ChangeView;
  disputes: DisputesView;
  general: GeneralView;
  signatures: SignatureView[];
  /** The form of deed of adherence's execution: how each legal form executes it, and the block to complete. */
  adherence: AdherenceView;
  /** The memorandum of understanding's own parts. */
  mou: MouView;
  /** The referral protocol's facts. */
  referrals: ReferralsView;
  /** The data-sharing schedule's facts (standalone, or Schedule 9 of the agreement). */
  dataSharing: DataSharingView;
  termsOfReference: TermsOfReferenceView;
  meetings: MeetingsView;
  /** The advisory group an advisory terms-of-reference document is about; null in every other document. */
  group: AdvisoryScopeView | null;
  /** The party a signature page is for; null in every other document. */
  signaturePage: SignaturePageView | null;
  /** Empty here; the compose engine fills it from the spec's warnings when the spec is a draft. */
  drafting_notes: DraftingNoteGroup[];
}

/**
 * Build the view of a spec for one document.
 * @param spec a spec that has passed validation
 * @param kind the document being composed
 * @param scope the advisory group or signing member one instance of the document is about (instances.ts)
 * @param money how the document prints amounts; compose reads back which amounts with pence it printed
 */
export function buildView(
  spec: PartnershipSpec,
  kind: string,
  scope: InstanceScope = null,
  money: MoneyFormat = moneyFormat('with_pence'),
): View {
  const ctx = buildContext(spec, money);
  const document = buildDocument(ctx, kind);
  const advisoryGroups = buildAdvisoryGroups(ctx);
  const signatures = buildSignatures(ctx);
  const parties = buildParties(ctx);
  const governance = buildGovernance(ctx);
  return {
    kind,
    when: ctx.when,
    document,
    partnership: buildPartnership(ctx),
    term: buildTerm(ctx),
    parties,
    nonVoting: {
      consultees: spec.members.some((m) => m.partnership_role === 'consultee'),
      informedParties: spec.members.some((m) => m.partnership_role === 'informed_party'),
      any: spec.members.some((m) => m.partnership_role !== 'key_decision_maker'),
    },
    lead: buildLead(ctx),
    funders: buildFunders(ctx),
    relatedContract: buildRelatedContract(ctx),
    funderContract: buildFunderContract(ctx),
    contributions: buildContributions(ctx),
    stakeholders: buildStakeholders(ctx),
    governance,
    management: buildManagement(ctx),
    advisoryGroups,
    workAreas: buildWorkAreas(ctx),
    funding: buildFunding(ctx),
    allocations: buildAllocationTable(ctx),
    performance: buildPerformance(ctx),
    risk: buildRisk(ctx),
    safeguarding: buildSafeguarding(ctx),
    dataProtection: buildDataProtection(ctx),
    provisions: buildProvisions(ctx),
    change: buildChange(ctx),
    disputes: buildDisputes(ctx),
    general: buildGeneral(ctx),
    signatures,
    adherence: buildAdherence(),
    mou: buildMou(ctx),
    referrals: buildReferrals(ctx),
    dataSharing: buildDataSharing(ctx),
    termsOfReference: buildTermsOfReference(
      ctx,
      governance,
      `version ${document.version}, prepared on ${document.preparedDate}`,
    ),
    meetings: buildMeetings(ctx, advisoryGroups),
    group: scope?.type === 'group' ? buildAdvisoryScope(ctx, advisoryGroups, scope.id) : null,
    signaturePage: scope?.type === 'member' ? buildSignaturePage(ctx, signatures, parties, scope.id) : null,
    drafting_notes: [],
  };
}

export { CONDITIONS, evaluateConditions, type Condition, type ConditionName } from '../conditions.js';
