/**
 * File-system failures a user can fix (a folder in the way, no permission, a read-only or full disk),
 * said in words with what to do. Node reports them as error codes ("EROFS"), which read as a bug in the
 * tool; anything not listed here still is one, and is reported as such.
 */
import { PartnershipError } from './errors.js';

/** What each user-fixable code means, worded to follow "Cannot write <path>: ". */
const REASONS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied; choose a folder you can write to, or change its permissions',
  EPERM: 'the operation is not permitted there; choose a folder you can write to',
  EROFS: 'the file system is read-only; choose a folder on a writable disk',
  ENOSPC: 'the disk is full; free some space or choose a folder on another disk',
  EDQUOT: 'your disk quota is used up; free some space or choose a folder on another disk',
  EISDIR: 'a folder is in the way where a file should go; move or rename that folder',
  ENOTDIR: 'part of the path is a file, not a folder',
  ELOOP: 'the path goes round a loop of symbolic links',
  ENAMETOOLONG: 'the path is too long for the file system',
  ENOENT: 'a folder on the path does not exist',
  EMFILE: 'too many files are open; close some programs, or run with fewer --jobs',
  ENFILE: 'too many files are open on this machine; close some programs, or run with fewer --jobs',
  EBUSY: 'the file is in use by another program; close it and run again',
  EIO: 'the disk reported an input/output error',
  EXDEV: 'the folder spans two disks; choose a folder on one disk',
};

/** True when `error` is a file-system failure the user can fix. */
export function isFileSystemProblem(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return error instanceof Error && typeof code === 'string' && code in REASONS;
}

/** The reason in words for a user-fixable failure, or null for one that is not. */
export function fileSystemReason(error: unknown): string | null {
  return isFileSystemProblem(error) ? REASONS[error.code!]! : null;
}

/**
 * `error` as an input error naming `path` (else the path the error names) when the user can fix it;
 * any other error is returned unchanged, to be reported as the bug it is.
 */
export function asOutputProblem(error: unknown, path?: string, fallback = 'the output folder'): unknown {
  if (error instanceof PartnershipError || !isFileSystemProblem(error)) return error;
  // A failed rename names the hidden temporary file first; the file the user knows is its destination.
  const named = (error as NodeJS.ErrnoException & { dest?: string }).dest ?? error.path;
  const verb = READING.has(error.syscall ?? '') ? 'read' : 'write';
  return new PartnershipError('input', `Cannot ${verb} ${path ?? named ?? fallback}: ${fileSystemReason(error)}`);
}

/** System calls that only read: their failures are worded "Cannot read". */
const READING = new Set(['read', 'scandir', 'opendir', 'stat', 'lstat', 'readlink', 'access']);
