// `npm run verify:redline`: a reader we did not write must agree with our redlines.
//
// For each pair in fixtures/diff/ (old.yaml → new.yaml), the built CLI writes both versions' documents and
// the redline of each as .docx. LibreOffice (headless, driven over UNO by scripts/verify-redline.py) then
// opens each redline, accepts every tracked change and reads the body, which must be the new version's
// body as LibreOffice reads it; it rejects every change, and the body must be the old version's. Clause and
// reference numbers are masked, since a change of number alone is not marked. The cover, the change
// summary and the document history are not compared: the redline's are the new version's.
//
// `npm run verify:redline -- <pair>...` checks only the pairs named (folder names under fixtures/diff/).
//
// It installs nothing. On Debian: apt-get install libreoffice-writer-nogui python3-uno (`.ci/run` does
// that when they are missing). Exits 1 with every failure listed, 0 when all pass.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/bin.cjs');
const PACKAGES = 'libreoffice-writer-nogui python3-uno';

function works(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

// Debian's python3-uno installs for Debian's own python3, which another python3 first on the PATH
// (pyenv, a virtualenv) does not see; PYTHON names one explicitly.
const python = [process.env.PYTHON, 'python3', '/usr/bin/python3'].find(
  (candidate) => candidate && works(candidate, ['-c', 'import uno']),
);
if (!works('soffice', ['--version']) || python === undefined) {
  console.error(`Cannot verify: ${python === undefined ? 'python3 with uno' : 'soffice'} not found.`);
  console.error(`Install the Debian packages first: apt-get install ${PACKAGES}`);
  process.exit(1);
}
if (!existsSync(cli)) {
  console.error('Cannot verify: dist/ is not built, expected `npm run build` (npm ci runs it) first.');
  process.exit(1);
}

/** Numbers of clauses, schedules and paragraphs masked, as the accept/reject property test masks them. */
const mask = (text) => text.replace(/\b(clauses?|Schedules?|paragraphs?)\s+\d+(\.\d+)*(\([a-z]+\))*/gi, '$1 #');

const partnership = (...args) => execFileSync(process.execPath, [cli, ...args], { stdio: 'pipe' });

function docxUnder(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true })
    .map((entry) => join(folder, String(entry)))
    .filter((path) => path.endsWith('.docx') && statSync(path).isFile());
}

const pairsDir = join(root, 'fixtures/diff');
const named = process.argv.slice(2);
const pairs = readdirSync(pairsDir)
  .filter((name) => existsSync(join(pairsDir, name, 'old.yaml')))
  .filter((name) => named.length === 0 || named.includes(name))
  .sort();
const unknown = named.filter((name) => !pairs.includes(name));
if (unknown.length > 0) {
  console.error(`No pair ${unknown.join(', ')} in fixtures/diff/`);
  process.exit(1);
}

const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'verify-redline-'));
const failures = [];
try {
  const jobs = [];
  for (const pair of pairs) {
    const [oldSpec, newSpec] = ['old.yaml', 'new.yaml'].map((f) => join(pairsDir, pair, f));
    const [oldOut, newOut, redlineOut] = ['old', 'new', 'redline'].map((side) => join(scratch, pair, side));
    partnership('generate', oldSpec, '--out', oldOut, '--format', 'docx', '--quiet');
    partnership('generate', newSpec, '--out', newOut, '--format', 'docx', '--quiet');
    partnership('diff', oldSpec, newSpec, '--redline', redlineOut, '--format', 'docx');
    const byName = (files) => new Map(files.map((file) => [basename(file, '.docx'), file]));
    const olds = byName(docxUnder(oldOut));
    const news = byName(docxUnder(newOut));
    const redlines = docxUnder(redlineOut).sort();
    if (redlines.length === 0) failures.push(`${pair}: no redline written`);
    for (const redline of redlines) {
      const name = basename(redline, '.docx').replace(/-redline$/, '');
      jobs.push({ pair, name, redline, new: news.get(name) ?? null, old: olds.get(name) ?? null });
    }
  }
  const jobsFile = join(scratch, 'jobs.json');
  writeFileSync(jobsFile, JSON.stringify(jobs));
  const script = join(root, 'scripts/verify-redline.py');
  const read = spawnSync(python, [script, jobsFile], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (read.status !== 0) {
    console.error(`LibreOffice could not read the redlines: ${read.stderr.trim() || `exit ${read.status}`}`);
    process.exit(1);
  }
  const results = new Map(
    read.stdout
      .trim()
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line))
      .map((result) => [result.redline, result]),
  );
  let lines = 0;
  for (const job of jobs) {
    const where = `${job.pair}/${job.name}`;
    const result = results.get(job.redline);
    if (result === undefined) {
      failures.push(`${where}: LibreOffice gave no reading`);
      continue;
    }
    if (result.error !== undefined) {
      failures.push(`${where}: ${result.error}`);
      continue;
    }
    for (const [mode, got, expected, version] of [
      ['accepting', result.accepted, result.new, 'new'],
      ['rejecting', result.rejected, result.old, 'old'],
    ]) {
      const a = got.map(mask);
      const b = expected.map(mask);
      lines += a.length;
      const at = a.findIndex((text, i) => text !== b[i]);
      if (at !== -1 || a.length !== b.length) {
        const i = at === -1 ? Math.min(a.length, b.length) : at;
        failures.push(
          `${where}: ${mode} every change does not give the ${version} version (${a.length} lines, expected ${b.length}); ` +
            `first difference at line ${i + 1}:\n    got      ${JSON.stringify(a[i] ?? '(none)')}\n    expected ${JSON.stringify(b[i] ?? '(none)')}`,
        );
      }
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failures.length > 0) {
    console.error(`verify:redline: ${failures.length} failure(s) in ${jobs.length} redlines:`);
    for (const failure of failures) console.error(`  ${failure}`);
    process.exitCode = 1;
  } else {
    console.log(
      `verify:redline: ${jobs.length} redlines of ${pairs.length} pairs: accepting every change in LibreOffice gives the new version, ` +
        `rejecting gives the old (${lines} lines compared) in ${seconds} s`,
    );
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
