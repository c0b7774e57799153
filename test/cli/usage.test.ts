import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';

describe('partnership (usage)', () => {
  it('should exit 2 naming the problem for an unknown command', async () => {
    const result = await runCli('valdate', 'x.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('partnership --help');
  });

  it('should exit 2 for an unknown option', async () => {
    const result = await runCli('validate', 'fixtures/valid/referral-partnership.yaml', '--frail');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('frail');
  });

  it('should exit 2 for no command at all', async () => {
    expect((await runCli()).code).toBe(2);
  });

  it('should exit 2 for an unknown format, naming the known ones', async () => {
    const result = await runCli(
      'generate',
      'fixtures/valid/referral-partnership.yaml',
      '--format',
      'odt',
      '--out',
      'output/never',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('docx, pdf, txt');
    expect(existsSync('output/never')).toBe(false);
  });

  it('should teach through --help: commands, exit codes and a way to start', async () => {
    const result = await runCli('--help');
    expect(result.code).toBe(0);
    for (const word of ['validate', 'generate', 'init', 'schema', 'Exit codes', 'partnership init'])
      expect(result.stdout).toContain(word);
  });
});

describe('partnership schema', () => {
  it('should print the path of the schema that exists in the package', async () => {
    const result = await runCli('schema');
    const path = result.stdout.trim();
    expect(existsSync(path)).toBe(true);
    expect(result.stderr).toContain('yaml-language-server: $schema=');
  });

  it('should print the schema itself with --print', async () => {
    const result = await runCli('schema', '--print');
    const schema = JSON.parse(result.stdout);
    expect(schema.$id).toBe(JSON.parse(readFileSync('schemas/partnership.schema.json', 'utf8')).$id);
  });
});
