// Full packs in one warm process: for every valid fixture, the agreement, terms of reference and
// meetings protocol (those it asks for), each as DOCX, PDF and text. Throughput is PDF pages per second
// (a page written as DOCX and PDF counts once); one process uses one core. Budget: ≥ 400 pages/s.
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadSpec } from '../dist/spec/index.js';
import { availableDocuments, composePack } from '../dist/compose/index.js';
import { getWriter } from '../dist/writers/index.js';
import { median } from './_stats.mjs';

const PACK = ['partnership_agreement', 'terms_of_reference', 'meetings_protocol'];
const RUNS = 5;
const available = availableDocuments();
const writers = { docx: await getWriter('docx'), pdf: await getWriter('pdf'), txt: await getWriter('txt') };
const specs = [];
for (const file of readdirSync('fixtures/valid')
  .filter((f) => f.endsWith('.yaml'))
  .sort()) {
  const { spec } = await loadSpec(`fixtures/valid/${file}`);
  const kinds = PACK.filter((k) => available.includes(k) && spec.meta.documents.includes(k));
  if (kinds.length > 0) specs.push({ file, spec, kinds });
}

const pagesOf = (bytes) =>
  (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;

/** One pass over every pack; returns per-document times and pages. */
async function pass() {
  const rows = [];
  for (const { file, spec, kinds } of specs) {
    const t0 = performance.now();
    const docs = composePack(spec, kinds);
    const composeMs = performance.now() - t0;
    for (const doc of docs) {
      const times = { compose: composeMs / docs.length };
      let pages = 0;
      for (const [format, write] of Object.entries(writers)) {
        const start = performance.now();
        const { bytes } = await write(doc, {});
        times[format] = performance.now() - start;
        if (format === 'pdf') pages = pagesOf(bytes);
      }
      rows.push({ file, name: doc.name, pages, times });
    }
  }
  return rows;
}

await pass(); // cold: templates, fonts, shaping caches
const totals = [];
const cpuTotals = [];
let last;
for (let i = 0; i < RUNS; i += 1) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  last = await pass();
  const used = process.cpuUsage(cpu);
  totals.push(performance.now() - start);
  cpuTotals.push((used.user + used.system) / 1000);
}
const pages = last.reduce((sum, r) => sum + r.pages, 0);
const seconds = median(totals) / 1000;
console.log(
  `${specs.length} fixtures, ${last.length} documents, ${pages} pages per pass; median pass ${(seconds * 1000).toFixed(0)} ms`,
);
const cpuSeconds = median(cpuTotals) / 1000;
// CPU time is shown beside wall time: on a shared machine the wall clock also counts waiting for a core.
console.log(
  `throughput: ${(pages / seconds).toFixed(0)} pages/s wall, ${(pages / cpuSeconds).toFixed(0)} pages per CPU-second, on one core (budget ≥ 400)`,
);
console.log('per document (last pass): pages · compose / docx / pdf / txt ms');
for (const r of last) {
  const t = r.times;
  console.log(
    `  ${`${r.file.replace('.yaml', '')}/${r.name}`.padEnd(60)} ${String(r.pages).padStart(3)} · ${t.compose.toFixed(1)} / ${t.docx.toFixed(1)} / ${t.pdf.toFixed(1)} / ${t.txt.toFixed(1)}`,
  );
}
