/**
 * The exit-code table (DESIGN.md rule 4): one place maps each kind of failure to a process exit code.
 */
import type { ErrorKind } from '../errors.js';

/** Exit codes of the `partnership` command. */
export const EXIT = {
  /** Everything asked for was done. */
  ok: 0,
  /**
   * Invalid input: a spec, a template, a missing, empty or unreadable file, an unusable output folder;
   * a batch in which every spec failed.
   */
  input: 1,
  /** Usage: an unknown command, option or value. */
  usage: 2,
  /** A batch in which some specs failed and others succeeded. */
  batch: 3,
  /** A bug in partnership-docs. */
  internal: 70,
  /** Interrupted (Ctrl-C): finished packs stay, and the manifest says which. */
  interrupted: 130,
} as const;

/** The exit code for a PartnershipError of this kind. */
export function exitCodeFor(kind: ErrorKind): number {
  return EXIT[kind];
}
