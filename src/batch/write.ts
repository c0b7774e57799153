/**
 * Writes files atomically: bytes go to a temporary file in the target folder, then `rename` replaces the
 * target in one step, so a reader never sees half a document and a failure leaves the previous file intact.
 *
 * A temporary file is named `.<name>.<pid>.<hex>.tmp`: the process id lets a later run tell the leftovers
 * of a dead run (removed by recover.ts) from the files a live run is still writing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { lstat, mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PartnershipError } from '../errors.js';

/** A fresh temporary name beside `path`, owned by this process. */
export function tempPathFor(path: string): string {
  // The name only has to be unique; it never appears in output, so randomness is harmless here.
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Write `bytes` to a new file at `path` and flush it to disk; removes it again if that fails.
 * @param target the file the user asked for, when `path` is its hidden temporary file: a failure names it
 */
export async function writeDurable(path: string, bytes: Uint8Array | string, target?: string): Promise<void> {
  const handle = await open(path, 'wx').catch((error: unknown) => {
    throw naming(error, target);
  });
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(path, { force: true });
    throw naming(error, target);
  }
  await handle.close();
}

/**
 * `error` with `target` as the file it is about. Node names the temporary file, which the user never
 * asked for; fs-problems.ts words the error with `dest` when there is one, as it does for a rename.
 */
function naming(error: unknown, target: string | undefined): unknown {
  if (target !== undefined && error instanceof Error) Object.assign(error, { dest: target });
  return error;
}

/**
 * Makes folder `path` and any missing parents. A recursive mkdir reports ENOENT for every failure on the
 * way (a read-only disk, no permission), so on ENOENT the missing folders are made one at a time, and
 * the first that fails says why.
 */
export function makeFolders(path: string): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw fileInTheWay(path);
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const missing: string[] = [];
    for (let at = path; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
    for (const folder of missing) mkdirSync(folder);
    throw error;
  }
}

/**
 * A recursive mkdir reports a file where the folder itself should be as EEXIST, "file already exists",
 * which no list of fixable problems can word well (EEXIST also means a lost race); it is the same problem
 * as a file further up the path, ENOTDIR.
 */
function fileInTheWay(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), {
    code: 'ENOTDIR',
    syscall: 'mkdir',
    path,
  });
}

/** `makeFolders`, for the asynchronous writers. */
export async function makeFoldersAsync(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true });
  } catch {
    makeFolders(path);
  }
}

/** Write `bytes` to `path` atomically, creating the folder if needed. */
export async function writeFileAtomic(path: string, bytes: Uint8Array | string): Promise<void> {
  await makeFoldersAsync(dirname(path));
  const temp = tempPathFor(path);
  await writeDurable(temp, bytes, path);
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A file to write: where, and its bytes. */
export interface FileToWrite {
  path: string;
  bytes: Uint8Array | string;
}

/**
 * Write several files, in any folders, as one change as far as a file system allows: every folder is made,
 * every target checked and every file written in full to its temporary file before the first rename. A
 * failure up to then (no permission, a full disk, a folder in the way) removes the temporary files and
 * leaves every previous file as it was; the renames that follow do not fail on a disk that took the bytes.
 * (A batch pack also keeps a journal, write-pack.ts, to finish renames a killed run left half done; a
 * command writing a handful of files does without.)
 */
export async function writeFilesAtomic(files: readonly FileToWrite[]): Promise<void> {
  for (const folder of new Set(files.map((f) => dirname(f.path)))) await makeFoldersAsync(folder);
  await refuseFoldersInTheWay(files.map((f) => f.path));
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = tempPathFor(file.path);
      temps.push(temp);
      await writeDurable(temp, file.bytes, file.path);
    }
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true })));
    throw error;
  }
  for (const [i, file] of files.entries()) await rename(temps[i]!, file.path);
}

/**
 * A folder where a file goes would make its rename fail after other files were renamed, leaving half the
 * change written; it is found before anything is written instead.
 */
export async function refuseFoldersInTheWay(targets: readonly string[]): Promise<void> {
  for (const target of targets) {
    const found = await lstat(target).catch(() => null);
    if (found?.isDirectory()) {
      throw new PartnershipError(
        'input',
        `Cannot write ${target}: a folder is in the way where a file should go; move or rename that folder`,
      );
    }
  }
}
