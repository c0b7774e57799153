// `npm run verify:external`: every fixture's documents, checked by readers this project did not write.
//
// Generates every spec in fixtures/valid/ with the built CLI into a scratch folder, then:
//   LibreOffice (headless) converts every .docx to PDF, and python-docx opens every .docx;
//   `qpdf --check` passes every .pdf, `pdffonts` shows every font embedded, and `pdftotext` finds each
//   member's legal name in the spec's agreement (or memorandum, where there is no agreement).
// It installs nothing. On Debian: apt-get install libreoffice-writer-nogui python3-docx qpdf poppler-utils
// (`.ci/run` does that when they are missing). Exits 1 with every failure listed, 0 when all pass.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGES = 'libreoffice-writer-nogui python3-docx qpdf poppler-utils';

function found(command, args = ['--version']) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

// Debian's python3-docx installs for Debian's own python3, which another python3 first on the PATH
// (pyenv, a virtualenv) does not see; PYTHON names one explicitly.
const python = [process.env.PYTHON, 'python3', '/usr/bin/python3'].find(
  (candidate) => candidate && found(candidate, ['-c', 'import docx']),
);
const missing = [
  ['soffice', 'libreoffice-writer-nogui'],
  ['qpdf', 'qpdf'],
  ['pdffonts', 'poppler-utils', ['-v']],
  ['pdftotext', 'poppler-utils', ['-v']],
].filter(([command, , args]) => !found(command, args));
if (python === undefined) missing.push(['python3 with docx', 'python3-docx']);
if (missing.length > 0) {
  console.error(`Cannot verify: ${missing.map(([command]) => command).join(', ')} not found.`);
  console.error(`Install the Debian packages first: apt-get install ${PACKAGES}`);
  process.exit(1);
}
if (!existsSync(join(root, 'dist/cli/bin.cjs'))) {
  console.error('Cannot verify: dist/ is not built, expected `npm run build` (npm ci runs it) first.');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'verify-external-'));
const failures = [];
const fail = (file, message) => failures.push(`${relative(scratch, file)}: ${message}`);

function filesUnder(folder, extension) {
  return readdirSync(folder, { recursive: true })
    .map((entry) => join(folder, String(entry)))
    .filter((path) => path.endsWith(extension) && statSync(path).isFile())
    .sort();
}

async function libreOffice(docx) {
  const out = join(scratch, 'libreoffice');
  const profile = pathToFileURL(join(scratch, 'libreoffice-profile')).href;
  // One soffice for every file: starting LibreOffice costs more than converting a document.
  await run(
    'soffice',
    ['--headless', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', out, ...docx],
    {
      maxBuffer: 64 * 1024 * 1024,
      timeout: 15 * 60 * 1000,
    },
  );
  // Documents of different specs share names, so each spec's files were converted into one folder in turn.
  return out;
}

const PYTHON_OPEN = `
import json, sys, docx
for path in sys.argv[1:]:
    try:
        d = docx.Document(path)
        print(json.dumps({"path": path, "paragraphs": len(d.paragraphs), "tables": len(d.tables), "title": d.core_properties.title}))
    except Exception as error:
        print(json.dumps({"path": path, "error": repr(error)}))
`;

async function checkPdf(pdf) {
  try {
    const { stdout } = await run('qpdf', ['--check', pdf]);
    if (!stdout.includes('No syntax or stream encoding errors found')) fail(pdf, `qpdf --check: ${stdout.trim()}`);
  } catch (error) {
    fail(pdf, `qpdf --check failed: ${String(error.stdout ?? error.message).trim()}`);
  }
  const { stdout: fonts } = await run('pdffonts', [pdf]);
  const rows = fonts.trim().split('\n').slice(2);
  if (rows.length === 0) fail(pdf, 'pdffonts lists no fonts');
  for (const row of rows) {
    // Columns: name, type, encoding, emb, sub, uni, object, generation; "emb" is the fourth from the end.
    const columns = row.trim().split(/\s+/);
    if (columns[columns.length - 5] !== 'yes') fail(pdf, `font not embedded: ${row.trim()}`);
  }
}

async function pdfText(pdf) {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  // pdftotext marks right-to-left runs with embedding controls; a name is compared without them.
  return stdout.replace(/[\u202A-\u202E]/g, '').replace(/\s+/g, ' ');
}

const started = Date.now();
const specs = readdirSync(join(root, 'fixtures/valid'))
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort()
  .map((f) => join(root, 'fixtures/valid', f));
const generated = join(scratch, 'out');
execFileSync(process.execPath, [join(root, 'dist/cli/bin.cjs'), 'generate', ...specs, '--out', generated], {
  stdio: 'ignore',
});
const { loadSpec } = await import(pathToFileURL(join(root, 'dist/index.js')).href);

let docxCount = 0;
let pdfCount = 0;
let names = 0;
const conversions = [];
const pdfChecks = [];
for (const specFile of specs) {
  const { spec } = await loadSpec(specFile);
  if (!spec) {
    failures.push(`${basename(specFile)}: does not load`);
    continue;
  }
  const folder = join(generated, spec.meta.spec_id, spec.meta.version);
  const docx = filesUnder(folder, '.docx');
  const pdfs = filesUnder(folder, '.pdf');
  docxCount += docx.length;
  pdfCount += pdfs.length;
  if (docx.length === 0 || pdfs.length === 0) failures.push(`${basename(specFile)}: generated no .docx or no .pdf`);
  conversions.push({ specFile, docx });
  for (const pdf of pdfs) pdfChecks.push(checkPdf(pdf));
  const main =
    pdfs.find((f) => basename(f) === 'partnership-agreement.pdf') ?? pdfs.find((f) => basename(f) === 'mou.pdf');
  if (main === undefined) {
    failures.push(`${basename(specFile)}: neither an agreement nor a memorandum to find the members in`);
    continue;
  }
  const text = await pdfText(main);
  for (const member of spec.members) {
    names += 1;
    const name = member.legal_name.normalize('NFC').replace(/\s+/g, ' ');
    if (!text.includes(name)) fail(main, `pdftotext does not find the legal name ${JSON.stringify(name)}`);
  }
}

const python3 = run(python, ['-c', PYTHON_OPEN, ...conversions.flatMap((c) => c.docx)], {
  maxBuffer: 64 * 1024 * 1024,
}).then(({ stdout }) => {
  for (const line of stdout.trim().split('\n')) {
    const result = JSON.parse(line);
    if (result.error) fail(result.path, `python-docx cannot open it: ${result.error}`);
    else if (result.paragraphs === 0) fail(result.path, 'python-docx finds no paragraphs');
  }
});

// Specs' documents share file names, so LibreOffice converts one spec's folder at a time.
for (const { docx } of conversions) {
  if (docx.length === 0) continue;
  const out = await libreOffice(docx);
  for (const file of docx) {
    const converted = join(out, basename(file).replace(/\.docx$/, '.pdf'));
    if (!existsSync(converted) || !readFileSync(converted).subarray(0, 5).equals(Buffer.from('%PDF-')))
      fail(file, 'LibreOffice did not convert it to PDF');
  }
  rmSync(out, { recursive: true, force: true });
}
await Promise.all([python3, ...pdfChecks]);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `verify:external: ${specs.length} specs, ${docxCount} .docx (LibreOffice, python-docx), ${pdfCount} .pdf (qpdf, pdffonts), ${names} legal names (pdftotext) in ${seconds} s`,
);
if (failures.length > 0) {
  console.error(`${failures.length} problem(s):`);
  for (const failure of failures) console.error(`  ${failure}`);
  console.error(`Generated files kept in ${scratch}`);
  process.exit(1);
}
rmSync(scratch, { recursive: true, force: true });
console.log('All checks passed.');
