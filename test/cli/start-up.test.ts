import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

// The built CLI, as `npx partnership` runs it: these tests need `npm run build` (npm test does it first).
const DIST = join('dist', 'cli');
const node = (...args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8' });

describe('the built CLI starts from its code cache', () => {
  it('should name its build in the first line of the bundle and ship the cache made for that build', () => {
    const firstLine = readFileSync(join(DIST, 'partnership.cjs'), 'utf8').split('\n', 1)[0] ?? '';
    const id = /build ([0-9a-f]{16})/.exec(firstLine)?.[1];
    expect(id).toBeDefined();
    expect(existsSync(join(DIST, `partnership-${id}.v8cache`))).toBe(true);
  });

  it('should have its code cache accepted by the Node that built it (a rejected cache only costs time)', () => {
    // A plain child process: V8 refuses a cache made under other flags, and the test runner adds some.
    const probe = node(
      '-e',
      `process.stdout.write(String(require('./${DIST}/cli-bundle.cjs').loadCli().cacheRejected))`,
    );
    expect(probe.stderr).toBe('');
    expect(probe.stdout).toBe('false');
  });

  it('should ship the generate chunk with a code cache its Node accepts', () => {
    const probe = node(
      '-e',
      `process.stdout.write(String(require('./${DIST}/cli-bundle.cjs').loadBundle('generate').cacheRejected))`,
    );
    expect(probe.stderr).toBe('');
    expect(probe.stdout).toBe('false');
  });

  it.each([
    ['a valid spec', ['validate', 'fixtures/valid/whec-strategic-consortium.yaml']],
    ['a spec breaking a rule', ['validate', 'fixtures/invalid/R28-fee-does-not-match-rate.yaml']],
    ['a spec with a warning, as JSON', ['validate', '--json', 'fixtures/warnings/R07-trust-as-accountable-body.yaml']],
    ['a YAML syntax error', ['validate', 'fixtures/invalid/syntax-tab-indentation.yaml']],
    ['explain', ['explain', 'fixtures/valid/referral-partnership.yaml']],
    ['init', ['init', '--model', 'lead_agency', '--members', '3']],
    ['schema', ['schema']],
    ['help', ['--help']],
    ['an unknown command', ['bogus']],
    // An input error thrown inside the generate chunk is still an input error (exit 1), not a bug (exit 70).
    [
      'generate with a missing templates folder',
      ['generate', 'fixtures/valid/whec-strategic-consortium.yaml', '--templates', 'no-such-folder', '--dry-run'],
    ],
  ])('should answer %s from the built bundle exactly as from the source', async (_name, args) => {
    const built = node(join(DIST, 'bin.cjs'), ...args);
    const source = await runCli(...args);
    expect({ code: built.status, stdout: built.stdout, stderr: built.stderr }).toEqual({
      code: source.code,
      stdout: source.stdout,
      stderr: source.stderr,
    });
  });
});

describe('the build compiles the built-in templates', () => {
  it('should ship a precompiled spec for every built-in template and partial, keyed by its source', async () => {
    const { PRECOMPILED_TEMPLATES } = (await import('../../dist/compose/precompiled-templates.js')) as {
      PRECOMPILED_TEMPLATES: Record<string, object>;
    };
    const files = (readdirSync('templates', { recursive: true }) as string[]).filter((f) => f.endsWith('.md.hbs'));
    const keys = files.map((f) =>
      createHash('sha256')
        .update(readFileSync(join('templates', f), 'utf8'))
        .digest('hex'),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(Object.keys(PRECOMPILED_TEMPLATES).sort()).toEqual([...new Set(keys)].sort());
  });
});
