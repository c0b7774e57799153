// `npm run bench`: runs every benchmark in this folder in turn, in one run, so figures sit side by side.
// Each benchmark is a plain Node script importing the built package from dist/ and printing its medians.
// A full run (no filter) also writes everything it printed to bench/RESULTS.md.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

const lines = [
  `partnership-docs benchmarks — ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
];
console.log(lines[0]);
for (const script of scripts) {
  const heading = `\n## ${script.replace(/\.mjs$/, '')}`;
  console.log(heading);
  const output = execFileSync(process.execPath, ['--expose-gc', join(here, script)], {
    cwd: join(here, '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(output);
  lines.push(heading, output.trimEnd());
}
if (only.length === 0) {
  writeFileSync(join(here, 'RESULTS.md'), `# Benchmark results\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\`\n`);
}
