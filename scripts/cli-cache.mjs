// Makes the V8 code cache of the CLI bundle (dist/cli/partnership-<build id>.v8cache): loads the bundle
// without a cache, runs the quick commands a person runs cold (`validate` over every fixture, valid,
// invalid and with warnings, so the error paths are compiled too; `--help`; `schema`) and saves the code
// V8 compiled for them. `generate` is left out on purpose: its start is dominated by writing documents,
// and its code would make every start read a larger cache. Run by scripts/build.mjs after bundling.
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { loadCli, cacheFileFor, BUNDLE_FILE } = require(join(root, 'dist', 'cli', 'cli-bundle.cjs'));
const { readFileSync } = require('node:fs');

const fixtures = ['valid', 'invalid', 'warnings'].flatMap((folder) =>
  readdirSync(join(root, 'fixtures', folder))
    .filter((name) => /\.(ya?ml|json)$/.test(name) && !name.endsWith('.expected.json'))
    .map((name) => join('fixtures', folder, name)),
);
const silent = { out: () => {}, err: () => {} };
const cli = loadCli(false);
for (const argv of [['--help'], ['--version'], ['schema'], ['validate', ...fixtures], ['validate', '--json', ...fixtures.slice(0, 5)]]) {
  await cli.run(argv, silent);
}
const bundle = join(root, 'dist', 'cli', BUNDLE_FILE);
const source = readFileSync(bundle, 'utf8');
writeFileSync(join(dirname(bundle), cacheFileFor(source.slice(0, source.indexOf('\n')))), cli.script.createCachedData());
