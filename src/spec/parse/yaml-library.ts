/**
 * The positioned YAML parser, loaded on first use. Importing it costs about 50 ms of start-up, and a
 * valid spec read by the fast reader never needs it: only problems need positions. ESM cannot import
 * synchronously, and validation is synchronous, so the library's CommonJS build is required here.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/** The `yaml` package, loaded the first time it is asked for. */
export function yamlLibrary(): typeof Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as typeof Yaml;
  return loaded;
}
