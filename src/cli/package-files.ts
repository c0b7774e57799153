/**
 * Locates the package's own files (schema, starter specs) from this module, so an installed copy works
 * wherever it is installed; the package folder is found by package-root.ts.
 */
import { packagePath, packageRoot as root } from '../package-root.js';

/** Absolute path of the package's root folder. */
export function packageRoot(): string {
  return root();
}

/** Absolute path of the partnership spec JSON Schema. */
export function schemaPath(): string {
  return packagePath('schemas', 'partnership.schema.json');
}
