/**
 * One task of a batch, as a pool's worker thread (dist/cli/batch-worker.cjs, which loads it from the
 * generate chunk) or the in-process runner runs it. Fonts, compiled templates and writers are loaded by
 * the first task and kept for every later one in the same thread.
 */
import { join } from 'node:path';
import { checkPack, renderPack, type PackJob, type PackResult } from './pack.js';
import { outputFailure, stagePack, type StagedFile } from './write-pack.js';

/** One task: check a spec only, or render its pack and stage the files in its folder under `out`. */
export type PackTask = { kind: 'check'; job: PackJob } | { kind: 'render'; job: PackJob; out: string };

/** A task's outcome: for a render, the pack's files staged on disk, for the caller to commit. */
export type TaskResult = PackResult<StagedFile>;

/** Run one task; the pool calls this in a worker thread, the in-process runner calls it directly. */
export default async function runTask(task: PackTask): Promise<TaskResult> {
  if (task.kind === 'check') return checkPack(task.job);
  const result = await renderPack(task.job);
  if (!result.ok) return { ...result, files: [] };
  const folder = join(task.out, result.specId!, result.version!);
  try {
    return { ...result, files: await stagePack(folder, result.files) };
  } catch (error) {
    // An error crosses from a worker thread as a plain Error, without the code that says a full disk
    // or a folder in the way is the user's to fix: it is worded here, in the thread that met it.
    const problem = outputFailure(task.job.file, error, folder);
    if (problem === null) throw error;
    return { ...result, ok: false, diagnostics: [...result.diagnostics, problem], files: [] };
  }
}
