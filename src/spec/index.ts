/**
 * The spec stage's public surface: read a partnership spec (YAML or JSON), check it against the
 * schema and the cross-field rules, and say where each problem is. Other stages import only this.
 */
export type { Diagnostic } from '../errors.js';
export type {
  PartnershipSpec,
  Address,
  AuthorisedSignatory,
  ChairRole,
  Duration,
  Frequency,
  Money,
  ReservedMatter,
  Threshold,
} from './types.gen.js';
export type { Finding, DraftingPoint } from './rules/finding.js';
export { NOTE_SUBJECTS } from './rules/finding.js';
export type { Locate, SourcePosition } from './locate.js';
export { loadSpec, validateSource, validateSpec, type ValidationResult } from './load.js';
export * from './tables/index.js';
export { starterSpec, STRUCTURE_MODELS, MAX_STARTER_MEMBERS, type StructureModel } from './starter/index.js';
export { resolveQuorum } from './quorum.js';
export { specSchema, type SchemaNode } from './schema/schema-document.js';
export {
  CALENDAR_DAYS_PER_UNIT,
  UNIT_WORDS,
  describeCount,
  describeDuration,
  toCalendarDays,
  type CountUnit,
  type DurationUnit,
} from './values/durations.js';
export {
  agreementStage,
  awardKind,
  hasFunderContract,
  isBinding,
  isFunded,
  isLeadModel,
  nationsWorkedIn,
  mainContractHoldsAllFunding,
  outerTiers,
  type AgreementStage,
  type OuterTiers,
} from './values/partnership.js';
export { listsDocument, type ListedDocument } from './values/documents.js';
export type {
  AddendumSpec,
  AddendumMeta,
  AddendumBase,
  AddendumDecision,
  AddendumSignatures,
  FunderConsent,
  ExpectedAfter,
  AdmitMemberOp,
  WithdrawMemberOp,
  ExpelMemberOp,
  SuspendMemberOp,
  ReinstateMemberOp,
  ChangeLeadPartnerOp,
  SetAllocationOp,
  SetContingencyOp,
  SetManagementFeeOp,
  SetTotalAmountOp,
  SetKpiTargetOp,
  SetMemberTargetOp,
  ExtendTermOp,
  ReplaceClauseOp,
  SetOp,
  UnsetOp,
  AddToListOp,
  RemoveFromListOp,
} from './addendum-types.gen.js';
export { loadAddendum, validateAddendumSource, type AddendumResult } from './addendum/load.js';
export { TO_COMPLETE } from './addendum/incomplete.js';
export { loadAnySpec, type AnyValidation } from './load-any.js';
export { toPence, penceOf, formatPounds, formatMoney, percentOf, sumPence, type MoneyStyle } from './values/money.js';
export { fieldPath } from './rules/pointer.js';
