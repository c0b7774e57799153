/**
 * The diff stage's public API: what changed between two specs, in typed records, and the redline of two
 * versions of a document.
 */
export { diffSpecs } from './spec-diff.js';
export type { SpecChange, SpecChangeKind } from './types.js';
export { redlineDocument, type Redline, type RedlineChange } from './redline.js';
export { SUMMARY_ID } from './summary.js';
export { redlineSpecs, defaultAuthor, type RedlineRequest } from './redline-pack.js';
