/**
 * Checks parsed data against a JSON Schema (the partnership spec's, or the addendum's) and reports each
 * problem once, located.
 *
 * The compiled (standalone ajv) validator does the checking; this module decides what a person
 * sees: `spec_version` first and alone when it is wrong, then one diagnostic per problem, coded with
 * the DOMAIN rule a schema node carries (`x-rule`) or else the keyword that failed.
 */
import type { Diagnostic } from '../errors.js';
import type { Locate, Locator } from './locate.js';
import { specValidator, type SpecSchemaValidator } from './schema-validator.js';
import { schemaDiagnostics } from './schema/reduce-errors.js';
import { specSchema, type SchemaNode } from './schema/schema-document.js';
import { checkSpecVersion } from './schema/spec-version.js';

/** A schema and its compiled validator; the schema document is read only to explain problems. */
export interface SchemaKit {
  validator: () => SpecSchemaValidator;
  schema: () => SchemaNode;
}

const PARTNERSHIP: SchemaKit = { validator: specValidator, schema: specSchema };

/**
 * Schema diagnostics for `data`; empty when it conforms.
 * @param data the parsed file (from `parseSource`)
 * @param locate pointer → line and column; a Locator also lets messages quote values as written
 * @param file the file as the user named it
 * @param kit the schema to check against (default: the partnership spec's)
 */
export function checkSchema(
  data: unknown,
  locate: Locate | Locator,
  file: string,
  kit: SchemaKit = PARTNERSHIP,
): Diagnostic[] {
  const validator = kit.validator();
  // A conforming file has a supported `spec_version` (the schema requires one from its enum), so the
  // schema document, needed only to explain problems, is read only when there are some.
  if (validator(data)) return [];
  const schema = kit.schema();
  const sourceText = 'sourceText' in locate ? locate.sourceText : undefined;
  const version = checkSpecVersion(data, schema, locate, file, sourceText);
  if (version) return [version];
  const context = sourceText ? { schema, data, sourceText } : { schema, data };
  return schemaDiagnostics(validator.errors ?? [], context, locate, file);
}
