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

// Bundled: what every command needs at start (yargs, js-yaml, the validator and its ajv runtime).
// Left as packages, loaded when first used: the heavy ones only `generate` and `explain` reach, whose
// code would otherwise be read and hashed on every start.
const LOADED_ON_USE = [
  'docx',
  'pdfkit',
  'handlebars',
  'markdown-it',
  'markdown-it-attrs',
  'markdown-it-container',
  'fflate',
  'dejavu-fonts-ttf',
];
const bundleFile = join(dist, 'cli', 'partnership.cjs');
const bundled = await build({
  entryPoints: [join(src, 'cli', 'main.ts')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: LOADED_ON_USE,
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
  plugins: [precompiledTemplates],
  write: false,
  logLevel: 'warning',
});
const code = bundled.outputFiles[0].text;
const buildId = createHash('sha256').update(code).digest('hex').slice(0, 16);
mkdirSync(dirname(bundleFile), { recursive: true });
writeFileSync(
  bundleFile,
  `// partnership-docs CLI, build ${buildId}; made by scripts/build.mjs from src/cli/main.ts\n${code}`,
);
execFileSync(process.execPath, [join(root, 'scripts', 'cli-cache.mjs')], { stdio: 'inherit', cwd: root });

const bin = join(dist, 'cli', 'bin.cjs');
if (existsSync(bin)) chmodSync(bin, 0o755);
