/**
 * The view model: everything a template shows, derived from the spec and formatted once, so that
 * templates never compute (no sums, dates, labels or joins in Handlebars).
 *
 * Every optional value is present as null, [] or false, because templates run in strict mode and
 * `{{#if}}` must never meet a missing key. `when` holds the named conditions (compose/conditions.ts).
 */
import type { DocumentKind } from '../../model/types.js';
import type { PartnershipSpec } from '../../spec/index.js';
import type { ConditionName } from '../conditions.js';
import { buildAllocationTable, type AllocationTableView } from './allocations.js';
import { buildAdvisoryGroups, type AdvisoryGroupView } from './consultation.js';
import { buildChange, type ChangeView } from './change.js';
import { buildContext } from './context.js';
import { buildDataProtection, type DataProtectionView } from './data-protection.js';
import { buildDisputes, type DisputesView } from './disputes.js';
import { buildDocument, type DocumentView } from './document.js';
import { buildFunders, buildRelatedContract, type FunderView, type RelatedContractView } from './funders.js';
import { buildFunding, type FundingView } from './funding.js';
import { buildGeneral, type GeneralView } from './general.js';
import { buildGovernance, type GovernanceView } from './governance.js';
import { buildLead, type LeadView } from './lead.js';
import { buildManagement, type ManagementView } from './management.js';
import { buildContributions, buildStakeholders, type ContributionView, type StakeholderView } from './membership.js';
import { buildParties, type PartyView } from './parties.js';
import { buildPerformance, type PerformanceView } from './performance.js';
import { buildProvisions, type ProvisionsView } from './provisions.js';
import { buildPartnership, type PartnershipView } from './purpose.js';
import { buildRisk, type RiskManagementView } from './risk.js';
import { buildSafeguarding, type SafeguardingView } from './safeguarding.js';
import { buildSignatures, type SignatureView } from './signatures.js';
import { buildTerm, type TermView } from './term.js';
import { buildWorkAreas, type WorkAreaView } from './work-areas.js';

/** A drafting note shown at the end of a draft (filled in by the compose engine from warnings). */
export interface DraftingNote {
  code: string;
  message: string;
  /** Where in the spec: "file:line" or a field path. */
  where: string;
}

/** What templates see. */
export interface View {
  kind: DocumentKind;
  /** The named conditions, one boolean each. */
  when: Record<ConditionName, boolean>;
  document: DocumentView;
  partnership: PartnershipView;
  term: TermView;
  parties: PartyView[];
  lead: LeadView | null;
  funders: FunderView[];
  relatedContract: RelatedContractView | null;
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
  /** Empty here; the compose engine fills it from the spec's warnings when the spec is a draft. */
  drafting_notes: DraftingNote[];
}

/**
 * Build the view of a spec for one document.
 * @param spec a spec that has passed validation
 * @param kind the document being composed
 */
export function buildView(spec: PartnershipSpec, kind: DocumentKind): View {
  const ctx = buildContext(spec);
  return {
    kind,
    when: ctx.when,
    document: buildDocument(ctx, kind),
    partnership: buildPartnership(ctx),
    term: buildTerm(ctx),
    parties: buildParties(ctx),
    lead: buildLead(ctx),
    funders: buildFunders(ctx),
    relatedContract: buildRelatedContract(ctx),
    contributions: buildContributions(ctx),
    stakeholders: buildStakeholders(ctx),
    governance: buildGovernance(ctx),
    management: buildManagement(ctx),
    advisoryGroups: buildAdvisoryGroups(ctx),
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
    signatures: buildSignatures(ctx),
    drafting_notes: [],
  };
}

export { CONDITIONS, evaluateConditions, type Condition, type ConditionName } from '../conditions.js';
