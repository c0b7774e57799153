/**
 * Finds the folder of the installed partnership-docs package, so its own files (schema, templates,
 * package.json) are found wherever it is installed and however its code is laid out: compiled module by
 * module, or bundled into a few files for a fast-starting CLI. It walks up from this module to the
 * package.json that names the package, once per process.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PartnershipError } from './errors.js';

const PACKAGE_NAME = 'partnership-docs';
let found: string | undefined;

function names(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

/** Absolute path of the partnership-docs package folder. */
export function packageRoot(): string {
  if (found) return found;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && names(manifest)) return (found = dir);
    const parent = dirname(dir);
    if (parent === dir)
      throw new PartnershipError(
        'internal',
        `Cannot find the ${PACKAGE_NAME} package folder above ${fileURLToPath(import.meta.url)}`,
      );
    dir = parent;
  }
}

/** Absolute path of a file or folder inside the package, e.g. `packagePath('schemas', 'partnership.schema.json')`. */
export function packagePath(...segments: string[]): string {
  return join(packageRoot(), ...segments);
}
