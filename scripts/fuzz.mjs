// `npm run fuzz`: the generated-spec fuzz test (test/quality/fuzz.test.ts) at full size, 10,000 specs
// validated and composed and 1,000 rendered in every format, where `npm test` runs a few dozen; and the
// verbatim test (test/quality/verbatim.test.ts), hostile strings in every free-text field of every
// fixture, 25 draws per fixture where `npm test` makes one.
// FUZZ_SPECS, FUZZ_RENDERED, FUZZ_VERBATIM and FUZZ_SEED override the counts and the seed; a failure
// prints the seed and path fast-check needs to replay it.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const env = {
  ...process.env,
  FUZZ_SPECS: process.env.FUZZ_SPECS ?? '10000',
  FUZZ_RENDERED: process.env.FUZZ_RENDERED ?? '1000',
  FUZZ_VERBATIM: process.env.FUZZ_VERBATIM ?? '25',
};
console.log(
  `fuzz: ${env.FUZZ_SPECS} specs, ${env.FUZZ_RENDERED} rendered in every format, ` +
    `${env.FUZZ_VERBATIM} hostile draws per fixture, seed ${env.FUZZ_SEED ?? 'default'}`,
);
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(
  process.execPath,
  [vitest, 'run', 'test/quality/fuzz.test.ts', 'test/quality/verbatim.test.ts'],
  { stdio: 'inherit', env },
);
process.exit(result.status ?? 1);
