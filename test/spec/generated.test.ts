/**
 * Guards the generated spec files: the Spec types and the standalone validator must be exactly what
 * `npm run gen` makes from the schema now, so the schema stays the one source of truth.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Run a generator script with `--check`: it exits 1 and names the file when that file is stale. */
function check(script: string): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), '--check'], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: result.status, stderr: result.stderr };
}

describe('generated spec files', () => {
  it('should have src/spec/types.gen.ts match the schema (run `npm run gen` if not)', () => {
    expect(check('gen-types.mjs')).toEqual({ status: 0, stderr: '' });
  });

  it('should have src/spec/schema-validator.gen.cjs match the schema (run `npm run gen` if not)', () => {
    expect(check('gen-validator.mjs')).toEqual({ status: 0, stderr: '' });
  });

  it("should have src/spec/tables/font-coverage.gen.ts match the bundled font's characters", () => {
    expect(check('gen-font-coverage.mjs')).toEqual({ status: 0, stderr: '' });
  });

  it("should have src/writers/pdf/font-metrics.gen.ts match fontkit's reading of the bundled font", () => {
    expect(check('gen-font-metrics.mjs')).toEqual({ status: 0, stderr: '' });
  });
});
