import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

// Names from a spec reach the terminal in messages: none may carry a raw escape sequence or an
// invisible character, and an overlong key is shortened so the message stays readable.
const dir = mkdtempSync(join(tmpdir(), 'partnership-terminal-'));
const SOURCE = readFileSync('fixtures/valid/whec-strategic-consortium.yaml', 'utf8');

let written = 0;

/** The fixture with one unknown top-level key, written to a file. */
function specWithExtraKey(key: string): string {
  written += 1;
  const file = join(dir, `spec-${written}.yaml`);
  writeFileSync(file, SOURCE.replace('kind: partnership_spec', `kind: partnership_spec\n${JSON.stringify(key)}: 1`));
  return file;
}

describe('text printed to the terminal', () => {
  it('should escape an escape sequence in an unknown key instead of printing it raw', async () => {
    const result = await runCli('validate', specWithExtraKey('x\u001b[2J\u001b]0;pwned\u0007y'));
    expect(result.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- the point is that no control character is printed
    expect(result.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('should escape bidi controls and shorten an overlong key in the message', async () => {
    const key = `k${'x'.repeat(10_000)}`;
    const result = await runCli('validate', specWithExtraKey(key));
    expect(result.code).toBe(1);
    expect(result.stderr.length).toBeLessThan(2000);
    expect(result.stderr).toMatch(/x…\(\d+ more\)…x/);
    const bidi = await runCli('validate', specWithExtraKey('a\u202eb'));
    expect(bidi.stderr).not.toContain('\u202e');
    expect(bidi.stderr).toContain('\\u{202E}');
  });
});

describe('usage errors', () => {
  it('should report --members abc as a usage error that shows what was typed, not NaN', async () => {
    const result = await runCli('init', '--members', 'abc');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Cannot make a starter with --members "abc": expected a whole number');
    expect(result.stderr).not.toContain('NaN');
  });
});
