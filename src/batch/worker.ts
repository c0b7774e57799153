/**
 * One task of a batch, as a pool's worker thread (dist/cli/batch-worker.cjs, which loads it from the
 * generate chunk) or the in-process runner runs it. Fonts, compiled templates and writers are loaded by
 * the first task and kept for every later one in the same thread.
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
