/**
 * Checks parsed spec data against the partnership JSON Schema and reports each problem once, located.
 *
 * The compiled (standalone ajv) validator does the checking; this module decides what a person
 * sees: `spec_version` first and alone when it is wrong, then one diagnostic per problem, coded with
 * the DOMAIN rule a schema node carries (`x-rule`) or else the keyword that failed.
 */
import type { Diagnostic } from '../errors.js';
import type { Locate, Locator } from './locate.js';
import { specValidator } from './schema-validator.js';
import { schemaDiagnostics } from './schema/reduce-errors.js';
import { specSchema } from './schema/schema-document.js';
import { checkSpecVersion } from './schema/spec-version.js';

/**
 * Schema diagnostics for `data`; empty when it conforms.
 * @param data the parsed spec (from `parseSource`)
 * @param locate pointer → line and column; a Locator also lets messages quote values as written
 * @param file the file as the user named it
 */
export function checkSchema(data: unknown, locate: Locate | Locator, file: string): Diagnostic[] {
  const validator = specValidator();
  // A conforming spec has a supported `spec_version` (the schema requires one from its enum), so the
  // schema document, needed only to explain problems, is read only when there are some.
  if (validator(data)) return [];
  const schema = specSchema();
  const sourceText = 'sourceText' in locate ? locate.sourceText : undefined;
  const version = checkSpecVersion(data, schema, locate, file, sourceText);
  if (version) return [version];
  const context = sourceText ? { schema, data, sourceText } : { schema, data };
  return schemaDiagnostics(validator.errors ?? [], context, locate, file);
}
