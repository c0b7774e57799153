/**
 * The one error type of partnership-docs and the Diagnostic that every stage reports.
 *
 * A Diagnostic is a user-fixable problem with a place; a PartnershipError is thrown when a stage
 * cannot go on (bad input it cannot recover from, or a bug) and carries the diagnostics that explain it.
 * Only `cli/` turns either into text and exit codes.
 */

/** How bad a problem is: an error stops generation, a warning does not (unless `--strict`). */
export type Severity = 'error' | 'warning';

/** A problem a user can act on, located in the file they wrote. */
export interface Diagnostic {
  severity: Severity;
  /** Rule id (`R14`), schema keyword (`required`, `enum`, …), `syntax`, or a stage's own code (`template`, `io`). */
  code: string;
  /** "Cannot <verb> <thing>: <actual>, expected <expected>" style sentence, naming the field. */
  message: string;
  /** Path of the file as the user named it. */
  file: string;
  /** 1-based line; 0 only when no position can be known (e.g. an empty file). */
  line: number;
  /** 1-based column; 0 only when no position can be known. */
  column: number;
  /** JSON Pointer of the offending value inside the spec ('' for the whole document). */
  pointer: string;
  /** How to fix it, when there is something useful to say ("did you mean `members`?"). */
  hint?: string;
  /** For a warning, the point in the partners' words, grouped by subject on a draft's drafting notes page. */
  note?: { subject: string; text: string };
}

/** What kind of failure a PartnershipError reports; the CLI maps each kind to one exit code. */
export type ErrorKind =
  /** The user's input (spec, template, file) is wrong: exit 1. */
  | 'input'
  /** The command line is wrong (unknown command, option or value): exit 2. */
  | 'usage'
  /** A batch finished but some jobs failed: exit 3. */
  | 'batch'
  /** A bug in partnership-docs: exit 70. */
  | 'internal';

/**
 * Marks a PartnershipError whichever copy of this module made it. The CLI runs from more than one bundle
 * (start-up code, and the generate chunk loaded on use), each with its own copy of this class; without
 * the mark, an input error thrown in one was not an instance in the other and was reported as a bug.
 */
const MARK = Symbol.for('partnership-docs.PartnershipError');

/** The single error type thrown across stages. */
export class PartnershipError extends Error {
  readonly kind: ErrorKind;
  readonly diagnostics: readonly Diagnostic[];
  readonly [MARK] = true;

  constructor(kind: ErrorKind, message: string, diagnostics: readonly Diagnostic[] = []) {
    super(message);
    this.name = 'PartnershipError';
    this.kind = kind;
    this.diagnostics = diagnostics;
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [MARK]?: unknown })[MARK] === true;
  }
}

/** True when the list holds at least one error (warnings alone do not stop generation). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
