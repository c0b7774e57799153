/**
 * Locates the package's own files (schema, starter specs) from this module, so an installed copy works
 * wherever it is installed. `src/cli/` and `dist/cli/` are both two levels below the package root.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of the package's root folder. */
export function packageRoot(): string {
  return root;
}

/** Absolute path of the partnership spec JSON Schema. */
export function schemaPath(): string {
  return join(root, 'schemas', 'partnership.schema.json');
}
