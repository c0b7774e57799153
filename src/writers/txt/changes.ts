/**
 * A redline's whole-block marks in plain text: the lines of an inserted (or moved-here) block between
 * `{+` and `+}`, of a deleted (or moved-away) block between `[-` and `-]`, as the inline marks are.
 */
import type { BlockChange, Inline } from '../../model/index.js';
import { inlineText } from './inlines.js';

const MARKS: Record<BlockChange, [string, string]> = {
  inserted: ['{+', '+}'],
  movedTo: ['{+', '+}'],
  deleted: ['[-', '-]'],
  movedFrom: ['[-', '-]'],
};

/** `lines` with the change's opening mark before the first text and its closing mark after the last. */
export function markLines(lines: readonly string[], change: BlockChange | null | undefined): string[] {
  if (!change) return [...lines];
  const [open, close] = MARKS[change];
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0) return [...lines];
  let last = lines.length - 1;
  while ((lines[last] as string).trim() === '') last -= 1;
  const out = [...lines];
  const line = out[first] as string;
  const at = line.length - line.trimStart().length;
  out[first] = `${line.slice(0, at)}${open}${line.slice(at)}`;
  out[last] = `${out[last] as string}${close}`;
  return out;
}

/** A cell's or heading's text inside the change's marks. */
export function markText(text: string, change: BlockChange | null | undefined): string {
  if (!change || text === '') return text;
  const [open, close] = MARKS[change];
  return `${open}${text}${close}`;
}

/** A section's or clause's title as printed: with its redline marks when it has them. */
export function titleText(node: { title: string | null; titleMarks?: Inline[] }): string | null {
  return node.titleMarks ? inlineText(node.titleMarks) : node.title;
}
