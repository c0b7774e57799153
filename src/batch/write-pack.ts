/**
 * Writes one pack's files so that the folder holds either the previous pack or the new one, never a mix.
 *
 * Every file is first written in full to a temporary file beside its target and flushed to disk. Only
 * then is a journal written, naming each temporary file and its target, and the temporary files renamed
 * over their targets; the journal goes last. A failure before the journal (a full disk, a killed worker)
 * removes the temporary files and leaves the previous pack intact. A process killed after the journal
 * leaves complete new files behind, and the next run finishes the renames (recover.ts), so the pack is
 * again all new. Files of the pack this write does not produce (other formats, other documents) are kept.
 */
import { rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { makeFoldersAsync, refuseFoldersInTheWay, tempPathFor, writeDurable } from './write.js';

/** File name suffix of a pack journal; recover.ts looks for it. */
const JOURNAL_SUFFIX = '.journal';

/** One rename the journal promises: a complete temporary file and the file it replaces. */
export interface JournalEntry {
  /** File name of the temporary file, inside the pack folder. */
  temp: string;
  /** File name of the target, inside the pack folder. */
  target: string;
}

/** A file of the pack: its name inside the pack folder and its bytes. */
export interface PackFileBytes {
  name: string;
  bytes: Uint8Array;
}

/** Write every file of a pack into `folder` as one change. */
export async function writePack(folder: string, files: readonly PackFileBytes[]): Promise<void> {
  await makeFoldersAsync(folder);
  await refuseFoldersInTheWay(files.map((file) => join(folder, file.name)));
  const entries: JournalEntry[] = [];
  try {
    for (const file of files) {
      const temp = tempPathFor(join(folder, file.name));
      entries.push({ temp: basename(temp), target: file.name });
      await writeDurable(temp, file.bytes, join(folder, file.name));
    }
  } catch (error) {
    await Promise.all(entries.map((e) => rm(join(folder, e.temp), { force: true })));
    throw error;
  }
  const journal = join(folder, `.partnership-pack.${process.pid}.${randomBytes(4).toString('hex')}${JOURNAL_SUFFIX}`);
  const journalTemp = tempPathFor(journal);
  try {
    await writeDurable(journalTemp, JSON.stringify(entries));
    await rename(journalTemp, journal);
  } catch (error) {
    await Promise.all([
      ...entries.map((e) => rm(join(folder, e.temp), { force: true })),
      rm(journalTemp, { force: true }),
    ]);
    throw error;
  }
  await commitJournal(folder, entries);
  await rm(journal, { force: true });
}

/** Rename each journal entry's temporary file over its target; entries already renamed are skipped. */
export async function commitJournal(folder: string, entries: readonly JournalEntry[]): Promise<void> {
  for (const entry of entries) {
    try {
      await rename(join(folder, entry.temp), join(folder, entry.target));
    } catch (error) {
      // Already renamed by an earlier attempt that was cut short.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
