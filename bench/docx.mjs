// Word writer: cold first render and warm median for an agreement of about 30 A4 pages (budget ≤ 1.5 ms
// per page warm). The document is built with the model's builders: sections of clauses, lettered and
// nested items, references, definitions, a table, signatures and schedules, as a real agreement has.
// `node bench/docx.mjs --pages` converts it once with LibreOffice (when installed) to count its pages.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { median, ms } from './_stats.mjs';

const root = process.cwd();
const entry = join(root, 'dist/writers/docx/index.js');
if (!existsSync(entry)) {
  // Others' files may not type-check yet; tsc still emits, which is all the benchmark needs.
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      stdio: 'ignore',
    });
  } catch {
    // Emitted despite type errors elsewhere; the import below says so if not.
  }
}
const { writeDocx } = await import(pathToFileURL(entry).href);
const m = await import(pathToFileURL(join(root, 'dist/model/index.js')).href);

/** LibreOffice's page count for this document when the benchmark was written (`--pages` re-counts). */
const PAGES = 31;

function agreement() {
  const meta = {
    title: 'Partnership Agreement',
    partnership: "Women's Health and Equality Consortium",
    shortName: 'WHEC',
    specId: 'whec',
    version: '1.1.0',
    status: 'draft',
    date: '2026-02-02',
    dateText: '2 February 2026',
    supersedes: 'whec@1.0.0',
    documentId: 'whec/1.1.0/partnership-agreement',
    subject: 'Partnership Agreement',
    creator: 'YWCA England & Wales',
    toolVersion: '0.1.0',
    templateHash: 'sha256:0f1e',
    language: 'en-GB',
  };
  const sentence =
    'Each member shall act in good faith, share information the others need to deliver the services, and tell the Steering Group promptly of any change that may affect its ability to perform its obligations under this agreement.';
  const sections = [];
  for (let s = 1; s <= 14; s += 1) {
    const clauses = [];
    for (let c = 1; c <= 6; c += 1) {
      const id = `s${s}-c${c}`;
      clauses.push(
        m.clause(id, c % 2 ? `Heading ${s}.${c}` : null, [
          m.paragraph(sentence, ' See ', m.ref(c > 1 ? `s${s}-c${c - 1}` : `s${s}`), '.'),
          m.list(true, [
            m.item(sentence, `${id}-a`),
            m.item(
              [
                `${sentence} Where:`,
                m.list(true, [m.item('the first case applies;', `${id}-b-i`), m.item('the second case applies.')]),
              ],
              `${id}-b`,
            ),
            m.item([m.paragraph('as set out in ', m.ref(`${id}-b-i`), '.')]),
          ]),
          ...(c === 3 ? [m.clause(`${id}-sub`, null, [sentence])] : []),
        ]),
      );
    }
    sections.push(m.section(`s${s}`, `Section ${s}`, clauses));
  }
  const rows = Array.from({ length: 12 }, (_, i) => [
    `Member ${i + 1}`,
    `£${(i + 1) * 1000}.00`,
    `£${(i + 1) * 1100}.00`,
  ]);
  return m.numberDocument(
    m.documentOf('partnership_agreement', 'partnership-agreement', meta, [
      m.section(
        'parties',
        'Parties',
        [m.list(true, ['YWCA England & Wales', 'Rape Crisis England & Wales'])],
        'unnumbered',
      ),
      m.section('interpretation', 'Definitions', [
        m.definitions(Array.from({ length: 12 }, (_, i) => m.definition(`Term ${i + 1}`, sentence))),
      ]),
      ...sections,
      m.pageBreak(),
      m.section('execution', 'Execution', [
        m.signatures([
          { party: 'YWCA England & Wales', name: 'Jane Doe', jobTitle: 'Chief Executive' },
          { party: 'Rape Crisis England & Wales', name: 'Amina Okafor', jobTitle: 'Chief Executive', witness: true },
        ]),
      ]),
      m.schedule('allocations', 'Allocations', [
        m.table(['Member', 'Year 1', 'Year 2'], rows, ['left', 'right', 'right']),
      ]),
    ]),
  );
}

const doc = agreement();
const start = performance.now();
const first = await writeDocx(doc, {});
const cold = performance.now() - start;
// Wall time, and the process's CPU time, which other work on a busy machine inflates far less.
const RUNS = 25;
for (let i = 0; i < 5; i += 1) await writeDocx(doc, {});
const walls = [];
const cpus = [];
for (let i = 0; i < RUNS; i += 1) {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await writeDocx(doc, {});
  walls.push(performance.now() - wall);
  const used = process.cpuUsage(cpu);
  cpus.push((used.user + used.system) / 1000);
}
const warm = median(walls);
const warmCpu = median(cpus);

let pages = PAGES;
if (process.argv.includes('--pages')) {
  const dir = mkdtempSync(join(tmpdir(), 'docx-bench-'));
  writeFileSync(join(dir, 'agreement.docx'), first.bytes);
  execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, 'agreement.docx')], {
    stdio: 'ignore',
  });
  pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [join(dir, 'agreement.pdf')], { encoding: 'utf8' }))?.[1],
  );
}

console.log(`docx agreement: ${pages} pages, ${first.bytes.length} bytes`);
console.log(`docx cold first render: ${ms(cold)}`);
console.log(
  `docx warm render: median ${ms(warm)} over ${RUNS} runs, ${ms(warm / pages)} per page (budget 1.5 ms per page)`,
);
console.log(`docx warm render CPU time: median ${ms(warmCpu)}, ${ms(warmCpu / pages)} per page`);
