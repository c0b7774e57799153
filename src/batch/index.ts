/**
 * The batch stage: specs found, checked and rendered on a worker pool, each pack written as one change and
 * recorded in `<out>/manifest.json`.
 */
export { discoverSpecs, STDIN, type Discovery, type FoundSpec } from './discover.js';
export {
  runBatch,
  type BatchEvent,
  type BatchFailure,
  type BatchOptions,
  type BatchSummary,
  type PackReport,
} from './run-batch.js';
export { renderPack, checkPack, type PackJob, type PackResult, type RenderedFile } from './pack.js';
export { default as runTask, type PackTask } from './worker.js';
export {
  MANIFEST_FILE,
  readManifest,
  updateManifest,
  type ManifestUpdate,
  type Manifest,
  type ManifestFile,
  type ManifestPack,
} from './manifest.js';
export { makeFolders, writeFileAtomic, writeFilesAtomic, type FileToWrite } from './write.js';
