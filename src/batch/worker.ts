/**
 * The batch worker: the entry of `dist/cli/batch-worker.cjs`, a bundle of its own that each worker thread
 * of the pool (pool.ts) loads once. Fonts, compiled templates and writers are loaded by the first job
 * and kept for every later one in the same thread.
 */
import { checkPack, renderPack, type PackJob, type PackResult } from './pack.js';

/** One task for a worker: check a spec only, or render its pack. */
export interface PackTask {
  kind: 'check' | 'render';
  job: PackJob;
}

/** Run one task; the pool calls this in a worker thread, the in-process runner calls it directly. */
export default async function runTask(task: PackTask): Promise<PackResult> {
  return task.kind === 'check' ? checkPack(task.job) : renderPack(task.job);
}
