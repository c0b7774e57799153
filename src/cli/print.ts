/**
 * Turns diagnostics into the lines a person reads: `file:line:col  severity  CODE  message`, then a hint.
 *
 * The only place diagnostics become text; commands pass an output sink so tests can capture it.
 */
import type { Diagnostic } from '../errors.js';
import { PLAIN, colourWanted, paintFor, type Paint } from './colour.js';
import { forTerminal } from './terminal-text.js';

/** Where a command writes: stdout for results, stderr for problems. */
export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The stream behind `err` when it is the process's own: a progress bar draws on it when it is a terminal. */
  errStream?: NodeJS.WriteStream;
  /** Colours for what goes to `err` (severities, the summary); none when absent. */
  paint?: Paint;
}

/** The process's own streams. */
export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  errStream: process.stderr,
  get paint() {
    return paintFor(colourWanted(process.stderr.isTTY));
  },
};

/** One diagnostic as one line (plus an indented hint line when there is one), severities in colour. */
export function formatDiagnostic(d: Diagnostic, paint: Paint = PLAIN): string {
  const place = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const severity = d.severity === 'error' ? paint.red(d.severity) : paint.yellow(d.severity);
  const head = `${forTerminal(place, false)}  ${severity}  ${paint.dim(d.code)}  ${forTerminal(d.message.replaceAll('\n', ' '))}`;
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
