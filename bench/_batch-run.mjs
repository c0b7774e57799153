// One batch in a process of its own, so its peak RSS (worker threads included) is the batch's alone:
// `node bench/_batch-run.mjs <jobs> <specs folder> <out>`. With 1 job the packs are made in this process,
// without a pool; with more, on that many worker threads. Prints one line of JSON.
import { performance } from 'node:perf_hooks';
import { discoverSpecs, runBatch } from '../dist/batch/index.js';

const [jobs, folder, out] = process.argv.slice(2);
const start = performance.now();
const cpu = process.cpuUsage();
const found = await discoverSpecs([folder]);
const summary = await runBatch({
  specs: found.specs,
  out,
  formats: ['docx', 'pdf', 'txt'],
  documents: null,
  strict: false,
  jobs: Number(jobs),
  force: true,
  failFast: false,
  dryRun: false,
});
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    packs: summary.written.length,
    failures: summary.failures.length,
    files: summary.written.reduce((n, p) => n + p.files, 0),
    pages: summary.written.reduce((n, p) => n + p.pages, 0),
  }),
);
