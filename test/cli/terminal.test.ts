import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshFolder } from '../batch/spec-folder.js';

const INVALID = 'fixtures/invalid/R14-quorum-above-seats.yaml';
const ESC = '\u001b[';

/** Run the built CLI with `env` added to a copy of this process's, without either colour variable. */
function cli(args: string[], env: Record<string, string> = {}, input?: string) {
  const base = { ...process.env };
  delete base.NO_COLOR;
  delete base.FORCE_COLOR;
  return spawnSync(process.execPath, ['dist/cli/bin.cjs', ...args], {
    env: { ...base, ...env },
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
}

describe('the command line in a terminal and a pipe', () => {
  it('should colour severities only when FORCE_COLOR asks, since a pipe is not a terminal', () => {
    expect(cli(['validate', INVALID]).stderr).not.toContain(ESC);
    const forced = cli(['validate', INVALID], { FORCE_COLOR: '1' });
    expect(forced.stderr).toContain(`${ESC}31merror`);
    expect(cli(['validate', INVALID], { FORCE_COLOR: '0' }).stderr).not.toContain(ESC);
  });

  it('should print its own version, from its package.json', () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const printed = spawnSync(process.execPath, [join(process.cwd(), 'dist/cli/bin.cjs'), '--version'], {
      cwd: freshFolder('version'),
      encoding: 'utf8',
    });
    expect(printed.stdout.trim()).toBe(version);
  });

  it('should read one spec from standard input for -', () => {
    const out = freshFolder('stdin');
    const spec = readFileSync('fixtures/valid/whec-strategic-consortium.yaml', 'utf8');
    const result = cli(
      ['generate', '-', '--out', out, '--documents', 'partnership_agreement', '--format', 'txt'],
      {},
      spec,
    );
    expect(result.status).toBe(0);
    expect(readdirSync(join(out, 'whec', '1.0.0'))).toEqual(['partnership-agreement.txt']);
  });

  it('should print a completion script that names the commands', () => {
    const result = cli(['completion']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('partnership --get-yargs-completions');
    expect(cli(['--get-yargs-completions', 'gen']).stdout).toContain('generate');
  });

  it('should explain the completion command with --help rather than print the script', () => {
    const result = cli(['completion', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('partnership completion >> ~/.bashrc');
    expect(result.stdout).not.toContain('--get-yargs-completions');
  });
});
