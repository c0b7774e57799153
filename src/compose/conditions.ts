/**
 * The named conditions of the document outlines (DOMAIN §2): every [C] and [O] test as one predicate
 * over the spec, in one table.
 *
 * Templates branch only on these (`{{#if when.funded}}`), never on ad hoc tests, so what makes a
 * section appear is stated once, with the spec fields it reads (`fields`, checked by the tests) and a
 * sentence a reviewer can check against the outline.
 */
import type { PartnershipSpec } from '../spec/index.js';
import type { Condition } from './conditions/condition.js';
import { DELIVERY_CONDITIONS } from './conditions/delivery.js';
import { DOCUMENT_CONDITIONS } from './conditions/document.js';
import { DOCUMENT_SET_CONDITIONS } from './conditions/document-set.js';
import { GOVERNANCE_CONDITIONS } from './conditions/governance.js';
import { PACK_CONDITIONS } from './conditions/pack.js';
import { PROVISIONS_CONDITIONS } from './conditions/provisions.js';

export type { Condition } from './conditions/condition.js';

/** Every condition, by the name templates use under `when.` (one table, kept in outline order). */
export const CONDITIONS = {
  ...DOCUMENT_CONDITIONS,
  ...GOVERNANCE_CONDITIONS,
  ...DELIVERY_CONDITIONS,
  ...PROVISIONS_CONDITIONS,
  ...DOCUMENT_SET_CONDITIONS,
  ...PACK_CONDITIONS,
} satisfies Record<string, Condition>;

/** The name of a condition, as templates write it after `when.`. */
export type ConditionName = keyof typeof CONDITIONS;

/**
 * Evaluate every condition for a spec.
 * @param spec a valid partnership spec
 * @returns one boolean per condition name
 */
export function evaluateConditions(spec: PartnershipSpec): Record<ConditionName, boolean> {
  const out = {} as Record<ConditionName, boolean>;
  for (const name of Object.keys(CONDITIONS) as ConditionName[]) out[name] = CONDITIONS[name].predicate(spec);
  return out;
}
