// One batch in a process of its own, so its peak RSS (worker threads included) is the batch's alone:
// `node bench/_batch-run.mjs <jobs> <specs folder> <out>`. The batch is `partnership generate` itself, the
// CLI bundle loaded as bin.cjs loads it (code caches and all), so the figures are what a user's run costs.
// With 1 job the packs are made in this process, without a pool; with more, on that many worker threads.
// Prints one line of JSON.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const [jobs, folder, out] = process.argv.slice(2);
const { loadCli } = createRequire(import.meta.url)('../dist/cli/cli-bundle.cjs');
const start = performance.now();
const cpu = process.cpuUsage();
let printed = '';
const code = await loadCli().run(
  ['generate', folder, '--out', out, '--jobs', jobs, '--format', 'docx,pdf,txt', '--force', '--json'],
  { out: (text) => (printed += text), err: () => {} },
);
const seconds = (performance.now() - start) / 1000;
const used = process.cpuUsage(cpu);
const summary = JSON.parse(printed);
console.log(
  JSON.stringify({
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    exitCode: code,
    packs: summary.packs.written,
    failures: summary.packs.failed,
    files: summary.files,
    pages: summary.pages,
  }),
);
