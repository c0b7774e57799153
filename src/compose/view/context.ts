/**
 * What every part of the view is built from: the spec, the names it gives, its jurisdiction's facts
 * and the evaluated conditions.
 */
import type { PartnershipSpec } from '../../spec/index.js';
import { JURISDICTIONS, type Jurisdiction } from '../../spec/index.js';
import { evaluateConditions, type ConditionName } from '../conditions.js';
import { moneyFormat, type MoneyFormat } from './money.js';
import { buildNames, type Names } from './names.js';

/** The inputs shared by the view's parts. */
export interface ViewContext {
  spec: PartnershipSpec;
  names: Names;
  law: Jurisdiction;
  when: Record<ConditionName, boolean>;
  /** How this document prints amounts. */
  money: MoneyFormat;
}

/**
 * Gather the context for one spec.
 * @param spec a valid partnership spec
 * @param money how the document prints amounts (default: with pence)
 */
export function buildContext(spec: PartnershipSpec, money: MoneyFormat = moneyFormat('with_pence')): ViewContext {
  return {
    spec,
    names: buildNames(spec),
    law: JURISDICTIONS[spec.partnership.governing_law],
    when: evaluateConditions(spec),
    money,
  };
}
