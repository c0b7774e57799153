// Peers on the same documents: every document of three contrasting fixtures, made by this tool as one
// fresh `partnership generate` process per format, against pandoc (Markdown → DOCX, one process per
// document; the input is each document's text output, which pandoc reads as Markdown) and LibreOffice
// (our DOCX → PDF, one process per document, then one process for all of them). A peer that is not
// installed gets a line saying so (`apt-get install pandoc libreoffice-writer-nogui`).
//
// Ratios are the peer's wall time over ours for the same documents, so 5× means the peer took five times
// as long. The peers do less than we do (pandoc lays out no pages; LibreOffice only converts), so the
// comparison flatters them.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const SPECS = [
  'fixtures/valid/large-funded-consortium.yaml',
  'fixtures/valid/whec-strategic-consortium.yaml',
  'fixtures/valid/scottish-scio-partnership.yaml',
];
const root = mkdtempSync(join(tmpdir(), 'pd-bench-peers-'));

/** Wall seconds of one command, which must succeed. */
function timed(command, args, options = {}) {
  const start = performance.now();
  execFileSync(command, args, { stdio: 'ignore', ...options });
  return (performance.now() - start) / 1000;
}

/** Every file under `dir` ending in `ext`, sorted. */
const filesOf = (dir, ext) =>
  readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));

const installed = (command) => spawnSync(command, ['--version'], { stdio: 'ignore' }).status === 0;

/** Ours: one fresh process making every document of the specs in `format`, one worker (one core). */
function ours(format) {
  const out = join(root, `ours-${format}`);
  const seconds = timed(process.execPath, [
    'dist/cli/bin.cjs',
    'generate',
    ...SPECS,
    '--format',
    format,
    '--jobs',
    '1',
    '--quiet',
    '--out',
    out,
  ]);
  return { seconds, files: filesOf(out, `.${format === 'txt' ? 'txt' : format}`) };
}

const docx = ours('docx');
const pdf = ours('pdf');
const text = ours('txt');
const pages = pdf.files.reduce(
  (sum, f) =>
    sum +
    (
      readFileSync(f)
        .toString('latin1')
        .match(/\/Type \/Page\b/g) ?? []
    ).length,
  0,
);
const n = docx.files.length;
console.log(`${SPECS.length} fixtures, ${n} documents, ${pages} PDF pages; each line one or more fresh processes`);
console.log(`  partnership generate --format docx (1 process, ${n} documents): ${docx.seconds.toFixed(2)} s`);
console.log(`  partnership generate --format pdf  (1 process, ${n} documents): ${pdf.seconds.toFixed(2)} s`);

if (installed('pandoc')) {
  const out = join(root, 'pandoc');
  mkdirSync(out);
  let seconds = 0;
  text.files.forEach((file, i) => {
    seconds += timed('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', join(out, `${i}.docx`), file]);
  });
  console.log(
    `  pandoc Markdown → DOCX (${n} processes): ${seconds.toFixed(2)} s = ${(seconds / docx.seconds).toFixed(1)}× ours`,
  );
} else console.log('  pandoc: not installed (apt-get install pandoc), not measured');

if (installed('soffice')) {
  // A profile of its own, so a LibreOffice the user has open (or another benchmark) is not disturbed.
  const profile = pathToFileURL(join(root, 'lo-profile')).href;
  const convert = (files, outdir) =>
    timed('soffice', [
      `-env:UserInstallation=${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outdir,
      ...files,
    ]);
  // One flat folder of uniquely named copies: the packs share file names, and LibreOffice names each
  // PDF after its DOCX, so converting them into one folder would overwrite all but one of each name.
  const flat = join(root, 'lo-input');
  mkdirSync(flat);
  const inputs = docx.files.map((file, i) => {
    const copy = join(flat, `${String(i).padStart(2, '0')}-${basename(file)}`);
    copyFileSync(file, copy);
    return copy;
  });
  convert([inputs[0]], join(root, 'lo-warm-up')); // the profile's first start is not LibreOffice's speed
  let each = 0;
  for (const file of inputs) each += convert([file], join(root, 'lo-each'));
  const all = convert(inputs, join(root, 'lo-all'));
  for (const dir of ['lo-each', 'lo-all']) {
    const made = filesOf(join(root, dir), '.pdf').length;
    if (made !== n)
      console.log(`  (LibreOffice made ${made} of ${n} PDFs in ${dir}: its times below are not comparable)`);
  }
  console.log(
    `  LibreOffice DOCX → PDF (${n} processes): ${each.toFixed(2)} s = ${(each / pdf.seconds).toFixed(1)}× ours`,
  );
  console.log(
    `  LibreOffice DOCX → PDF (1 process, ${n} documents): ${all.toFixed(2)} s = ${(all / pdf.seconds).toFixed(1)}× ours`,
  );
} else console.log('  LibreOffice: not installed (apt-get install libreoffice-writer-nogui), not measured');
rmSync(root, { recursive: true, force: true });
