/**
 * The positioned YAML parser, loaded on first use. Importing it costs about 50 ms of start-up, and a
 * valid spec read by the fast reader never needs it: only problems need positions. ESM cannot import
 * synchronously, and validation is synchronous, so the library's CommonJS build is required here.
 *
 * Inside the CLI bundle (CommonJS) `require` exists and the bundler sees `require('yaml')`, so the
 * parser is bundled and its compiled code kept in the CLI's code cache; a spec with a problem is then
 * located without compiling the parser at every start. The ES module build has no `require` and makes one.
 */
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/** The `yaml` package, loaded the first time it is asked for. */
export function yamlLibrary(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load the bundler can see
  loaded ??= (typeof require === 'function' ? require('yaml') : createRequire(import.meta.url)('yaml')) as typeof Yaml;
  return loaded;
}
