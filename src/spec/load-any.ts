/**
 * Validating a file whatever it holds: a partnership spec or an addendum spec, told apart by its
 * `kind` (a file without a recognisable kind is checked as a partnership spec, whose schema then
 * says what `kind` must be).
 */
import type { Diagnostic } from '../errors.js';
import { validateAddendumSource } from './addendum/load.js';
import { ioProblem, validateSource } from './load.js';
import { readSpecFile } from './read-spec-file.js';

/** The kind of spec a file was checked as, and what was found. */
export interface AnyValidation {
  kind: 'partnership_spec' | 'addendum_spec';
  diagnostics: Diagnostic[];
}

/** True when the text declares `kind: addendum_spec` at the top level (YAML or JSON). */
function declaresAddendum(text: string): boolean {
  return /^(?:kind\s*:\s*["']?addendum_spec["']?\s*(?:#.*)?$|\s*"kind"\s*:\s*"addendum_spec")/m.test(text);
}

/**
 * Reads and validates a partnership spec or an addendum spec.
 * @param path the file (.yaml, .yml or .json)
 */
export async function loadAnySpec(path: string): Promise<AnyValidation> {
  // Read once, bounded as every spec is (a device, a FIFO or a huge file is refused, never read forever).
  const read = readSpecFile(path);
  if (!read.ok) return { kind: 'partnership_spec', diagnostics: ioProblem(path, read.reason).diagnostics };
  const bytes = read.bytes;
  if (bytes.length === 0)
    return { kind: 'partnership_spec', diagnostics: ioProblem(path, 'the file is empty').diagnostics };
  if (declaresAddendum(Buffer.from(bytes).toString('utf8'))) {
    return { kind: 'addendum_spec', diagnostics: validateAddendumSource(bytes, path).diagnostics };
  }
  return { kind: 'partnership_spec', diagnostics: validateSource(bytes, path).diagnostics };
}
