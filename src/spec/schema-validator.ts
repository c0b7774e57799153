/**
 * Loads the generated schema validator (`schema-validator.gen.cjs`, made by `npm run gen`).
 *
 * The built package runs it through node:vm with the V8 code cache the build made
 * (`schema-validator.gen.cache`), so a cold `partnership validate` does not compile 1.1 MB of
 * generated code (~80 ms here). A missing cache, or one made by another V8, is simply not used: V8
 * compiles the code as it would anyway. Code running from src/ (tests, development) loads the
 * generated file from src/ itself, so it is never stale against the schema.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import type { ErrorObject } from 'ajv';
import { packagePath } from '../package-root.js';

/** A compiled validator: true when the data conforms; the errors of the last call are left on it. */
export interface SpecSchemaValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

const FILE = 'schema-validator.gen.cjs';
/** Name of the code cache beside the built validator. */
export const CACHE_FILE = 'schema-validator.gen.cache';

const fromSource = fileURLToPath(import.meta.url).split(/[\\/]/).includes('src');
let loaded: SpecSchemaValidator | undefined;

/** The same wrapper Node puts around a CommonJS module, so the cache made at build time matches. */
function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
}

/**
 * Compile the validator at `path` (with `cachedData` if given) and run it as a CommonJS module.
 * Returns the validator and the script, whose `createCachedData()` the build uses.
 */
export function runValidatorScript(path: string, cachedData?: Buffer): { validate: SpecSchemaValidator; script: Script } {
  const script = new Script(wrap(readFileSync(path, 'utf8')), { filename: path, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as unknown };
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  factory(module.exports, createRequire(path), module, path, dirname(path));
  return { validate: module.exports as SpecSchemaValidator, script };
}

/** The schema validator, loaded once per process. */
export function specValidator(): SpecSchemaValidator {
  if (loaded) return loaded;
  const path = packagePath(fromSource ? 'src' : 'dist', 'spec', FILE);
  const cache = packagePath('dist', 'spec', CACHE_FILE);
  loaded = !fromSource && existsSync(cache) ? runValidatorScript(path, readFileSync(cache)).validate : (createRequire(import.meta.url)(path) as SpecSchemaValidator);
  return loaded;
}
