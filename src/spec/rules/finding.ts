/**
 * What a cross-field rule reports, and the two constructors every rule family uses.
 *
 * A Finding carries the JSON Pointer of the value most likely to need changing; `spec/` turns it
 * into a located Diagnostic (file, line, column) once it knows where that value sits in the source.
 */

/** One problem found by a cross-field rule (DOMAIN.md §3.4). */
export interface Finding {
  severity: 'error' | 'warning';
  /** Rule id: `R01`…`R55`, or `R60` and up for §3.3 constraints DOMAIN gives no id. */
  code: string;
  /** "Cannot <verb> <thing>: <actual>, expected <expected>", naming the field. */
  message: string;
  /** RFC 6901 pointer of the value to change (`/funding/allocations/2/amount`). */
  pointer: string;
  /** How to fix it, when there is something useful to say. */
  hint?: string;
}

/** A rule family: reads the prepared context and returns what it found. */
export type RuleFamily<Context> = (context: Context) => Finding[];

/** An error Finding (the spec is invalid and no documents are generated). */
export function error(code: string, pointer: string, message: string, hint?: string): Finding {
  return hint === undefined
    ? { severity: 'error', code, message, pointer }
    : { severity: 'error', code, message, pointer, hint };
}

/** A warning Finding (documents are generated with a warning page or drafting note). */
export function warning(code: string, pointer: string, message: string, hint?: string): Finding {
  return hint === undefined
    ? { severity: 'warning', code, message, pointer }
    : { severity: 'warning', code, message, pointer, hint };
}
