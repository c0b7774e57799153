// Builds dist/ from src/: the TypeScript compile (the library, module by module), the generated
// JavaScript (the ajv standalone validator) that tsc does not copy, and the CLI: one CommonJS bundle with
// a V8 code cache. Runs from `npm ci` through `prepare`, so a clean clone has the CLI.
//
// Why a bundle and a cache: a cold `partnership validate` spent more time resolving ~100 ES modules and
// compiling code (the 1.1 MB generated validator above all) than validating. One CommonJS file, compiled
// from a cache V8 wrote after running it over the fixtures, starts in about a third of the time; see
// src/cli/cli-bundle.cts for how the cache is found and why a stale or foreign one is harmless.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const src = join(root, 'src');
const dist = join(root, 'dist');

rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')], {
  stdio: 'inherit',
  cwd: root,
});

function copyGenerated(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) copyGenerated(path);
    else if (entry.name.endsWith('.gen.js') || entry.name.endsWith('.gen.cjs')) {
      const target = join(dist, relative(src, path));
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(path, target);
    }
  }
}
copyGenerated(src);

// The built-in templates compiled once here rather than at every cold start of `generate` (compiling
// them was the largest part of it): the generated module replaces the empty one tsc emitted, and the
// bundles below load it in place of src/compose/precompiled-templates.ts.
const precompiledFile = join(dist, 'compose', 'precompiled-templates.js');
const { precompiledTemplatesModule } = await import(pathToFileURL(join(dist, 'compose', 'precompile.js')).href);
const precompiledSource = precompiledTemplatesModule();
writeFileSync(precompiledFile, precompiledSource);
/** esbuild plugin: bundles the precompiled templates instead of the empty source module. */
const precompiledTemplates = {
  name: 'precompiled-templates',
  setup(b) {
    b.onLoad({ filter: /[\\/]compose[\\/]precompiled-templates\.ts$/ }, () => ({
      contents: precompiledSource,
      loader: 'js',
    }));
  },
};

// Two bundles, each with its own V8 code cache. The CLI (partnership.cjs): what every command needs at
// start (yargs, js-yaml, the validator and its ajv runtime). The generate chunk (generate.cjs): the
// batch, compose and writer stages with every package they use (docx, pdfkit and fontkit, Handlebars,
// markdown-it, fflate) and the precompiled templates, loaded by the CLI the first time a command needs
// one of those stages. Apart, `validate` never reads the chunk's code or cache, and a cold `generate`
// compiles nothing the build already ran (it was 2.6–3.4 s, mostly compiling and first-run work).
const CHUNK_STAGES = ['batch', 'compose', 'writers'];
const CHUNK_ENTRY = join(src, 'cli', 'generate-chunk.ts');

/** esbuild plugin for the CLI bundle: the chunk's stages are reached through the chunk, never bundled. */
const stagesFromChunk = {
  name: 'stages-from-chunk',
  setup(b) {
    const stage = new RegExp(`^\\.\\.?/(\\.\\./)*(${CHUNK_STAGES.join('|')})/index\\.js$`);
    b.onResolve({ filter: stage }, (args) => {
      const target = join(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
      if (!CHUNK_STAGES.some((name) => target === join(src, name, 'index.ts'))) return undefined;
      return { path: 'generate-chunk', namespace: 'chunk' };
    });
    // At run time, the bundle's `require` is that of dist/cli/partnership.cjs: the loader beside it.
    b.onResolve({ filter: /^\.\/cli-bundle\.cjs$/, namespace: 'chunk' }, (args) => ({
      path: args.path,
      external: true,
    }));
    b.onLoad({ filter: /.*/, namespace: 'chunk' }, () => ({
      contents: 'module.exports = require("./cli-bundle.cjs").loadChunk("generate");',
      loader: 'js',
    }));
  },
};

/** esbuild plugin: fontkit as pdfkit requires it (CommonJS), so the chunk carries one copy, not two. */
const oneFontkit = {
  name: 'one-fontkit',
  setup(b) {
    b.onResolve({ filter: /^fontkit$/ }, () => ({ path: require.resolve('fontkit') }));
  },
};

/**
 * esbuild plugin: fontkit's WOFF2 reader, and with it the 490 KB brotli decoder, left out. The writer
 * only ever hands fontkit the bundled TrueType files; every cold `generate` read and compiled that code
 * for nothing. A WOFF2 font would now fail to load with the message below instead.
 */
const noWoff2 = {
  name: 'no-woff2',
  setup(b) {
    b.onResolve({ filter: /^brotli\/decompress\.js$/ }, () => ({ path: 'brotli', namespace: 'no-woff2' }));
    b.onLoad({ filter: /.*/, namespace: 'no-woff2' }, () => ({
      contents: 'module.exports = () => { throw new Error("WOFF2 fonts are not supported: use a TrueType font"); };',
      loader: 'js',
    }));
  },
};

/** Bundle `entry` into dist/cli/`name`.cjs, its first line naming the build id its cache is keyed by. */
async function bundle(entry, name, options) {
  const bundled = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // `import()` becomes `require()`: the bundle runs as a vm.Script, which has no ES module loader.
    supported: { 'dynamic-import': false },
    // Modules find the package's files from their own URL; in the bundle that is the bundle's.
    define: { 'import.meta.url': '__bundle_url' },
    // The directive first: the bundle is ES module code, which is strict, and a banner line would demote
    // esbuild's own "use strict" to a plain string.
    banner: { js: '"use strict";\nvar __bundle_url = require("node:url").pathToFileURL(__filename).href;' },
    // Less to read and hash at every start; names are kept so an internal error's stack still reads.
    minifyWhitespace: true,
    minifySyntax: true,
    write: false,
    logLevel: 'warning',
    ...options,
  });
  const code = bundled.outputFiles[0].text;
  const buildId = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const file = join(dist, 'cli', `${name}.cjs`);
  mkdirSync(dirname(file), { recursive: true });
  const from = relative(root, entry).split('\\').join('/');
  writeFileSync(file, `// partnership-docs ${name}, build ${buildId}; made by scripts/build.mjs from ${from}\n${code}`);
}

await bundle(join(src, 'cli', 'main.ts'), 'partnership', { plugins: [stagesFromChunk] });
// tinypool spawns its workers from a file of its own, found beside its module: it stays a package.
await bundle(CHUNK_ENTRY, 'generate', { plugins: [precompiledTemplates, oneFontkit, noWoff2], external: ['tinypool'] });
// The generate chunk's build id, the hash of all the code that turns a spec into files, is the tool build
// id a manifest records; a batch's worker threads load this chunk too (src/cli/batch-worker.cts).
execFileSync(process.execPath, [join(root, 'scripts', 'cli-cache.mjs')], { stdio: 'inherit', cwd: root });

const bin = join(dist, 'cli', 'bin.cjs');
if (existsSync(bin)) chmodSync(bin, 0o755);
