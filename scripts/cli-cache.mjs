// Makes the V8 code caches of the CLI's two bundles (dist/cli/<bundle>-<build id>.v8cache): loads each
// without a cache, runs it once down the paths a person runs cold, then saves the code V8 compiled for
// them. Run by scripts/build.mjs after bundling.
//
// One run of each path, not every fixture: a cache saved after validating all ~120 fixtures made a cold
// `validate` 20–30 ms slower than one saved after these few runs (bench/cli.mjs; code V8 has compiled
// for hot functions appears to serve a fresh process worse). `generate` has a cache of its own, for
// the chunk the CLI loads only when it composes or writes documents: made from one full pack of the
// largest fixture in every format, rendered in memory (nothing is written).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadBundle, loadCli } = require(join(root, 'dist', 'cli', 'cli-bundle.cjs'));

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

const chunk = loadBundle('generate', false);
const FIXTURE = 'fixtures/valid/large-funded-consortium.yaml';
const pack = await chunk.exports.renderPack({
  file: FIXTURE,
  source: readFileSync(FIXTURE),
  formats: ['docx', 'pdf', 'txt'],
  documents: null,
  strict: false,
});
if (!pack.ok) throw new Error('the generate chunk could not render the fixture its code cache is made from');
writeFileSync(chunk.cacheFile, chunk.script.createCachedData());
