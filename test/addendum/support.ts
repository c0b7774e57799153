import { readFileSync } from 'node:fs';
import { applyAddendum } from '../../src/addendum/index.js';
import type { Diagnostic } from '../../src/errors.js';
import { loadAddendum, loadSpec, validateSource, type PartnershipSpec } from '../../src/spec/index.js';

export const WHEC = 'fixtures/valid/whec-strategic-consortium.yaml';
export const CHAIN = 'fixtures/addenda/chain';

/** Every diagnostic of reading `addendum` and applying it to `base`, and the consolidated spec. */
export async function applyFiles(
  base: string | PartnershipSpec,
  addendum: string,
): Promise<{ diagnostics: Diagnostic[]; consolidated: PartnershipSpec | null }> {
  const spec = typeof base === 'string' ? (await loadSpec(base)).spec : base;
  if (!spec) throw new Error(`base ${String(base)} is invalid`);
  const read = loadAddendum(addendum);
  if (!read.addendum) return { diagnostics: read.diagnostics, consolidated: null };
  const applied = applyAddendum(read.addendum, spec, { file: addendum, locate: read.locate });
  return { diagnostics: [...read.diagnostics, ...applied.diagnostics], consolidated: applied.consolidated };
}

/** A spec file's data, validated (throws when invalid). */
export function specOf(path: string): PartnershipSpec {
  const result = validateSource(readFileSync(path), path);
  if (!result.spec) throw new Error(`${path}: ${JSON.stringify(result.diagnostics)}`);
  return result.spec;
}
