/**
 * Reads a spec file's bytes, bounded: only a regular file (or `-`, standard input), and only up to
 * MAX_SPEC_BYTES, so `/dev/zero` cannot fill memory and a FIFO nobody writes to cannot hang the tool.
 * Every failure is a reason a person can act on, never a thrown error.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/** Far above the largest real spec (a 2,000-member spec is under 2 MB), so a bigger file is refused at once. */
export const MAX_SPEC_BYTES = 20 * 1024 * 1024;

/** What the user names standard input as. */
export const STDIN_NAME = '-';

/** The bytes, or why they could not be read (after "Cannot read `file`: "). */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  ENOTDIR: 'no such file (a folder on the path is a file)',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, expected a spec file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
  EIO: 'the device reported an input/output error',
};

const TOO_BIG = `it is larger than ${MAX_SPEC_BYTES / 1024 / 1024} MB, expected a spec file (real specs are well under 2 MB)`;

/** Reads from `fd` until its end or just past MAX_SPEC_BYTES. */
function readBounded(fd: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1 << 20, MAX_SPEC_BYTES + 1 - total));
    let read: number;
    try {
      read = readSync(fd, chunk, 0, chunk.length, null);
    } catch (error) {
      // Standard input in non-blocking mode says "try again" rather than waiting.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      throw error;
    }
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > MAX_SPEC_BYTES) return { ok: false, reason: TOO_BIG };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

/**
 * Reads `path` (or standard input for `-`), refusing anything but a regular file of at most MAX_SPEC_BYTES.
 * @param path the spec file as the user named it
 */
export function readSpecFile(path: string): ReadResult {
  // Read synchronously: a spec is a few kilobytes, and the promise API leaves its file handle's close
  // pending behind the (synchronous) validation, which kept a cold `partnership validate` of a spec
  // with problems waiting 15–35 ms for it before the process could exit.
  try {
    if (path === STDIN_NAME) return readBounded(0);
    // Non-blocking, so that opening a FIFO with no writer returns at once and is refused below.
    const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stats = fstatSync(fd);
      if (stats.isDirectory()) return { ok: false, reason: REASONS.EISDIR! };
      if (!stats.isFile()) {
        return { ok: false, reason: 'it is not a regular file (a device, pipe or socket), expected a spec file' };
      }
      if (stats.size > MAX_SPEC_BYTES) return { ok: false, reason: TOO_BIG };
      return readBounded(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? code) : String(error);
    return { ok: false, reason: REASONS[code] ?? message };
  }
}
