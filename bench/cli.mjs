// Cold-process cost of the CLI (budget for `partnership validate`: ≤ 300 ms), as a user meets it: a
// valid spec, a spec breaking a cross-field rule, one failing the schema, one with a warning. Node's own
// start (`node -e 0`) and `partnership --version` are printed as the floor. Runs are interleaved, so a
// busy moment on the machine spreads over every line instead of landing on one.
//
// NODE_EXTRA_CA_CERTS makes every Node process read and parse a certificate bundle before running any
// code (about 90 ms on a machine that sets it for all processes). When it is set, each case is also
// timed without it, as on a machine with Node's defaults.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { largeSpec } from './_large-spec.mjs';
import { median, ms } from './_stats.mjs';

const bin = 'dist/cli/bin.cjs';
const large = join(mkdtempSync(join(tmpdir(), 'pd-bench-')), 'sixty-members.yaml');
writeFileSync(large, largeSpec(60));
const out = mkdtempSync(join(tmpdir(), 'pd-bench-out-'));
const cases = [
  ['node -e 0 (Node start alone)', ['-e', '0']],
  ['partnership --version', [bin, '--version']],
  ['validate, valid spec', [bin, 'validate', 'fixtures/valid/whec-strategic-consortium.yaml']],
  ['validate, valid 13-member spec', [bin, 'validate', 'fixtures/valid/large-funded-consortium.yaml']],
  ['validate, valid 60-member spec', [bin, 'validate', large]],
  ['validate, rule error (R28)', [bin, 'validate', 'fixtures/invalid/R28-fee-does-not-match-rate.yaml']],
  ['validate, schema error (money)', [bin, 'validate', 'fixtures/invalid/schema-bad-money.yaml']],
  ['validate, warning (R07)', [bin, 'validate', 'fixtures/warnings/R07-trust-as-accountable-body.yaml']],
  // The largest fixture's agreement as DOCX, PDF and text (budget: ≤ 1.0 s and ≤ 10× `node -e 0`).
  [
    'generate, largest agreement, 3 formats',
    [
      bin,
      'generate',
      'fixtures/valid/large-funded-consortium.yaml',
      '--documents',
      'partnership_agreement',
      '--out',
      out,
      // Every run makes the documents: without it, every run after the first finds the pack unchanged.
      '--force',
    ],
  ],
];
const RUNS = 21;

// In a child: this process runs with --expose-gc, and V8 refuses a code cache made under other flags.
const probe = spawnSync(
  process.execPath,
  ['-e', `process.stdout.write(String(require('./dist/cli/cli-bundle.cjs').loadCli().cacheRejected))`],
  {
    encoding: 'utf8',
  },
);
console.log(
  `CLI code cache: ${{ false: 'accepted', true: 'REJECTED (compiling from source)', undefined: 'missing' }[probe.stdout] ?? probe.stdout}`,
);

const defaults = { ...process.env };
delete defaults.NODE_EXTRA_CA_CERTS;
const environments = process.env.NODE_EXTRA_CA_CERTS
  ? [
      ['this environment (NODE_EXTRA_CA_CERTS set)', process.env],
      ['Node defaults (NODE_EXTRA_CA_CERTS unset)', defaults],
    ]
  : [['this environment', process.env]];

const runs = environments.flatMap(([envLabel, env]) =>
  cases.map(([label, args]) => ({ envLabel, label, args, env, times: [] })),
);
for (let round = 0; round < RUNS + 2; round += 1) {
  for (const run of runs) {
    const start = performance.now();
    spawnSync(process.execPath, run.args, { stdio: 'ignore', env: run.env });
    if (round >= 2) run.times.push(performance.now() - start);
  }
}
for (const [envLabel] of environments) {
  console.log(`${envLabel}:`);
  for (const run of runs.filter((r) => r.envLabel === envLabel)) {
    const sorted = [...run.times].sort((a, b) => a - b);
    console.log(
      `  ${run.label.padEnd(34)} median ${ms(median(sorted)).padStart(9)}   fastest ${ms(sorted[0]).padStart(9)}   slowest ${ms(sorted.at(-1)).padStart(9)}`,
    );
  }
}
console.log(
  `(cold processes, ${RUNS} interleaved runs each; budgets: validate 300 ms, generate 1.0 s and 10× node -e 0)`,
);
