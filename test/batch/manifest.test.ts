import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { updateManifest, type ManifestUpdate } from '../../src/batch/index.js';
import { QUICK, freshFolder, specFolder } from './spec-folder.js';

const manifestOf = (out: string) =>
  JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { packs: { spec_id: string }[] };

function onePack(id: string): ManifestUpdate {
  const spec = { path: `${id}.yaml`, sha256: '0'.repeat(64) };
  const file = {
    path: `${id}/1.0.0/partnership-agreement.txt`,
    spec_id: id,
    version: '1.0.0',
    document: 'partnership-agreement',
    format: 'txt',
    size: 1,
    pages: null,
    sha256: '1'.repeat(64),
    spec,
    template_set: 'abc',
    build: 'test',
  };
  const options = { formats: ['txt'], documents: null, strict: false };
  const pack = { spec_id: id, version: '1.0.0', spec, template_set: 'abc', build: 'test', options, files: [file.path] };
  return { packs: [pack], files: [file], failures: [], succeeded: [spec.path] };
}

describe('the manifest', () => {
  it('should keep every entry when many updates race for it', async () => {
    const out = freshFolder('race');
    const ids = Array.from({ length: 24 }, (_, i) => `pack-${String(i).padStart(2, '0')}`);
    await Promise.all(ids.map((id) => updateManifest(out, onePack(id))));
    expect(manifestOf(out).packs.map((p) => p.spec_id)).toEqual(ids);
  });

  it('should hold the packs of two runs into one folder at the same time', async () => {
    const out = freshFolder('two-runs');
    const first = specFolder('first', 2);
    const second = freshFolder('second');
    for (const name of ['spec-1.yaml', 'spec-2.yaml']) {
      const text = readFileSync(join(first, name), 'utf8').replace(/spec_id: pack-/, 'spec_id: other-');
      writeFileSync(join(second, name), text);
    }
    const run = (folder: string) =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, ['dist/cli/bin.cjs', 'generate', folder, '--out', out, ...QUICK], {
          stdio: 'ignore',
        });
        child.once('exit', resolve);
      });
    expect(await Promise.all([run(first), run(second)])).toEqual([0, 0]);
    expect(manifestOf(out).packs.map((p) => p.spec_id)).toEqual(['other-1', 'other-2', 'pack-1', 'pack-2']);
  }, 120_000);

  it('should sort keys and entries so that equal content gives equal bytes', async () => {
    const a = freshFolder('order-a');
    const b = freshFolder('order-b');
    await updateManifest(a, onePack('x'));
    await updateManifest(a, onePack('y'));
    await updateManifest(b, onePack('y'));
    await updateManifest(b, onePack('x'));
    expect(readFileSync(join(a, 'manifest.json'), 'utf8')).toBe(readFileSync(join(b, 'manifest.json'), 'utf8'));
  });
});
