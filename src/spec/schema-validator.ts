/**
 * The generated schema validator (`schema-validator.gen.cjs`, the schema compiled by ajv into
 * standalone code by `npm run gen`), so loading a spec never compiles the schema at run time.
 *
 * It is CommonJS because ajv's standalone output is; the CLI bundle carries it with a V8 code cache
 * (src/cli/cli-bundle.cts), which is what makes a cold `partnership validate` fast.
 */
import validate from './schema-validator.gen.cjs';

/** A compiled validator: true when the data conforms; the errors of the last call are left on it. */
export type SpecSchemaValidator = typeof validate;

/** The schema validator. */
export function specValidator(): SpecSchemaValidator {
  return validate;
}
