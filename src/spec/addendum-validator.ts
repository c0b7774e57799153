/**
 * The generated addendum schema validator (`addendum-validator.gen.cjs`, compiled by ajv into
 * standalone code by `npm run gen`), the twin of schema-validator.ts for `kind: addendum_spec`.
 */
import validate from './addendum-validator.gen.cjs';
import type { SpecSchemaValidator } from './schema-validator.js';

/** The addendum schema validator. */
export function addendumValidator(): SpecSchemaValidator {
  return validate;
}
