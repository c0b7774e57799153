/**
 * Runs pack tasks: in a long-lived pool of worker threads (tinypool), each loading the worker bundle once,
 * or, for a single thread's worth of work, in this process, which spares a lone pack the start-up of a
 * worker. Either way a task's result is the same value (worker.ts).
 */
import { setMaxListeners } from 'node:events';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { PartnershipError } from '../errors.js';
import { packagePath } from '../package-root.js';
import type { PackTask, TaskResult } from './worker.js';

/** Runs tasks, at most `threads` at a time. */
export interface PackRunner {
  readonly threads: number;
  /** Rejects when the task threw or its worker died; `signal` cancels a task not yet finished. */
  run(task: PackTask, signal?: AbortSignal): Promise<TaskResult>;
  close(): Promise<void>;
}

/** Path of the file each worker thread loads (src/cli/batch-worker.cts, built beside the CLI bundle). */
export function workerBundlePath(): string {
  return packagePath('dist', 'cli', 'batch-worker.cjs');
}

/** Path of the generate chunk, which holds all the code that turns a spec into files (scripts/build.mjs). */
function generateChunkPath(): string {
  return packagePath('dist', 'cli', 'generate.cjs');
}

let buildId: string | undefined;

/** The first `count` bytes of a file as text: the bundle's banner, without reading its megabytes. */
function firstBytes(file: string, count: number): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(count);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, count, 0));
  } finally {
    closeSync(fd);
  }
}

/**
 * The tool's build id: the package version and the hash of the generate chunk, which holds all the code
 * that turns a spec into files (compose, writers and the batch itself, which workers and the CLI alike
 * run). A rebuilt tool whose output could differ has a different id.
 */
export function toolBuildId(): string {
  if (buildId !== undefined) return buildId;
  const file = generateChunkPath();
  if (!existsSync(file) || !existsSync(workerBundlePath())) {
    throw new PartnershipError('internal', `Cannot find the generate chunk ${file}; build it with \`npm run build\``);
  }
  const head = firstBytes(file, 200);
  const hash = /build ([0-9a-f]+)/.exec(head)?.[1] ?? 'unknown';
  const version = (JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version;
  return (buildId = `${version}+${hash}`);
}

/**
 * This process as a runner of one thread: tasks run one after another, as on a worker. Started together,
 * a batch's packs were each composed before the first was written (composing runs to the writers'
 * first await), and a one-process batch of 200 specs held all of them at once: 1.2 GB.
 */
async function inProcessRunner(): Promise<PackRunner> {
  const { default: runTask } = await import('./worker.js');
  let previous: Promise<unknown> = Promise.resolve();
  return {
    threads: 1,
    run: (task, signal) => {
      const result = previous.then(() => {
        // A task stopped while it waited its turn is never started, as the pool drops one from its queue.
        signal?.throwIfAborted();
        return runTask(task);
      });
      previous = result.catch(() => undefined);
      return result;
    },
    close: async () => {},
  };
}

/**
 * Old generation of each worker's heap, in MB. Uncapped, V8 let a worker's heap grow to 200 MB and more
 * between full collections although a pack's live data is under 60 MB (a 150-member spec's full pack
 * peaks at 59 MB), so two workers took bench/batch.mjs's 200 specs to 630 MB. At this cap, with workers
 * staging their own files (write-pack.ts), the CLI's whole batch peaks near 385 MB, for about a fifth
 * more CPU time than uncapped, with room for specs several times the largest fixture. Tighter caps, or a
 * capped young generation, saved little more and ran a quarter slower.
 */
export const WORKER_OLD_GENERATION_MB = 160;

async function poolRunner(threads: number): Promise<PackRunner> {
  const { Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: workerBundlePath(),
    minThreads: threads,
    maxThreads: threads,
    // A batch keeps its workers busy to the end; none should be torn down and started again meanwhile.
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB },
  });
  return {
    threads,
    run: (task, signal) => {
      // The pool listens to the signal once per task it holds, and a batch queues every pack at once:
      // past ten, Node would print a leak warning on every batch of eleven specs or more.
      if (signal) setMaxListeners(0, signal);
      return pool.run(task, signal ? { signal } : {}) as Promise<TaskResult>;
    },
    close: () => pool.destroy(),
  };
}

/** A runner for `threads` threads: worker threads when more than one, else this process. */
export async function createRunner(threads: number): Promise<PackRunner> {
  if (threads <= 1) return inProcessRunner();
  toolBuildId();
  return poolRunner(threads);
}
