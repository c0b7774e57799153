// Makes dist/spec/schema-validator.gen.cache: the V8 code cache of the generated schema validator after
// it has checked every fixture, so the functions a real check needs are compiled into the cache.
// Run by scripts/build.mjs after the TypeScript compile.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load, CORE_SCHEMA } from 'js-yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { runValidatorScript, CACHE_FILE } = await import(join(root, 'dist', 'spec', 'schema-validator.js'));
const { validate, script } = runValidatorScript(join(root, 'dist', 'spec', 'schema-validator.gen.cjs'));

for (const folder of ['valid', 'invalid', 'warnings']) {
  const dir = join(root, 'fixtures', folder);
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    try {
      validate(load(readFileSync(join(dir, name), 'utf8'), { schema: CORE_SCHEMA }));
    } catch {
      // Fixtures that are not even YAML teach the cache nothing.
    }
  }
}
writeFileSync(join(root, 'dist', 'spec', CACHE_FILE), script.createCachedData());
