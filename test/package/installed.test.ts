import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The package as a user gets it: packed, installed into an empty folder, run through npx. The schema,
// templates and fonts must be found inside the installed package, not in this checkout.
describe('the packed package', () => {
  it('should validate and generate when installed into an empty folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-installed-'));
    // dist/ is built by `npm test` before vitest runs, so packing needs no build of its own.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { stdio: 'ignore' });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
    expect(tarball).toBeDefined();
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'pack-check', version: '1.0.0', private: true }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`], {
      cwd: dir,
      stdio: 'ignore',
    });
    copyFileSync(resolve('fixtures/valid/whec-strategic-consortium.yaml'), join(dir, 'spec.yaml'));

    const validated = execFileSync('npx', ['partnership', 'validate', 'spec.yaml'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    expect(validated).toBe('');
    execFileSync(
      'npx',
      ['partnership', 'generate', 'spec.yaml', '--documents', 'partnership_agreement', '--out', 'out'],
      { cwd: dir, stdio: 'ignore' },
    );
    expect(readdirSync(join(dir, 'out', 'whec', '1.0.0')).sort()).toEqual([
      'partnership-agreement.docx',
      'partnership-agreement.pdf',
      'partnership-agreement.txt',
    ]);
  }, 180_000);
});
