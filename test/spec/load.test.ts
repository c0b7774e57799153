import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSpec, validateSpec } from '../../src/spec/index.js';

const dir = mkdtempSync(join(tmpdir(), 'partnership-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('load', () => {
  it('should turn a missing file into one io diagnostic at line 0', async () => {
    const path = join(dir, 'missing.yaml');
    const result = await loadSpec(path);
    expect(result.spec).toBeNull();
    expect(result.diagnostics).toEqual([
      {
        severity: 'error',
        code: 'io',
        message: `Cannot read \`${path}\`: no such file`,
        file: path,
        line: 0,
        column: 0,
        pointer: '',
      },
    ]);
  });

  it('should refuse a folder and an empty file with a one-line reason', async () => {
    expect((await loadSpec(dir)).diagnostics[0]?.message).toBe(
      `Cannot read \`${dir}\`: it is a folder, expected a spec file`,
    );
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, '');
    expect((await loadSpec(empty)).diagnostics).toMatchObject([
      { code: 'io', line: 0, message: `Cannot read \`${empty}\`: the file is empty` },
    ]);
  });

  it.skipIf(process.getuid?.() === 0)(
    'should report an unreadable file (skipped as root, who can read anything)',
    async () => {
      const locked = join(dir, 'locked.yaml');
      writeFileSync(locked, 'kind: partnership_spec\n');
      chmodSync(locked, 0o000);
      expect((await loadSpec(locked)).diagnostics[0]?.message).toBe(`Cannot read \`${locked}\`: permission denied`);
    },
  );

  it('should carry the file name into every diagnostic', async () => {
    const path = join(dir, 'spec.yaml');
    writeFileSync(path, 'kind: partnership_spec\nspec_version: "9.9"\n');
    const result = await loadSpec(path);
    expect(result.diagnostics.map((d) => d.file)).toEqual([path]);
  });

  it('should validate in-memory data without positions', () => {
    const result = validateSpec({ kind: 'partnership_spec', spec_version: '1.0' }, 'consolidated');
    expect(result.spec).toBeNull();
    expect(result.diagnostics[0]).toMatchObject({ code: 'required', file: 'consolidated', line: 0, column: 0 });
  });
});
