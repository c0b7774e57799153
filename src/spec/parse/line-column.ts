/**
 * Converts an offset in decoded source text into a 1-based line and column.
 *
 * Used where no yaml LineCounter exists: a JSON syntax error found before any yaml parse, positions
 * read from js-yaml's offsets. Columns count UTF-16 code units, as the yaml LineCounter does, so
 * positions from every path agree.
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

/**
 * `lineColumnAt` for many offsets into one text: the line starts are found once, each lookup is a
 * binary search.
 * @param text the decoded source
 */
export function lineIndex(text: string): (offset: number) => Position {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const end = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= end) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: end - (starts[low] as number) + 1 };
  };
}
