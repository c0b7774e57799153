/**
 * Which matters a binding agreement must reserve to the decision body (R17), per structure model.
 *
 * DOMAIN.md R17 names the same core list for every model, plus `change_allocations` when the
 * partnership is funded; keeping one row per model lets a lawyer tighten one model without code.
 */
import type { Partnership } from '../types.gen.js';

/** Structure models (`partnership.structure_model`), as the schema lists them. */
export type StructureModel = Partnership['structure_model'];

const CORE = [
  'vary_agreement',
  'admit_member',
  'expel_member',
  'change_lead_partner',
  'terminate_partnership',
] as const;

/** Matters a legally binding agreement should reserve, per structure model (W when missing). */
export const REQUIRED_RESERVED_MATTERS: Readonly<Record<StructureModel, readonly string[]>> = {
  informal_network: CORE,
  mou_only: CORE,
  lead_agency: CORE,
  managing_agent: CORE,
  managing_provider: CORE,
  constituted_consortium: CORE,
  joint_contract: CORE,
};

/** Matters a funded, binding agreement should also reserve. */
export const FUNDED_RESERVED_MATTERS: readonly string[] = ['change_allocations'];

/** Models in which one lead partner contracts with the funder (R04, R06, R17). */
export const LEAD_MODELS: ReadonlySet<string> = new Set<StructureModel>([
  'lead_agency',
  'managing_agent',
  'managing_provider',
]);

/** The `change_management` sections whose `decision` must be a reserved matter (R17). */
export const DECIDED_CHANGES = ['variation', 'admission', 'suspension', 'expulsion', 'change_of_lead_partner'] as const;
