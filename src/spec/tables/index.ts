/**
 * The data tables behind the cross-field rules and the templates' view model: jurisdictions,
 * legal forms, regulators, thresholds, reserved matters, frequencies, data-protection
 * conditions, funder types and KPI units. Other stages read them through this file.
 */

export {
  JURISDICTIONS,
  REGULATOR_NAMES,
  VETTING_SCHEME_NAMES,
  type Jurisdiction,
  type Law,
  type Nation,
  type Regulator,
  type VettingScheme,
} from './jurisdictions.js';
export { EXECUTION_FORMS, executionForm, type ExecutionForm, type SignatureForm } from './execution-forms.js';
export { LEGAL_FORMS, legalFormFacts, type Identifier, type LegalForm, type LegalFormFacts } from './legal-forms.js';
export { CHARITY_NUMBER_FORMATS, COUNTRY_LAW, REGULATOR_LAW, type CharityNumberFormat } from './regulators.js';
export {
  CONSENSUS_FALLBACK_RANK,
  THRESHOLD_RANK,
  THRESHOLD_WORDS,
  UNANIMOUS_THRESHOLDS,
  VOTING_METHOD_RANK,
  type Threshold,
} from './thresholds.js';
export {
  DECIDED_CHANGES,
  FUNDED_RESERVED_MATTERS,
  LEAD_MODELS,
  REQUIRED_RESERVED_MATTERS,
  type StructureModel,
} from './reserved-matters.js';
export { NAME_ARTICLE_PATTERNS, nameTakesArticle } from './name-articles.js';
export { MAX_PER_YEAR, PAYMENT_CYCLE, isRegularFrequency, moreOftenThan } from './frequencies.js';
export {
  ART9_NEEDING_SCH1,
  CRIMINAL_OFFENCE_DATA,
  HOURS_ICO_DEADLINE,
  HOURS_RECOMMENDED_PARTNER_NOTICE,
  SCH1_PART2_PARAGRAPHS,
  SPECIAL_CATEGORY_DATA,
  sch1Paragraph,
} from './data-protection-conditions.js';
export { CONTRACT_AGREEMENTS, PUBLIC_AUTHORITY_FUNDERS } from './funders.js';
export { NON_ADDITIVE_UNITS, PERCENT_UNITS, isCountUnit, isPercentUnit } from './kpi-units.js';
export { DEFINED_TERMS, definedTermClash } from './defined-terms.js';
export { KEPT_CHARACTERS, REFUSED_CHARACTERS, describeCodePoint, type RefusedCharacterClass } from './characters.js';
