// Generates src/spec/schema-validator.gen.js, the partnership schema compiled by ajv into standalone
// ES module code (so loading a spec never compiles the schema at run time), and its declaration file.
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
export const SCHEMA_PATH = join(root, 'schemas', 'partnership.schema.json');
export const KEYWORDS_PATH = join(root, 'src', 'spec', 'schema-keywords.ts');
export const VALIDATOR_PATH = join(root, 'src', 'spec', 'schema-validator.gen.js');
export const DECLARATION_PATH = join(root, 'src', 'spec', 'schema-validator.gen.d.ts');

const BANNER = '// Generated from schemas/partnership.schema.json by `npm run gen`; do not edit.\n';

const DECLARATION = `${BANNER}import type { ErrorObject } from 'ajv';

/** A compiled validator: true when the data conforms; the errors of the last call are left on it. */
export interface SpecSchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

/** Checks parsed spec data against the partnership schema (all errors, not just the first). */
declare const validate: SpecSchemaValidator;
export { validate };
export default validate;
`;

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

/**
 * ajv writes CommonJS `require("…")` calls for its runtime helpers and ajv-formats even in ESM mode.
 * A `require` made with createRequire resolves them through node_modules from src/spec/ and from
 * dist/spec/ alike, and (unlike a default import of a CommonJS module, which Node and Vite interpret
 * differently for modules marked __esModule) returns the same object under every loader.
 */
function withRequire(code) {
  const body = code.replace(/^"use strict";\n?/, '');
  return 'import { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);\n' + body;
}

/** Generate the validator module and its declaration: `{ js, dts }`. */
export async function generateValidator() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  const { addSchemaKeywords } = await loadKeywords();
  const ajv = new Ajv2020.default({
    allErrors: true,
    strict: true,
    code: { source: true, esm: true, lines: true },
  });
  addFormats.default(ajv, ['date', 'email', 'uri']);
  addSchemaKeywords(ajv);
  const validate = ajv.compile(schema);
  const js = BANNER + withRequire(standaloneCode.default(ajv, validate));
  return { js, dts: DECLARATION };
}

function readOrEmpty(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

async function main() {
  const { js, dts } = await generateValidator();
  if (process.argv.includes('--check')) {
    const stale = [
      [VALIDATOR_PATH, js],
      [DECLARATION_PATH, dts],
    ].filter(([path, text]) => readOrEmpty(path) !== text);
    for (const [path] of stale) {
      console.error(`${path.slice(root.length + 1)} is stale: run \`npm run gen\` and commit the result.`);
    }
    if (stale.length) process.exit(1);
    return;
  }
  writeFileSync(VALIDATOR_PATH, js);
  writeFileSync(DECLARATION_PATH, dts);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
