/**
 * Converts an offset in decoded source text into a 1-based line and column.
 *
 * Used where no yaml LineCounter exists yet: a JSON syntax error found before the yaml parse, or a
 * position computed from raw text. Columns count UTF-16 code units, as the yaml LineCounter does, so
 * positions from both paths agree.
 */

/** A 1-based place in a source file. */
export interface Position {
  line: number;
  column: number;
}

/**
 * The 1-based line and column of `offset` in `text` (an offset past the end clamps to the end).
 * @param text the decoded source
 * @param offset a UTF-16 index into `text`
 */
export function lineColumnAt(text: string, offset: number): Position {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
