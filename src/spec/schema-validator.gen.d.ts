// Generated from schemas/partnership.schema.json by `npm run gen`; do not edit.
import type { ErrorObject } from 'ajv';

/** A compiled validator: true when the data conforms; the errors of the last call are left on it. */
export interface SpecSchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Checks parsed spec data against the partnership schema (all errors, not just the first). */
declare const validate: SpecSchemaValidator;
export { validate };
export default validate;
