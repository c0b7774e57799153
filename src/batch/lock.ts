/**
 * A lock file shared by processes on one machine: created exclusively, holding its owner's process id, so
 * a lock left by a run that died is recognised and taken over instead of blocking every later run.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { PartnershipError } from '../errors.js';
import { processAlive } from './recover.js';

const RETRY_MS = 20;
const GIVE_UP_MS = 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function tryAcquire(path: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
  try {
    await handle.writeFile(String(process.pid));
  } catch (error) {
    // A lock left empty (a full disk) would read as one being written by a live owner, and hold up
    // every later run for a minute: it goes again.
    await handle.close();
    await rm(path, { force: true });
    throw error;
  }
  await handle.close();
  return true;
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
    else if (Date.now() > deadline)
      throw new PartnershipError(
        'input',
        `Cannot lock ${path}: another run has held it for a minute; wait for that run to finish, or remove the file if none is running`,
      );
    else await sleep(RETRY_MS);
  }
  try {
    return await fn();
  } finally {
    await rm(path, { force: true });
  }
}
