// Cold-process cost of the CLI: `partnership validate` as a user runs it (budget ≤ 300 ms), and
// `partnership --version` as the floor (Node start + yargs).
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, ms } from './_stats.mjs';

const bin = 'dist/cli/bin.js';
const spec = 'fixtures/valid/whec-strategic-consortium.yaml';

function cold(args, runs = 15) {
  const times = [];
  for (let i = 0; i < runs + 2; i += 1) {
    const start = performance.now();
    execFileSync(process.execPath, [bin, ...args], { stdio: 'ignore' });
    if (i >= 2) times.push(performance.now() - start);
  }
  return median(times);
}

console.log(`cli --version (cold process): median ${ms(cold(['--version']))}`);
console.log(`cli validate ${spec} (cold process): median ${ms(cold(['validate', spec]))} (budget 300 ms)`);
