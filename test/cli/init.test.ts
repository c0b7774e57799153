import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRUCTURE_MODELS } from '../../src/spec/index.js';
import { runCli } from '../support/run-cli.js';

const MODELS = [
  'informal_network',
  'mou_only',
  'lead_agency',
  'managing_agent',
  'managing_provider',
  'constituted_consortium',
  'joint_contract',
];
const dir = mkdtempSync(join(tmpdir(), 'pd-init-'));

describe('partnership init', () => {
  it.each(MODELS.flatMap((model) => [2, 7].map((members) => [model, members] as const)))(
    'should write a %s starter with %i members that validates without warnings',
    async (model, members) => {
      const out = join(dir, `${model}-${members}.yaml`);
      const made = await runCli('init', '--model', model, '--members', String(members), '--out', out);
      expect(made.code).toBe(0);
      const checked = await runCli('validate', '--strict', out);
      expect(checked.stderr).toContain('1 spec valid: 0 errors, 0 warnings');
      expect(checked.code).toBe(0);
    },
  );

  it('should offer exactly the structure models the starters cover', async () => {
    expect([...MODELS].sort()).toEqual([...STRUCTURE_MODELS].sort());
    const help = await runCli('init', '--help');
    for (const model of STRUCTURE_MODELS) expect(help.stdout).toContain(`"${model}"`);
  });

  it('should mark the values to replace and point editors at the schema', async () => {
    const result = await runCli('init', '--model', 'lead_agency');
    expect(result.stdout).toMatch(/^# yaml-language-server: \$schema=.+partnership\.schema\.json$/m);
    expect(result.stdout).toMatch(/legal_name: .+ # example: replace/);
  });

  it('should say beside a free-text example the form its field wants', async () => {
    const result = await runCli('init', '--model', 'managing_provider');
    expect(result.stdout).toMatch(
      /trigger: below .+ # example: replace \(a phrase: lower-case unless a name, no full stop\)$/m,
    );
    expect(result.stdout).toMatch(
      /- [a-z][^.\n]+ # example: replace \(a phrase: lower-case unless a name, no full stop\)$/m,
    );
  });

  it('should refuse to overwrite a file without --force', async () => {
    const out = join(dir, 'existing.yaml');
    writeFileSync(out, 'keep me');
    const result = await runCli('init', '--out', out);
    expect(result.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });

  it('should refuse fewer than two members as a usage error', async () => {
    const result = await runCli('init', '--members', '1');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('at least two organisations');
  });
});
