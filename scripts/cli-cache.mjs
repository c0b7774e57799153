// Makes the V8 code cache of the CLI bundle (dist/cli/partnership-<build id>.v8cache): loads the bundle
// without a cache, runs once each of the quick commands a person runs cold, then saves the code V8
// compiled for them. Run by scripts/build.mjs after bundling.
//
// One run of each path, not every fixture: a cache saved after validating all ~120 fixtures made a cold
// `validate` 20–30 ms slower than one saved after these few runs (bench/cli.mjs; code V8 has compiled
// for hot functions appears to serve a fresh process worse). `generate` is left out on purpose: its
// start is dominated by writing documents, and its code would make every start read a larger cache.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadCli } = require(join(root, 'dist', 'cli', 'cli-bundle.cjs'));

/** One spec down each path of `validate`: clean, a rule broken, the schema failed, a warning, a syntax error. */
const SPECS = [
  'fixtures/valid/whec-strategic-consortium.yaml',
  'fixtures/invalid/R28-fee-does-not-match-rate.yaml',
  'fixtures/invalid/schema-bad-money.yaml',
  'fixtures/warnings/R07-trust-as-accountable-body.yaml',
  'fixtures/invalid/syntax-duplicate-key.yaml',
];
const silent = { out: () => {}, err: () => {} };
const cli = loadCli(false);
for (const argv of [['--help'], ['schema'], ['validate', ...SPECS]]) await cli.run(argv, silent);
writeFileSync(cli.cacheFile, cli.script.createCachedData());
