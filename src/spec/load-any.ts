/**
 * Validating a file whatever it holds: a partnership spec or an addendum spec, told apart by its
 * `kind` (a file without a recognisable kind is checked as a partnership spec, whose schema then
 * says what `kind` must be).
 */
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../errors.js';
import { validateAddendumSource } from './addendum/load.js';
import { loadSpec } from './load.js';

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
  let bytes: Buffer | undefined;
  try {
    bytes = readFileSync(path);
  } catch {
    // loadSpec reports why the file cannot be read
  }
  if (bytes !== undefined && bytes.length > 0 && declaresAddendum(bytes.toString('utf8'))) {
    return { kind: 'addendum_spec', diagnostics: validateAddendumSource(bytes, path).diagnostics };
  }
  return { kind: 'partnership_spec', diagnostics: (await loadSpec(path)).diagnostics };
}
