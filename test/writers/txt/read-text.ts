/**
 * Reads the text output's tables column by column, as a reader follows a cell down its lines. A cell that
 * wraps shares its lines with the cells beside it, so read line by line a value in a table is interleaved
 * with its neighbours; read column by column it is whole.
 */

/** A table's rule: two or more runs of dashes, two spaces apart. */
const RULE = /^( *)(-+)((?: {2}-+)+) *$/;

/** The columns of a rule line as [start, end) code-point offsets. */
function columnsOfRule(rule: string): [number, number][] {
  const out: [number, number][] = [];
  for (const match of rule.matchAll(/-+/g)) out.push([match.index, match.index + match[0].length]);
  return out;
}

/**
 * The index just past the table whose rule is `lines[rule]`: a table whose rows wrap parts them by blank
 * lines and ends with the same rule (as pandoc's multiline tables do); another ends at its first blank line.
 */
export function tableEnd(lines: readonly string[], rule: number): number {
  const columns = columnsOfRule(lines[rule]!);
  // Lines of a table have nothing outside its columns; a paragraph after a table has.
  const inColumns = (line: string) =>
    [...line].every((ch, at) => ch === ' ' || columns.some(([from, to]) => at >= from && at < to));
  let end = rule + 1;
  while (end < lines.length && lines[end]!.trim() !== '') end += 1;
  let closing = end;
  while (closing < lines.length && lines[closing] !== lines[rule] && inColumns(lines[closing]!)) closing += 1;
  return closing < lines.length && lines[closing] === lines[rule] ? closing + 1 : end;
}

/** `text` with every table replaced by its columns, each column's lines in order, one column after another. */
export function tablesByColumn(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!RULE.test(lines[i]!)) {
      out.push(lines[i]!);
      i += 1;
      continue;
    }
    const columns = columnsOfRule(lines[i]!);
    // The header lines above the rule go back to the last blank line.
    let start = out.length;
    while (start > 0 && out[start - 1]!.trim() !== '') start -= 1;
    const block = out.splice(start);
    const end = tableEnd(lines, i);
    const body = lines.slice(i + 1, end).filter((line) => line.trim() !== '' && line !== lines[i]);
    for (const part of [block, body]) {
      for (const [from, to] of columns) {
        out.push(
          part
            .map((line) => [...line].slice(from, to).join('').trim())
            .filter((cell) => cell !== '')
            .join(' '),
        );
      }
    }
    i = end;
  }
  return out.join('\n');
}
