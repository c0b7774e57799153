// Generates src/spec/schema-validator.gen.cjs, the partnership schema compiled by ajv into standalone
// CommonJS code (so loading a spec never compiles the schema at run time), and
// src/spec/addendum-validator.gen.cjs from the addendum schema the same way.
// CommonJS, because ajv's standalone output is; the CLI bundle carries it with a V8 code cache made at
// build time (src/cli/cli-bundle.cts): compiling this 1.1 MB function was most of a cold `validate`.
// `--check` compares instead of writing and exits 1 when either committed file is stale.
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KEYWORDS_PATH = join(root, 'src', 'spec', 'schema-keywords.ts');

/** Each schema and the validator module made from it. */
export const TARGETS = [
  { schema: 'partnership.schema.json', out: join(root, 'src', 'spec', 'schema-validator.gen.cjs') },
  { schema: 'addendum.schema.json', out: join(root, 'src', 'spec', 'addendum-validator.gen.cjs') },
];

/**
 * The custom keywords, taken from src/spec/schema-keywords.ts itself so generator and runtime cannot
 * drift: the module has only type imports, so a plain transpile makes it loadable here.
 */
async function loadKeywords() {
  const source = readFileSync(KEYWORDS_PATH, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  const url = `data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`;
  return import(url);
}

/** Generate one target's validator module: `{ js }`. */
export async function generateValidator(target = TARGETS[0]) {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', target.schema), 'utf8'));
  const { addSchemaKeywords } = await loadKeywords();
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: true,
    code: { source: true, esm: false, lines: true },
  });
  addFormats.default(ajv, ['date', 'email', 'uri']);
  addSchemaKeywords(ajv);
  const validate = ajv.compile(schema);
  const banner = `// Generated from schemas/${target.schema} by \`npm run gen\`; do not edit.\n`;
  const js = banner + standaloneCode.default(ajv, validate);
  return { js };
}

function readOrEmpty(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

async function main() {
  const made = [];
  for (const target of TARGETS) made.push([target.out, (await generateValidator(target)).js]);
  if (process.argv.includes('--check')) {
    const stale = made.filter(([path, text]) => readOrEmpty(path) !== text);
    for (const [path] of stale) {
      console.error(`${path.slice(root.length + 1)} is stale: run \`npm run gen\` and commit the result.`);
    }
    if (stale.length) process.exit(1);
    return;
  }
  for (const [path, js] of made) writeFileSync(path, js);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
