/**
 * The built-in templates compiled at build time: the JavaScript of each one's Handlebars template spec,
 * keyed by the SHA-256 of the template's source.
 *
 * Empty in the source tree: scripts/build.mjs replaces this module's contents, in dist/ and in the CLI
 * bundle, with the output of `precompiledTemplatesModule()` (precompile.ts). Compiling ~40 templates
 * was the largest part of a cold `generate`; looked up by source hash, a template edited after the
 * build (or a user's own) simply misses and is compiled at run time as before.
 */
export const PRECOMPILED_TEMPLATES: Readonly<Record<string, object>> = {};
