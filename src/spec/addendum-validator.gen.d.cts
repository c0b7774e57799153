// Types of addendum-validator.gen.cjs. Written by hand: ajv's standalone output is JavaScript only, and its
// shape (a function leaving its errors on itself) does not change with the schema.
import type { ErrorObject } from 'ajv';

declare const validate: {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
};
export = validate;
