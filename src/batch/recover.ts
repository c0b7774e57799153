/**
 * Clears up after runs that died (SIGKILL, a power cut) before finishing: in the output folder and its
 * pack folders, journals of dead runs are completed (write-pack.ts: their files were whole before the
 * journal existed) and temporary files of dead runs are removed. Files of runs still alive are left alone;
 * a run is known by the process id in the file's name.
 */
import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { commitJournal, type JournalEntry } from './write-pack.js';

const TEMP = /\.(\d+)\.[0-9a-f]{8}\.tmp$/;
const JOURNAL = /^\.partnership-pack\.(\d+)\.[0-9a-f]{8}\.journal$/;

/** True when a process with this id is running (on this machine). */
export function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What recovery did, for the summary. */
export interface Recovery {
  /** Packs whose interrupted write was completed. */
  journalsCompleted: number;
  /** Temporary files of dead runs removed. */
  tempsRemoved: number;
}

async function entriesOf(dir: string): Promise<import('node:fs').Dirent[]> {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

async function recoverFolder(dir: string, recovery: Recovery): Promise<void> {
  const entries = await entriesOf(dir);
  for (const entry of entries) {
    const journal = JOURNAL.exec(entry.name);
    if (!entry.isFile() || !journal || processAlive(Number(journal[1]))) continue;
    const path = join(dir, entry.name);
    let planned: JournalEntry[] = [];
    try {
      planned = JSON.parse(await readFile(path, 'utf8')) as JournalEntry[];
    } catch {
      // A journal is renamed into place whole, so an unreadable one was never a promise: drop it.
    }
    await commitJournal(dir, planned);
    await rm(path, { force: true });
    recovery.journalsCompleted += 1;
  }
  for (const entry of entries) {
    const temp = TEMP.exec(entry.name);
    if (!entry.isFile() || !entry.name.startsWith('.') || !temp || processAlive(Number(temp[1]))) continue;
    await rm(join(dir, entry.name), { force: true });
    recovery.tempsRemoved += 1;
  }
}

/**
 * This process's own temporary files in a pack folder (file names): a pack whose worker was stopped
 * (Ctrl-C, out of memory) while it staged its files leaves them, and nothing else of this run writes
 * that folder.
 */
export async function ownTemps(dir: string): Promise<string[]> {
  return (await entriesOf(dir))
    .filter(
      (entry) => entry.isFile() && entry.name.startsWith('.') && Number(TEMP.exec(entry.name)?.[1]) === process.pid,
    )
    .map((entry) => entry.name);
}

/** Complete dead runs' pack writes and remove their temporary files under `out` (`<out>/<spec_id>/<version>/`). */
export async function recoverOutput(out: string): Promise<Recovery> {
  const recovery: Recovery = { journalsCompleted: 0, tempsRemoved: 0 };
  await recoverFolder(out, recovery);
  for (const spec of await entriesOf(out)) {
    if (!spec.isDirectory()) continue;
    for (const version of await entriesOf(join(out, spec.name))) {
      if (version.isDirectory()) await recoverFolder(join(out, spec.name, version.name), recovery);
    }
  }
  return recovery;
}
