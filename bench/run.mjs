// `npm run bench`: runs every benchmark in this folder in turn, in one run, so figures sit side by side.
// Each benchmark is a plain Node script importing the built package from dist/ and printing its medians.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const scripts = readdirSync(here)
  .filter((f) => f.endsWith('.mjs') && f !== 'run.mjs' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

console.log(
  `partnership-docs benchmarks — ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}`,
);
for (const script of scripts) {
  console.log(`\n## ${script.replace(/\.mjs$/, '')}`);
  execFileSync(process.execPath, ['--expose-gc', join(here, script)], { stdio: 'inherit', cwd: join(here, '..') });
}
