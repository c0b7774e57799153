/**
 * Entry of each worker thread of a batch's pool (src/batch/pool.ts): the generate chunk, loaded once per
 * thread with the code cache the CLI uses, and its `runTask`.
 *
 * Why not a bundle of its own: the pool's workers used to load a second 4.6 MB bundle of the same code,
 * which tinypool's `import()` first scanned for CommonJS exports (a fifth of a second a worker) and V8
 * then compiled afresh in each thread. Through the chunk, a worker starts as fast as a cold `generate`
 * and the package carries that code once.
 */
import type { PackResult, PackTask } from '../batch/index.js';
import { loadChunk } from './cli-bundle.cjs';

const chunk = loadChunk('generate') as { runTask(task: PackTask): Promise<PackResult> };

export default function runTask(task: PackTask): Promise<PackResult> {
  return chunk.runTask(task);
}
