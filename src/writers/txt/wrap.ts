/**
 * Line filling for the text writer: wraps prose to a column budget and hangs labels ("1.1", "(a)") in
 * front of indented text.
 *
 * Wrapping is wrap-ansi's (maintained, and measures width as a terminal does). It breaks only at
 * spaces and never inside a word, so a value longer than the line (a URL, a long id) overflows rather
 * than being cut: every word the user wrote stays whole and searchable.
 */
import wrapAnsi from 'wrap-ansi';

/** The width every line is filled to. */
export const LINE_WIDTH = 78;

/** The narrowest column deep nesting may squeeze prose into before lines overflow instead. */
const MIN_COLUMNS = 24;

/** How many columns `text` takes (one per code point: the text is NFC and in alphabetic scripts). */
export function columnsOf(text: string): number {
  return [...text].length;
}

/** `n` spaces. */
export function pad(n: number): string {
  return ' '.repeat(Math.max(0, n));
}

/**
 * Wraps `text` to `columns`; '\n' in `text` is a forced break. Empty input gives one empty line.
 */
export function wrapText(text: string, columns: number): string[] {
  return text.split('\n').flatMap((segment) => wrapAnsi(segment, columns, { hard: false, trim: true }).split('\n'));
}

/** Wraps `text` to fit from column `indent` to the line width, each line starting at `indent`. */
export function fill(text: string, indent: number): string[] {
  return wrapText(text, Math.max(MIN_COLUMNS, LINE_WIDTH - indent)).map((line) => (line === '' ? '' : pad(indent) + line));
}

/**
 * Puts `label` at column `indent` of the first line of `lines`, whose text starts at `indent + width`
 * (a hanging indent). A label as wide as the gap gets its own line rather than touching the text.
 */
export function hang(lines: readonly string[], indent: number, width: number, label: string): string[] {
  const head = pad(indent) + label;
  const [first, ...rest] = lines;
  if (first === undefined || first === '') return [head, ...rest];
  if (label.length >= width) return [head, ...lines];
  return [head + first.slice(indent + label.length), ...rest];
}
