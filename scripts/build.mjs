// Builds dist/ from src/: the TypeScript compile (the library, module by module), the generated
// JavaScript (the ajv standalone validator) that tsc does not copy, and the CLI bundled by esbuild.
// Runs from `npm ci` through `prepare`, so a clean clone has the CLI.
//
// Why a bundle for the CLI: a cold `partnership validate` spent more time resolving and compiling ~100
// small ES modules than validating. One entry plus a few lazily loaded chunks (compose, writers) start
// about 150 ms faster. Packages stay external; the package's own files are found by package-root.ts.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
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

await build({
  entryPoints: [join(src, 'cli', 'bin.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  splitting: true,
  outdir: join(dist, 'cli'),
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});

// A V8 code cache for the generated schema validator, made by running it on the fixtures (valid and
// invalid, so the error paths are compiled too) in a child process with the Node that will run it.
// src/spec/schema-validator.ts uses it when V8 accepts it and compiles as usual when not.
execFileSync(process.execPath, [join(root, 'scripts', 'validator-cache.mjs')], { stdio: 'inherit', cwd: root });

const bin = join(dist, 'cli', 'bin.js');
if (existsSync(bin)) chmodSync(bin, 0o755);
