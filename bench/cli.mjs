// Cold-process cost of the CLI (budget for `partnership validate`: ≤ 300 ms), as a user meets it: a
// valid spec, a spec breaking a cross-field rule, one failing the schema, one with a warning. Node's own
// start (`node -e 0`) and `partnership --version` are printed as the floor. Runs are interleaved, so a
// busy moment on the machine spreads over every line instead of landing on one.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median, ms } from './_stats.mjs';

const bin = 'dist/cli/bin.cjs';
const cases = [
  ['node -e 0 (Node start alone)', ['-e', '0']],
  ['partnership --version', [bin, '--version']],
  ['validate, valid spec', [bin, 'validate', 'fixtures/valid/whec-strategic-consortium.yaml']],
  ['validate, valid 13-member spec', [bin, 'validate', 'fixtures/valid/large-funded-consortium.yaml']],
  ['validate, rule error (R28)', [bin, 'validate', 'fixtures/invalid/R28-fee-does-not-match-rate.yaml']],
  ['validate, schema error (money)', [bin, 'validate', 'fixtures/invalid/schema-bad-money.yaml']],
  ['validate, warning (R07)', [bin, 'validate', 'fixtures/warnings/R07-trust-as-accountable-body.yaml']],
];
const RUNS = 21;

// In a child: this process runs with --expose-gc, and V8 refuses a code cache made under other flags.
const probe = spawnSync(process.execPath, ['-e', `process.stdout.write(String(require('./dist/cli/cli-bundle.cjs').loadCli().cacheRejected))`], {
  encoding: 'utf8',
});
console.log(`CLI code cache: ${{ false: 'accepted', true: 'REJECTED (compiling from source)', undefined: 'missing' }[probe.stdout] ?? probe.stdout}`);

const times = cases.map(() => []);
for (let run = 0; run < RUNS + 2; run += 1) {
  cases.forEach(([, args], i) => {
    const start = performance.now();
    spawnSync(process.execPath, args, { stdio: 'ignore' });
    if (run >= 2) times[i].push(performance.now() - start);
  });
}
cases.forEach(([label], i) => {
  const sorted = [...times[i]].sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} median ${ms(median(sorted)).padStart(9)}   fastest ${ms(sorted[0]).padStart(9)}   slowest ${ms(sorted.at(-1)).padStart(9)}`);
});
console.log(`(cold processes, ${RUNS} interleaved runs each; budget for validate: 300 ms)`);
