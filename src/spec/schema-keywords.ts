/**
 * The custom JSON Schema keywords of the partnership schema, registered with ajv.
 *
 * The schema is compiled twice, once by `scripts/gen-validator.mjs` into standalone code and once by
 * tests, so both must know the same keywords or ajv's strict mode rejects the schema. The keywords are
 * annotations: they change no validation result, they only label schema nodes for the rule engine.
 */
import type { Ajv, KeywordDefinition } from 'ajv';

/**
 * `x-rule`: the id of the DOMAIN.md §3.4 cross-field rule that a schema node expresses part of
 * (`"x-rule": "R28"`). An error raised inside that node reports the rule id as its code.
 */
export const X_RULE_KEYWORD: KeywordDefinition = {
  keyword: 'x-rule',
  schemaType: 'string',
  metaSchema: { type: 'string', pattern: '^R[0-9]{2}$' },
};

/**
 * `x-text-form`: the form a free-text value must have to read well where the documents set it.
 * `phrase`: inside a sentence or joined with others, so no full stop and no capital but a name's;
 * `sentences`: on its own, as one or more full sentences. Rule R80 warns at a value that plainly is not.
 */
export const X_TEXT_FORM_KEYWORD: KeywordDefinition = {
  keyword: 'x-text-form',
  schemaType: 'string',
  metaSchema: { enum: ['phrase', 'sentences'] },
};

/** Every custom keyword the partnership schema uses, in registration order. */
export const SCHEMA_KEYWORDS: readonly KeywordDefinition[] = [X_RULE_KEYWORD, X_TEXT_FORM_KEYWORD];

/**
 * Register the partnership schema's custom keywords on an ajv instance.
 * @param ajv the instance that will compile `schemas/partnership.schema.json`
 * @returns the same instance, for chaining
 */
export function addSchemaKeywords<T extends Ajv>(ajv: T): T {
  for (const definition of SCHEMA_KEYWORDS) {
    if (!ajv.getKeyword(definition.keyword as string)) ajv.addKeyword(definition);
  }
  return ajv;
}
