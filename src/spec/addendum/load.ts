/**
 * Reading an addendum spec (`kind: addendum_spec`): the same parse, positions and schema diagnostics
 * as a partnership spec, against the addendum schema. What needs the base spec (R48) is checked where
 * the addendum is applied; here only the file itself is judged, including the fields a drafted
 * addendum left for the partners to complete.
 */
import { hasErrors, type Diagnostic } from '../../errors.js';
import type { AddendumSpec } from '../addendum-types.gen.js';
import { addendumValidator } from '../addendum-validator.js';
import { byPlace, ioProblem } from '../load.js';
import { createLazyLocator, type Locate } from '../locate.js';
import { parseSource } from '../parse.js';
import { readSpecFile } from '../read-spec-file.js';
import { checkSchema } from '../schema.js';
import { addendumSchema } from '../schema/schema-document.js';
import { incompleteFields } from './incomplete.js';

/** What reading an addendum gives: the addendum when it is valid, every problem, and where a pointer sits. */
export interface AddendumResult {
  /** The addendum, only when no diagnostic is an error. */
  addendum: AddendumSpec | null;
  diagnostics: Diagnostic[];
  locate: Locate;
}

const KIT = { validator: addendumValidator, schema: addendumSchema };

/**
 * Validates an addendum held in memory.
 * @param source the file contents
 * @param file the file as the user named it: `.json` selects strict JSON, anything else YAML
 */
export function validateAddendumSource(source: Uint8Array | string, file: string): AddendumResult {
  const parsed = parseSource(source, file);
  const locate = createLazyLocator(parsed);
  if (hasErrors(parsed.diagnostics)) return { addendum: null, diagnostics: byPlace(parsed.diagnostics), locate };
  const incomplete = incompleteFields(parsed.data, locate, file);
  const left = new Set(incomplete.map((d) => d.pointer));
  // A field still to complete holds a marker the schema rejects; saying so twice would only confuse.
  const schema = checkSchema(parsed.data, locate, file, KIT).filter((d) => !left.has(d.pointer));
  const diagnostics = byPlace([...parsed.diagnostics, ...incomplete, ...schema]);
  const addendum = hasErrors(diagnostics) ? null : (parsed.data as AddendumSpec);
  return { addendum, diagnostics, locate };
}

/**
 * Reads and validates an addendum file. Never rejects for a bad file: a missing, unreadable or empty
 * file is one `io` diagnostic at line 0.
 * @param path the addendum file (.yaml, .yml or .json)
 */
export function loadAddendum(path: string): AddendumResult {
  // Bounded as every spec is: a device, a FIFO or a huge file is refused, never read for ever.
  const read = readSpecFile(path);
  if (!read.ok) return asAddendum(ioProblem(path, read.reason));
  if (read.bytes.length === 0) return asAddendum(ioProblem(path, 'the file is empty'));
  return validateAddendumSource(read.bytes, path);
}

function asAddendum(result: { diagnostics: Diagnostic[]; locate: Locate }): AddendumResult {
  return { addendum: null, diagnostics: result.diagnostics, locate: result.locate };
}
