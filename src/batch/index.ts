/**
 * The batch stage: packs of documents rendered in memory and written atomically.
 */
export { renderPack, type PackRequest, type PackResult, type PlannedFile } from './pack.js';
export { writeFileAtomic } from './write.js';
