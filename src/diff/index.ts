/**
 * The diff stage's public API: what changed between two specs, in typed records.
 */
export { diffSpecs } from './spec-diff.js';
export type { SpecChange, SpecChangeKind } from './types.js';
