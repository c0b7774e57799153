/**
 * The places a command is told to write to (`generate --out`, `diff --redline`, `diff --draft-addendum`,
 * `addendum --out`, `addendum --write-consolidated`), checked before any work is done: an empty name, a
 * file where a folder should be, a folder where a file should be, a dangling or looping symbolic link, or
 * a path that cannot be reached is a one-line error naming the option, never a failure after rendering.
 */
import { lstatSync, statSync, type Stats } from 'node:fs';
import { PartnershipError } from '../errors.js';
import { asOutputProblem, fileSystemReason } from '../fs-problems.js';

/** What is at `path`, following links, or null when nothing is; a dangling or looping link is an error. */
function found(option: string, path: string, expected: 'folder' | 'file'): Stats | null {
  try {
    return statSync(path);
  } catch (error) {
    const link = lstatOrNull(path);
    if (link?.isSymbolicLink()) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ELOOP'
          ? 'a loop of symbolic links'
          : `a symbolic link to a ${expected} that does not exist`;
      // A link to a file that is not there yet is where a new file goes; only a folder must exist.
      if (expected === 'file' && (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new PartnershipError(
        'input',
        `Cannot write into --${option} ${path}: it is ${reason}, expected a ${expected}`,
      );
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // Only looked at, but looked at to be written to: a file up the path is a place that cannot be written.
    const reason = fileSystemReason(error);
    if (reason === null) throw error;
    throw new PartnershipError('input', `Cannot write into --${option} ${path}: ${reason}`);
  }
}

/** What is at `path` itself, or null when it cannot be looked at: then the stat error above says why. */
function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

function refuseEmpty(option: string, path: string, expected: string): void {
  if (path.trim() === '') {
    throw new PartnershipError('usage', `Cannot write into --${option} ${JSON.stringify(path)}: expected ${expected}`);
  }
}

/**
 * Check the folder `--<option>` names and, when `make` is given, make it if absent.
 * @param example a folder name to suggest when none is given
 * @param make makes the folder and its parents; omitted, the folder is left to the writer (a command that
 *   may still fail before writing leaves no empty folder behind)
 */
export function prepareOutputFolder(
  option: string,
  path: string,
  example: string,
  make?: (path: string) => void,
): void {
  refuseEmpty(option, path, `the name of a folder, such as ${example}`);
  const stats = found(option, path, 'folder');
  if (stats !== null && !stats.isDirectory()) {
    throw new PartnershipError('input', `Cannot write into --${option} ${path}: it is a file, expected a folder`);
  }
  if (stats !== null || make === undefined) return;
  try {
    make(path);
  } catch (error) {
    throw asOutputProblem(error, path);
  }
}

/** Check the file `--<option>` names: a new file, or one to replace, never a folder. */
export function checkOutputFile(option: string, path: string): void {
  refuseEmpty(option, path, 'the name of a file, such as addendum-1.yaml');
  if (found(option, path, 'file')?.isDirectory()) {
    throw new PartnershipError('input', `Cannot write into --${option} ${path}: it is a folder, expected a file`);
  }
}
