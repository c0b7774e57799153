import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { QUICK, freshFolder, specFolder, specWithId } from './spec-folder.js';

interface ManifestJson {
  packs: { spec_id: string; files: string[] }[];
  files: { path: string; spec: { path: string; sha256: string }; sha256: string; size: number; format: string }[];
  failures: { spec: { path: string }; diagnostics: { code: string }[] }[];
}
const manifestOf = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as ManifestJson;

/** Every file under `dir` with its inode and modification time. */
function snapshot(dir: string): Map<string, string> {
  const seen = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const s = statSync(path);
    seen.set(path, `${s.ino}:${s.mtimeMs}`);
  }
  return seen;
}

describe('partnership generate, as a batch', () => {
  it('should write the valid packs, report the invalid spec and exit 3', async () => {
    const specs = specFolder('mixed', 3);
    copyFileSync('fixtures/invalid/R14-quorum-above-seats.yaml', join(specs, 'broken.yaml'));
    const out = freshFolder('mixed-out');
    const result = await runCli('generate', specs, '--out', out, ...QUICK, '--jobs', '2');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/broken\.yaml:\d+:\d+ {2}error {2}R14/);
    expect(result.stderr).toContain('broken.yaml: nothing written');
    expect(result.stderr).toMatch(/4 specs: 3 written, 0 unchanged, 1 failed/);
    for (const id of ['pack-1', 'pack-2', 'pack-3']) {
      expect(readdirSync(join(out, id, '1.0.0'))).toEqual(['partnership-agreement.txt']);
    }
    const manifest = manifestOf(out);
    expect(manifest.packs.map((p) => p.spec_id)).toEqual(['pack-1', 'pack-2', 'pack-3']);
    expect(manifest.failures).toHaveLength(1);
    expect(manifest.failures[0]!.spec.path).toMatch(/broken\.yaml$/);
    expect(manifest.failures[0]!.diagnostics[0]!.code).toBe('R14');
    const file = manifest.files.find((f) => f.path === 'pack-2/1.0.0/partnership-agreement.txt')!;
    expect(file.size).toBe(statSync(join(out, file.path)).size);
    expect(file.spec.path).toMatch(/spec-2\.yaml$/);
  });

  it('should print no warning from Node itself on a batch of more specs than Node allows listeners by default', () => {
    // The built CLI in a process of its own: Node writes its warnings to the process's standard error.
    const out = freshFolder('many-out');
    const args = ['generate', specFolder('many', 12), '--out', out, ...QUICK, '--jobs', '2'];
    const result = spawnSync(process.execPath, ['dist/cli/bin.cjs', ...args], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/Warning|\(node:\d+\)/);
    expect(result.stderr).toMatch(/12 specs: 12 written/);
  });

  it('should exit 1 when every spec is invalid', async () => {
    const out = freshFolder('all-invalid');
    const result = await runCli(
      'generate',
      'fixtures/invalid/R14-quorum-above-seats.yaml',
      'fixtures/invalid/schema-wrong-enum.yaml',
      '--out',
      out,
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/2 specs: 0 written, 0 unchanged, 2 failed/);
  });

  it('should rewrite nothing when run again unchanged, and regenerate with --force', async () => {
    const specs = specFolder('again', 2);
    const out = freshFolder('again-out');
    expect((await runCli('generate', specs, '--out', out, ...QUICK)).code).toBe(0);
    const before = snapshot(out);
    const again = await runCli('generate', specs, '--out', out, ...QUICK);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/0 written, 2 unchanged/);
    expect(snapshot(out)).toEqual(before);
    const forced = await runCli('generate', specs, '--out', out, ...QUICK, '--force');
    expect(forced.stderr).toMatch(/2 written, 0 unchanged/);
  });

  it('should regenerate a pack whose file was changed on disk or whose spec changed', async () => {
    const specs = specFolder('changed', 2);
    const out = freshFolder('changed-out');
    await runCli('generate', specs, '--out', out, ...QUICK);
    writeFileSync(join(out, 'pack-1', '1.0.0', 'partnership-agreement.txt'), 'edited by hand');
    writeFileSync(join(specs, 'spec-2.yaml'), `${specWithId('pack-2')}\n# a comment changes the bytes\n`);
    const result = await runCli('generate', specs, '--out', out, ...QUICK);
    expect(result.stderr).toMatch(/2 written, 0 unchanged/);
    expect(readFileSync(join(out, 'pack-1', '1.0.0', 'partnership-agreement.txt'), 'utf8')).toContain('Partnership');
  });

  it('should keep files of the pack that a later run does not produce, in the folder and the manifest', async () => {
    const specs = specFolder('keep', 1);
    const out = freshFolder('keep-out');
    await runCli('generate', specs, '--out', out, ...QUICK);
    await runCli('generate', specs, '--out', out, '--documents', 'partnership_agreement', '--format', 'docx');
    expect(readdirSync(join(out, 'pack-1', '1.0.0')).sort()).toEqual([
      'partnership-agreement.docx',
      'partnership-agreement.txt',
    ]);
    expect(manifestOf(out).files.map((f) => f.format)).toEqual(['docx', 'txt']);
  });

  it('should refuse two specs with the same spec_id and version, both of them', async () => {
    const specs = specFolder('twins', 2);
    writeFileSync(join(specs, 'twin.yaml'), specWithId('pack-1'));
    const out = freshFolder('twins-out');
    const result = await runCli('generate', specs, '--out', out, ...QUICK);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/spec-1\.yaml:\d+:\d+ {2}error {2}duplicate {2}Cannot generate spec_id `pack-1`/);
    expect(result.stderr).toMatch(/twin\.yaml:\d+:\d+ {2}error {2}duplicate/);
    expect(existsSync(join(out, 'pack-1'))).toBe(false);
    expect(existsSync(join(out, 'pack-2'))).toBe(true);
  });

  it('should word a folder in the way of a pack made on a worker thread, and make the others', async () => {
    const specs = specFolder('in-the-way', 2);
    const out = freshFolder('in-the-way-out');
    mkdirSync(join(out, 'pack-1', '1.0.0', 'partnership-agreement.txt'), { recursive: true });
    const result = await runCli('generate', specs, '--out', out, ...QUICK, '--jobs', '2');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/spec-1\.yaml {2}error {2}output {2}Cannot write \S+: a folder is in the way/);
    expect(result.stderr).not.toContain('internal');
    expect(readdirSync(join(out, 'pack-1', '1.0.0'))).toEqual(['partnership-agreement.txt']);
    expect(readdirSync(join(out, 'pack-2', '1.0.0'))).toEqual(['partnership-agreement.txt']);
  });

  it('should name a few of many twins in each refusal, not all of them', async () => {
    const specs = specFolder('many-twins', 1);
    for (let i = 1; i <= 6; i += 1) writeFileSync(join(specs, `copy-${i}.yaml`), specWithId('pack-1'));
    const result = await runCli('generate', specs, '--out', freshFolder('many-twins-out'), ...QUICK);
    expect(result.code).toBe(1);
    const refusal = result.stderr
      .split('\n')
      .find((line) => line.includes('spec-1.yaml') && line.includes('duplicate'));
    expect(refusal).toMatch(
      /twice in one run: \S+copy-1\.yaml, \S+copy-2\.yaml, \S+copy-3\.yaml and 3 more have the same/,
    );
  });

  it('should find specs in folders and quoted patterns, skipping and counting other files', async () => {
    const specs = specFolder('found', 2);
    writeFileSync(join(specs, 'notes.md'), '# not a spec\n');
    writeFileSync(join(specs, 'addendum.yaml'), 'kind: partnership_addendum\n');
    const out = freshFolder('found-out');
    const result = await runCli('generate', `${specs}/*.yaml`, '--out', out, ...QUICK, '--json');
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { specs: number; skipped_files: string[] };
    expect(summary.specs).toBe(2);
    expect(summary.skipped_files.map((f) => f.replace(/.*[/\\]/, ''))).toEqual(['addendum.yaml']);
    const folder = await runCli('generate', specs, '--out', out, ...QUICK);
    expect(folder.stderr).toContain('2 skipped (not specs)');
  });

  it('should take a list option before the spec without swallowing the spec', async () => {
    const out = freshFolder('order');
    const specs = specFolder('order-specs', 1);
    const result = await runCli(
      'generate',
      '--format',
      'txt',
      '--documents',
      'partnership_agreement',
      specs,
      '--out',
      out,
    );
    expect(result.code).toBe(0);
    expect(readdirSync(join(out, 'pack-1', '1.0.0'))).toEqual(['partnership-agreement.txt']);
  });

  it('should list what it would write and skip with --dry-run, writing nothing', async () => {
    const specs = specFolder('dry', 2);
    const out = freshFolder('dry-out');
    await runCli('generate', join(specs, 'spec-1.yaml'), '--out', out, ...QUICK);
    const before = snapshot(out);
    const result = await runCli('generate', specs, '--out', out, ...QUICK, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/spec-1\.yaml: unchanged, skipped/);
    expect(result.stdout).toMatch(/spec-2\.yaml: would write .*pack-2/);
    expect(snapshot(out)).toEqual(before);
  });

  it('should give a one-line error and exit 1 when nothing is found or --out is a file', async () => {
    const empty = freshFolder('empty');
    const none = await runCli('generate', empty, '--out', freshFolder('none-out'));
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe(`partnership: Cannot find a partnership spec in ${empty}`);
    const file = join(freshFolder('out-file'), 'out.txt');
    writeFileSync(file, '');
    const outFile = await runCli('generate', 'fixtures/valid/whec-strategic-consortium.yaml', '--out', file);
    expect(outFile.code).toBe(1);
    expect(outFile.stderr.trim()).toBe(`partnership: Cannot write into --out ${file}: it is a file, expected a folder`);
    const pattern = await runCli('generate', `${empty}/*.yaml`, '--out', freshFolder('pattern-out'));
    expect(pattern.code).toBe(1);
    expect(pattern.stderr).not.toContain('internal error');
  });
});
