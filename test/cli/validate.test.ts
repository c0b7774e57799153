import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

const valid = readdirSync('fixtures/valid')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => join('fixtures/valid', f));
const invalid = readdirSync('fixtures/invalid')
  .filter((f) => !f.endsWith('.expected.json'))
  .map((f) => join('fixtures/invalid', f));
const warnings = readdirSync('fixtures/warnings')
  .filter((f) => !f.endsWith('.expected.json'))
  .map((f) => join('fixtures/warnings', f));
const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$/m;

describe('partnership validate', () => {
  it('should exit 0 for every valid fixture, together', async () => {
    const result = await runCli('validate', ...valid);
    expect(result.stderr).toContain(`${valid.length} specs valid: 0 errors, 0 warnings`);
    expect(result.code).toBe(0);
  });

  it.each(invalid)('should exit 1 with a located diagnostic and no stack trace for %s', async (file) => {
    const result = await runCli('validate', file);
    expect(result.code).toBe(1);
    const escaped = file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Empty files have no position to give; everything else is located.
    const located = new RegExp(`^${escaped}(:\\d+:\\d+)?  error  \\S+  .+`, 'm');
    expect(result.stderr).toMatch(located);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.each(warnings)('should pass %s, and fail it with --strict', async (file) => {
    const lenient = await runCli('validate', file);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toMatch(/ {2}warning {2}(R\d\d|pdf-glyph) {2}/);
    const strict = await runCli('validate', '--strict', file);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('--strict');
  });

  it('should print diagnostics as JSON with --json', async () => {
    const result = await runCli('validate', '--json', 'fixtures/invalid/schema-wrong-enum.yaml');
    const report = JSON.parse(result.stdout);
    expect(report.valid).toBe(false);
    expect(report.files[0].diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'enum',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(result.code).toBe(1);
  });

  it('should give one clear line for a missing file, a folder and an empty file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-validate-'));
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    for (const file of [join(dir, 'missing.yaml'), dir, empty]) {
      const result = await runCli('validate', file);
      expect(result.code).toBe(1);
      expect(result.stderr.split('\n')[0]).toMatch(/error {2}\S+ {2}Cannot read/);
      expect(result.stderr).not.toMatch(STACK_LINE);
    }
  });
});
