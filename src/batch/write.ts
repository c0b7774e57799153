/**
 * Writes files atomically: bytes go to a temporary file in the target folder, then `rename` replaces the
 * target in one step, so a reader never sees half a document and a failure leaves the previous file intact.
 *
 * A temporary file is named `.<name>.<pid>.<hex>.tmp`: the process id lets a later run tell the leftovers
 * of a dead run (removed by recover.ts) from the files a live run is still writing.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A fresh temporary name beside `path`, owned by this process. */
export function tempPathFor(path: string): string {
  // The name only has to be unique; it never appears in output, so randomness is harmless here.
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Write `bytes` to a new file at `path` and flush it to disk; removes it again if that fails. */
export async function writeDurable(path: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(path, { force: true });
    throw error;
  }
  await handle.close();
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
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    const missing: string[] = [];
    for (let at = path; !existsSync(at) && dirname(at) !== at; at = dirname(at)) missing.unshift(at);
    for (const folder of missing) mkdirSync(folder);
    throw error;
  }
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
  await writeDurable(temp, bytes);
  try {
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
