/**
 * Builds the `syntax` Diagnostic every reading problem becomes: one sentence, one place.
 *
 * All reading problems share one opening ("Cannot read the spec: …") so a person scanning the output
 * sees at once that the file could not even be read, before any field was checked.
 */
import type { Diagnostic, Severity } from '../../errors.js';
import type { Position } from './line-column.js';

/**
 * A located `syntax` diagnostic.
 * @param file the file as the user named it
 * @param at where the problem is (1-based)
 * @param problem what is wrong and what is expected, e.g. "duplicate key `x`, expected each key once"
 * @param pointer JSON Pointer of the value involved, '' when none is known
 * @param severity 'error' unless the reader could carry on safely
 */
export function syntaxError(
  file: string,
  at: Position,
  problem: string,
  pointer = '',
  severity: Severity = 'error',
): Diagnostic {
  return {
    severity,
    code: 'syntax',
    message: `Cannot read the spec: ${problem}`,
    file,
    line: Math.max(1, at.line),
    column: Math.max(1, at.column),
    pointer,
  };
}

/**
 * Escapes one JSON Pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`).
 * @param segment a key or an array index
 */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}
