// The PDF writer now against the PDF writer as it was before tagged PDF and right-to-left text
// (commit c67b7f1, or the commit in PDF_BASELINE), in one run on the same document and machine.
// The baseline's src/ is taken from git into a scratch folder and compiled there; renders alternate
// between the two writers so that load from elsewhere on the machine falls on both alike.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, ms } from './_stats.mjs';

const root = process.cwd();
const baseline = process.env.PDF_BASELINE ?? 'c67b7f1';
const dist = (base, path) => pathToFileURL(join(base, 'dist', path)).href;
try {
  execFileSync('git', ['cat-file', '-e', `${baseline}^{commit}`], { cwd: root, stdio: 'ignore' });
} catch {
  console.log(`pdf before/after: skipped, commit ${baseline} is not in this clone (a shallow one?)`);
  process.exit(0);
}
const scratch = mkdtempSync(join(tmpdir(), 'pdf-baseline-'));
try {
  execFileSync('sh', ['-c', `git archive ${baseline} src tsconfig.json package.json | tar -x -C "${scratch}"`], {
    cwd: root,
  });
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  try {
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(scratch, 'tsconfig.json')],
      {
        stdio: 'ignore',
      },
    );
  } catch {
    // Emitted despite type errors elsewhere; the import below says so if not.
  }
  const before = (await import(dist(scratch, 'writers/pdf/index.js'))).writePdf;
  const after = (await import(dist(root, 'writers/pdf/index.js'))).writePdf;
  const api = await import(dist(root, 'index.js'));
  const { spec } = await api.loadSpec(join(root, 'fixtures/valid/whec-strategic-consortium.yaml'));
  const base = api.composeDocument(spec, 'partnership_agreement');
  const doc = { ...base, children: Array.from({ length: 3 }, () => base.children).flat() };
  const pages = (bytes) =>
    (
      Buffer.from(bytes)
        .toString('latin1')
        .match(/\/Type \/Page\n/g) ?? []
    ).length;
  const RUNS = 41;
  const times = { before: [], after: [] };
  for (let i = 0; i < 3; i += 1) {
    await before(doc, {});
    await after(doc, {});
  }
  for (let i = 0; i < RUNS; i += 1) {
    for (const [name, write] of i % 2 === 0
      ? [
          ['before', before],
          ['after', after],
        ]
      : [
          ['after', after],
          ['before', before],
        ]) {
      const start = performance.now();
      await write(doc, {});
      times[name].push(performance.now() - start);
    }
  }
  const beforePages = pages((await before(doc, {})).bytes);
  const afterBytes = (await after(doc, {})).bytes;
  const b = median(times.before);
  const a = median(times.after);
  // The two renders of a pair ran back to back, so a slow spell of the machine falls on both: the
  // median of the pairs' ratios is steadier than the ratio of the medians.
  const ratio = median(times.after.map((t, i) => t / times.before[i]));
  console.log(
    `pdf before/after: composed WHEC agreement ×3, ${pages(afterBytes)} pages (${beforePages} before), ${RUNS} alternating pairs`,
  );
  console.log(`before (${baseline}): median ${ms(b)}, ${ms(b / beforePages)} per page`);
  console.log(
    `after (tagged, right-to-left): median ${ms(a)}, ${ms(a / pages(afterBytes))} per page; ${((a / b - 1) * 100).toFixed(1)} %; median of pairs ${((ratio - 1) * 100).toFixed(1)} % (budget +20 %)`,
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
