/**
 * Where a refused character sits in the file: the value's place, moved on to the character itself when
 * the file holds it as written (a character given as an escape such as `"\u202e"` is pointed at by
 * its value, since the character is nowhere in the text).
 */
import type { Locator, SourcePosition } from '../locate.js';
import { lineColumnAt } from '../parse/line-column.js';
import type { TextProblem } from './check-text.js';

/** The offset in `text` of a 1-based line and column (clamped to the text). */
function offsetOf(text: string, at: SourcePosition): number {
  let offset = 0;
  for (let line = 1; line < at.line; line += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, at.column - 1));
}

/**
 * The line and column of the refused character of `problem`.
 * @param locator where values and keys of the spec sit
 * @param text the decoded source
 */
export function locateCharacter(locator: Locator, text: string, problem: TextProblem): SourcePosition {
  const start = problem.inKey ? locator.locateKey(problem.pointer) : locator(problem.pointer);
  if (text === '') return start;
  const offset = offsetOf(text, start);
  const lineEnd = text.indexOf('\n', offset);
  const written = problem.inKey
    ? text.slice(offset, lineEnd === -1 ? text.length : lineEnd)
    : (locator.sourceText(problem.pointer) ?? '');
  const at = written.indexOf(problem.character);
  return at === -1 ? start : lineColumnAt(text, offset + at);
}
