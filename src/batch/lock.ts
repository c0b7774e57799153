/**
 * A lock file shared by processes on one machine: created exclusively, holding its owner's process id, so
 * a lock left by a run that died is recognised and taken over instead of blocking every later run.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { processAlive } from './recover.js';

const RETRY_MS = 20;
const GIVE_UP_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tryAcquire(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}

async function ownerIsDead(path: string): Promise<boolean> {
  try {
    const pid = Number.parseInt(await readFile(path, 'utf8'), 10);
    // An empty file is a lock being written this instant: its owner is alive.
    return Number.isInteger(pid) && pid > 0 && !processAlive(pid);
  } catch {
    return false;
  }
}

/** Run `fn` holding the lock file at `path`; waits for a live owner, takes over from a dead one. */
export async function withLock<T>(path: string, fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + GIVE_UP_MS;
  while (!(await tryAcquire(path))) {
    if (await ownerIsDead(path)) await rm(path, { force: true });
    else if (Date.now() > deadline) throw new Error(`Cannot lock ${path}: another run has held it for a minute`);
    else await sleep(RETRY_MS);
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}
