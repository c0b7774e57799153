/**
 * Turns diagnostics into the lines a person reads: `file:line:col  severity  CODE  message`, then a hint.
 *
 * The only place diagnostics become text; commands pass an output sink so tests can capture it.
 */
import type { Diagnostic } from '../errors.js';
import { forTerminal } from './terminal-text.js';

/** Where a command writes: stdout for results, stderr for problems. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** The process's own streams. */
export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** One diagnostic as one line (plus an indented hint line when there is one), safe for a terminal. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const head = `${forTerminal(place, false)}  ${d.severity}  ${d.code}  ${forTerminal(d.message.replaceAll('\n', ' '))}`;
  return d.hint ? `${head}\n    hint: ${forTerminal(d.hint.replaceAll('\n', ' '))}` : head;
}

/** "1 error", "2 warnings". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Counts of errors and warnings in a list. */
export function countSeverities(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors += 1;
    else warnings += 1;
  }
  return { errors, warnings };
}
