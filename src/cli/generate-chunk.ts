/**
 * Entry of the CLI's generate chunk (dist/cli/generate.cjs, made by scripts/build.mjs): the stages that
 * compose and write documents, which the CLI bundle reaches only through this chunk, loaded with its
 * own V8 code cache the first time a command needs one of them (see cli-bundle.cts).
 */
export * from '../batch/index.js';
export * from '../compose/index.js';
export * from '../writers/index.js';
