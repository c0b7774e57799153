import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { freshFolder, specFolder } from './spec-folder.js';

const OPTIONS = ['--documents', 'partnership_agreement', '--format', 'txt,pdf', '--jobs', '2'];

/** Every file name under `dir`, hidden ones included. */
const allFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

/** A process id that was used a moment ago and is now free. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('an interrupted batch', () => {
  it('should leave no partial file when killed with SIGKILL, and the next run should complete it', async () => {
    const specs = specFolder('kill', 6);
    const out = freshFolder('kill-out');
    const child = spawn(process.execPath, ['dist/cli/bin.cjs', 'generate', specs, '--out', out, ...OPTIONS], {
      stdio: 'ignore',
    });
    // Kill it the moment the first pack's files appear in the output folder, finished or not.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const started = existsSync(out) && allFiles(out).some((f) => f.includes(`${join('1.0.0', '')}`));
        if (started || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
    });
    await new Promise((resolve) => child.once('exit', resolve));
    expect(child.signalCode).toBe('SIGKILL');

    const rerun = await runCli('generate', specs, '--out', out, ...OPTIONS);
    expect(rerun.code).toBe(0);
    const files = allFiles(out);
    expect(files.filter((f) => /\.(tmp|journal)$/.test(f))).toEqual([]);
    for (let i = 1; i <= 6; i += 1) {
      const folder = join(out, `pack-${i}`, '1.0.0');
      expect(readdirSync(folder).sort()).toEqual(['partnership-agreement.pdf', 'partnership-agreement.txt']);
      expect(readFileSync(join(folder, 'partnership-agreement.pdf')).subarray(-6).toString()).toContain('%%EOF');
    }
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { packs: unknown[] };
    expect(manifest.packs).toHaveLength(6);
  }, 240_000);

  it('should stop on Ctrl-C with exit 130, keeping finished packs and listing them in the manifest', async () => {
    const specs = specFolder('sigint', 6);
    const out = freshFolder('sigint-out');
    const child = spawn(process.execPath, ['dist/cli/bin.cjs', 'generate', specs, '--out', out, ...OPTIONS], {
      stdio: 'ignore',
    });
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        const finished = existsSync(out) && allFiles(out).some((f) => f.endsWith('partnership-agreement.pdf'));
        if (finished || child.exitCode !== null) {
          clearInterval(poll);
          child.kill('SIGINT');
          resolve();
        }
      }, 20);
    });
    const code = await new Promise((resolve) => child.once('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(allFiles(out).filter((f) => /\.(tmp|journal)$/.test(f))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { packs: { spec_id: string }[] };
    const written = readdirSync(out).filter((name) => name.startsWith('pack-'));
    expect(manifest.packs.map((p) => p.spec_id).sort()).toEqual(written.sort());
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(6);
    for (const id of written) {
      expect(readdirSync(join(out, id, '1.0.0')).sort()).toEqual([
        'partnership-agreement.pdf',
        'partnership-agreement.txt',
      ]);
    }
  }, 240_000);

  it('should finish the pack write of a dead run from its journal and remove its temporary files', async () => {
    const out = freshFolder('journal-out');
    const folder = join(out, 'pack-9', '1.0.0');
    mkdirSync(folder, { recursive: true });
    const dead = deadPid();
    writeFileSync(join(folder, 'partnership-agreement.txt'), 'old');
    writeFileSync(join(folder, 'partnership-agreement.pdf'), 'old');
    writeFileSync(join(folder, `.partnership-agreement.txt.${dead}.0000000a.tmp`), 'new');
    writeFileSync(
      join(folder, `.partnership-pack.${dead}.0000000b.journal`),
      JSON.stringify([
        { temp: `.partnership-agreement.txt.${dead}.0000000a.tmp`, target: 'partnership-agreement.txt' },
        // Renamed already, before the run died.
        { temp: `.partnership-agreement.pdf.${dead}.0000000c.tmp`, target: 'partnership-agreement.pdf' },
      ]),
    );
    writeFileSync(join(folder, `.partnership-agreement.docx.${dead}.0000000d.tmp`), 'half');
    const live = `.partnership-agreement.docx.${process.pid}.0000000e.tmp`;
    writeFileSync(join(folder, live), 'being written');

    const specs = specFolder('journal', 1);
    const result = await runCli(
      'generate',
      specs,
      '--out',
      out,
      '--documents',
      'partnership_agreement',
      '--format',
      'txt',
    );
    expect(result.code).toBe(0);
    expect(readFileSync(join(folder, 'partnership-agreement.txt'), 'utf8')).toBe('new');
    expect(readdirSync(folder).sort()).toEqual([live, 'partnership-agreement.pdf', 'partnership-agreement.txt']);
  });
});
