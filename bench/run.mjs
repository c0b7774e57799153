// `npm run bench`: runs every benchmark in this folder in turn, in one run, so figures sit side by side.
// Each benchmark is a plain Node script importing the built package from dist/ and printing its medians.
// A full run (no filter) also writes everything it printed to bench/RESULTS.md; a run of some benchmarks
// on the same machine refreshes their sections there.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
const sections = new Map();
for (const script of scripts) {
  const name = script.replace(/\.mjs$/, '');
  const heading = `\n## ${name}`;
  console.log(heading);
  const output = execFileSync(process.execPath, ['--expose-gc', join(here, script)], {
    cwd: join(here, '..'),
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(output);
  lines.push(heading, output.trimEnd());
  sections.set(name, output.trimEnd());
}
const results = join(here, 'RESULTS.md');
if (only.length === 0) {
  writeFileSync(results, `# Benchmark results\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\`\n`);
} else if (existsSync(results)) {
  // A partial run on the machine of the full run refreshes its own sections, each marked as rerun, so a
  // fixed benchmark need not wait for the whole suite; on another machine it leaves the file alone.
  const text = readFileSync(results, 'utf8');
  if (text.includes(lines[0])) {
    let updated = text;
    for (const [name, output] of sections) {
      const section = new RegExp(`(\\n## ${name}\\n)[\\s\\S]*?(?=\\n## |\\n\`\`\`\\n$)`);
      updated = updated.replace(section, `$1(rerun alone, ${new Date().toISOString().slice(0, 10)})\n${output}\n`);
    }
    writeFileSync(results, updated);
  }
}
