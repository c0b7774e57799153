/**
 * The valid fixture specs, each read and validated through the spec stage, for the view and
 * condition tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateSource, type PartnershipSpec } from '../../../src/spec/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const VALID = join(here, '../../../fixtures/valid');

/** Every valid fixture, by file name. */
export function validSpecs(): [string, PartnershipSpec][] {
  return readdirSync(VALID)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((name) => [name, validSpec(name)]);
}

/**
 * One valid fixture, freshly read.
 * @param name file name under fixtures/valid
 */
export function validSpec(name: string): PartnershipSpec {
  const file = join(VALID, name);
  const result = validateSource(readFileSync(file, 'utf8'), file);
  if (!result.spec)
    throw new Error(`fixture ${name} is not valid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.spec;
}
