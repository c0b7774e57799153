/**
 * Loads the bundled CLI (`partnership.cjs`, made by scripts/build.mjs) with its V8 code cache, and the
 * generate chunk (`generate.cjs`: compose, writers, batch) with its own, when a command first needs it.
 *
 * Why: a cold `partnership validate` spent most of its time not validating but resolving ES modules and
 * compiling code, the 1.1 MB generated schema validator above all. The build bundles the CLI into one
 * CommonJS file and then runs it over the fixtures (scripts/cli-cache.mjs), saving V8's compiled code
 * for every function that ran; here that code is handed back to V8, which skips compiling it.
 *
 * Safe by construction: the bundle's first line names its build id and the cache is looked up by that
 * id, so a rebuilt bundle never meets another build's cache; a cache made by another Node or V8 (a
 * tarball built on one machine and installed on another) is rejected by V8, which then compiles as usual:
 * slower, never wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** The CLI bundle's entry: `run` of src/cli/main.ts. */
export interface CliBundle {
  /** Resolves to the exit code; `output` defaults to the process's stdout and stderr. */
  run(argv: readonly string[], output?: { out(text: string): void; err(text: string): void }): Promise<number>;
  /** The compiled bundle, whose `createCachedData()` the build saves. */
  script: Script;
  /** True when a cache was found but V8 refused it; undefined when there was none. */
  cacheRejected: boolean | undefined;
  /** Where this build's cache is (or would be) kept. */
  cacheFile: string;
}

/** A bundle compiled from its cache: its exports, and what the build needs to save a cache of it. */
export interface LoadedBundle {
  exports: Record<string, unknown>;
  script: Script;
  /** True when a cache was found but V8 refused it; undefined when there was none. */
  cacheRejected: boolean | undefined;
  cacheFile: string;
}

/** Name of a bundle's code cache: the bundle's name and the build id its first line carries. */
function cacheFileFor(name: string, firstLine: string): string {
  const id = /build ([0-9a-f]+)/.exec(firstLine)?.[1] ?? 'unknown';
  return `${name}-${id}.v8cache`;
}

/**
 * Compiles and runs `<name>.cjs`, beside this module in dist/cli/, as Node would run a CommonJS module,
 * handing V8 the code cache made for this build when there is one.
 */
export function loadBundle(name: string, useCache = true): LoadedBundle {
  const file = join(__dirname, `${name}.cjs`);
  const source = readFileSync(file, 'utf8');
  const cacheFile = join(__dirname, cacheFileFor(name, source.slice(0, source.indexOf('\n'))));
  const cachedData = useCache && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The wrapper Node itself puts around a CommonJS module, so `require` and friends mean what they mean.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} as Record<string, unknown> };
  const factory = script.runInThisContext() as (...args: unknown[]) => void;
  factory(module.exports, createRequire(file), module, file, dirname(file));
  return {
    exports: module.exports,
    script,
    cacheRejected: cachedData ? script.cachedDataRejected === true : undefined,
    cacheFile,
  };
}

/** Load and run the CLI bundle; `useCache: false` compiles it afresh (the build does, to make the cache). */
export function loadCli(useCache = true): CliBundle {
  const loaded = loadBundle('partnership', useCache);
  const run = loaded.exports.run as CliBundle['run'] | undefined;
  if (typeof run !== 'function') {
    throw new Error(`${join(__dirname, 'partnership.cjs')} does not export run(); rebuild with \`npm run build\``);
  }
  return { run, script: loaded.script, cacheRejected: loaded.cacheRejected, cacheFile: loaded.cacheFile };
}

const chunks = new Map<string, Record<string, unknown>>();

/**
 * The exports of a chunk the CLI bundle loads on first use (`generate`: the compose and writer stages),
 * compiled once per process. The bundle's `import()` of those stages is compiled to a call of this.
 */
export function loadChunk(name: string): Record<string, unknown> {
  let found = chunks.get(name);
  if (found === undefined) {
    found = loadBundle(name).exports;
    chunks.set(name, found);
  }
  return found;
}
