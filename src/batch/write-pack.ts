/**
 * Writes one pack's files so that the folder holds either the previous pack or the new one, never a mix.
 *
 * Two steps, which may run in different threads. Staging writes every file in full to a temporary file
 * beside its target and flushes it to disk; a batch's worker stages the pack it rendered, so the bytes
 * never cross to the main thread (which held up to 50 MB of packs already written until its next full
 * collection). Committing, in the thread that keeps the manifest, writes a journal naming each temporary
 * file and its target, renames the temporary files over their targets, and removes the journal.
 *
 * A failure while staging (a full disk, a killed worker) removes the temporary files and leaves the
 * previous pack intact. A process killed after the journal leaves complete new files behind, and the next
 * run finishes the renames (recover.ts), so the pack is again all new. Files of the pack this write does
 * not produce (other formats, other documents) are kept.
 */
import { rename, rm, rmdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PartnershipError, type Diagnostic } from '../errors.js';
import { asOutputProblem } from '../fs-problems.js';
import type { RenderedFile } from './pack.js';
import { sha256 } from './unchanged.js';
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

/** A rendered file staged on disk: what the manifest records of it, and the temporary file holding it. */
export interface StagedFile extends Omit<RenderedFile, 'bytes'> {
  size: number;
  sha256: string;
  /** File name of the temporary file, inside the pack folder. */
  temp: string;
}

/** Stage a rendered pack's files in `folder` under temporary names, for `commitPack` to put in place. */
export async function stagePack(folder: string, files: readonly RenderedFile[]): Promise<StagedFile[]> {
  const temps = await stageFiles(folder, files);
  return files.map(({ bytes, ...file }, i) => ({
    ...file,
    size: bytes.byteLength,
    sha256: sha256(bytes),
    temp: temps[i]!,
  }));
}

/**
 * Each file written in full to a temporary file beside its target and flushed; their names, in the same
 * order. The files are written at once: a worker waits for the disk here with packs still to render,
 * and one flush after another kept it idle 32 ms a pack (12 % of a pack's time), where flushes side
 * by side take a fraction of that.
 */
async function stageFiles(folder: string, files: readonly PackFileBytes[]): Promise<string[]> {
  await makeFoldersAsync(folder);
  await refuseFoldersInTheWay(files.map((file) => join(folder, file.name)));
  const temps = files.map((file) => basename(tempPathFor(join(folder, file.name))));
  const written = await Promise.allSettled(
    files.map((file, i) => writeDurable(join(folder, temps[i]!), file.bytes, join(folder, file.name))),
  );
  // Every write has ended, failed or not, so none can recreate a file after it is removed.
  const failed = written.find((result) => result.status === 'rejected');
  if (failed) {
    await discardStaged(folder, temps);
    throw failed.reason;
  }
  return temps;
}

/**
 * Remove staged temporary files (names inside `folder`) that will not be committed, and the pack's
 * folder and its spec's folder if that leaves them empty: a folder made for files that never arrived
 * would read as a pack written empty.
 */
export async function discardStaged(folder: string, temps: readonly string[]): Promise<void> {
  await Promise.all(temps.map((temp) => rm(join(folder, temp), { force: true })));
  for (const made of [folder, dirname(folder)]) await rmdir(made).catch(() => undefined);
}

/** Put staged files in place as one change: journal, renames, journal removed. */
export async function commitPack(folder: string, entries: readonly JournalEntry[]): Promise<void> {
  const journal = join(folder, `.partnership-pack.${process.pid}.${randomBytes(4).toString('hex')}${JOURNAL_SUFFIX}`);
  const journalTemp = tempPathFor(journal);
  try {
    await writeDurable(journalTemp, JSON.stringify(entries));
    await rename(journalTemp, journal);
  } catch (error) {
    await Promise.all([
      discardStaged(
        folder,
        entries.map((e) => e.temp),
      ),
      rm(journalTemp, { force: true }),
    ]);
    throw error;
  }
  await commitJournal(folder, entries);
  await rm(journal, { force: true });
}

/**
 * A pack that could not be written for a reason the user can fix (a full disk, a folder in the way), as
 * its spec's diagnostic; null for any other failure, which is a bug and reported as one.
 */
export function outputFailure(file: string, error: unknown, folder: string): Diagnostic | null {
  const problem = asOutputProblem(error, undefined, folder);
  if (!(problem instanceof PartnershipError)) return null;
  return { severity: 'error', code: 'output', message: problem.message, file, line: 0, column: 0, pointer: '' };
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
