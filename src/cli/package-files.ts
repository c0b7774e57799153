/**
 * Locates the package's own files (schema, starter specs) from this module, so an installed copy works
 * wherever it is installed; the package folder is found by package-root.ts.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../package-root.js';

/** Absolute path of the partnership spec JSON Schema. */
export function schemaPath(): string {
  return packagePath('schemas', 'partnership.schema.json');
}

/** This package's version, from its own package.json (never the package.json of the project using it). */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}
