// The agreement of the largest funded fixture, stage by stage, in one process: the cold first document
// (templates compiled, fonts parsed, words shaped), then warm medians per A4 page, the page count taken
// from the PDF itself. Budgets per page, warm: compose ≤ 1.5 ms, DOCX ≤ 1.5 ms, PDF ≤ 3.5 ms.
import { performance } from 'node:perf_hooks';
import { loadSpec } from '../dist/spec/index.js';
import { composeDocument } from '../dist/compose/index.js';
import { getWriter } from '../dist/writers/index.js';
import { median, ms } from './_stats.mjs';

const FIXTURE = 'fixtures/valid/large-funded-consortium.yaml';
const RUNS = 20;

const { spec } = await loadSpec(FIXTURE);
if (!spec) throw new Error(`${FIXTURE} is not valid`);
const docx = await getWriter('docx');
const pdf = await getWriter('pdf');

function pdfPages(bytes) {
  return (
    Buffer.from(bytes)
      .toString('latin1')
      .match(/\/Type \/Page\b/g) ?? []
  ).length;
}

async function timed(fn) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
}

const coldCompose = await timed(() => composeDocument(spec, 'partnership_agreement'));
const doc = coldCompose.value;
const coldDocx = await timed(() => docx(doc, {}));
const coldPdf = await timed(() => pdf(doc, {}));
const pages = pdfPages(coldPdf.value.bytes);

async function warm(fn) {
  for (let i = 0; i < 3; i += 1) await fn();
  const walls = [];
  const cpus = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t = await timed(fn);
    walls.push(t.wall);
    cpus.push(t.cpu);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

const stages = [
  ['compose', () => composeDocument(spec, 'partnership_agreement'), coldCompose, 1.5],
  ['docx', () => docx(doc, {}), coldDocx, 1.5],
  ['pdf', () => pdf(doc, {}), coldPdf, 3.5],
];
console.log(`${FIXTURE}: partnership agreement, ${pages} A4 pages (PDF)`);
for (const [name, fn, cold, budget] of stages) {
  const w = await warm(fn);
  const perPage = w.wall / pages;
  console.log(
    `${name.padEnd(8)} warm median ${ms(w.wall)} = ${perPage.toFixed(2)} ms/page (CPU ${(w.cpu / pages).toFixed(2)} ms/page; budget ${budget}) · cold first ${ms(cold.wall)}`,
  );
}
