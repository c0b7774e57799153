/**
 * Right-to-left text on a laid-out line: the Unicode bidi algorithm (bidi-js) run over the line's
 * text after line breaking, its pieces cut where the level changes, right-to-left runs shaped right
 * to left (Arabic joined, brackets mirrored), and the runs put in visual order (rule L2).
 *
 * Glyphs thus sit left to right on the page as a reader sees them, as LibreOffice sets them, and each
 * glyph's ToUnicode entry is the character written, so text extraction (pdftotext, pdf.js), which
 * expects visual order and reorders it, gives the name as written.
 */
import { levelsOf } from '../text-direction.js';
import { pieceOf, type Item, type Line, type Piece } from './line-break.js';

/** A piece or a space at its embedding level. */
type Run = { level: number; piece: Piece; space: null } | { level: number; piece: null; space: Item };

/** The runs of one piece: its text cut where the level changes, each run shaped in its direction. */
function pushPieceRuns(runs: Run[], piece: Piece, levels: Uint8Array, start: number): void {
  const text = piece.text;
  let from = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i < text.length && levels[start + i] === levels[start + from]) continue;
    const level = levels[start + from]!;
    const part =
      from === 0 && i === text.length && level % 2 === 0
        ? piece
        : pieceOf(piece.style, text.slice(from, i), level % 2 === 1);
    runs.push({ level, piece: part, space: null });
    from = i;
  }
}

/** Reverses every maximal stretch of runs at `level` or higher (rule L2, one level). */
function reverseFrom(runs: Run[], level: number): void {
  let i = 0;
  while (i < runs.length) {
    if (runs[i]!.level < level) {
      i += 1;
      continue;
    }
    let end = i;
    while (end < runs.length && runs[end]!.level >= level) end += 1;
    runs.splice(i, end - i, ...runs.slice(i, end).reverse());
    i = end;
  }
}

/** A right-to-left stretch of a visual line: items `start` to `end` (exclusive) and their language. */
export interface Stretch {
  readonly start: number;
  readonly end: number;
  /** BCP 47 language of the script ("he", "ar"), or null for another right-to-left script. */
  readonly language: string | null;
}

/** A line in visual order, with its right-to-left stretches. */
export interface VisualLine {
  readonly items: readonly Item[];
  readonly width: number;
  readonly stretches: readonly Stretch[];
}

const HEBREW = /\p{Script=Hebrew}/u;
const ARABIC = /\p{Script=Arabic}/u;

/** The stretches of runs at odd levels or above them, each one right-to-left phrase (with its digits). */
function stretchesOf(runs: readonly Run[]): Stretch[] {
  const out: Stretch[] = [];
  let i = 0;
  while (i < runs.length) {
    if (runs[i]!.level === 0) {
      i += 1;
      continue;
    }
    let end = i;
    let text = '';
    while (end < runs.length && runs[end]!.level > 0) text += runs[end++]!.piece?.text ?? ' ';
    out.push({ start: i, end, language: HEBREW.test(text) ? 'he' : ARABIC.test(text) ? 'ar' : null });
    i = end;
  }
  return out;
}

/** `line` with its items in visual order; its own items when it has no right-to-left text. */
export function visualOrder(line: Line): VisualLine {
  // Shapes know whether their word has right-to-left letters, so a line without any costs one pass.
  if (!line.items.some((item) => item.kind === 'word' && item.pieces.some((piece) => piece.shape.rightToLeft)))
    return { items: line.items, width: line.width, stretches: [] };
  let text = '';
  for (const item of line.items) {
    if (item.kind === 'word') for (const piece of item.pieces) text += piece.text;
    else if (item.kind === 'space') text += ' ';
  }
  const levels = levelsOf(text);
  const runs: Run[] = [];
  let at = 0;
  for (const item of line.items) {
    if (item.kind === 'word') {
      for (const piece of item.pieces) {
        pushPieceRuns(runs, piece, levels, at);
        at += piece.text.length;
      }
    } else if (item.kind === 'space') {
      runs.push({ level: levels[at]!, piece: null, space: item });
      at += 1;
    }
  }
  let highest = 0;
  let lowestOdd = Infinity;
  for (const run of runs) {
    highest = Math.max(highest, run.level);
    if (run.level % 2 === 1) lowestOdd = Math.min(lowestOdd, run.level);
  }
  for (let level = highest; level >= lowestOdd; level -= 1) reverseFrom(runs, level);
  let width = 0;
  const items: Item[] = runs.map((run) => {
    if (run.piece === null) {
      width += (run.space as Extract<Item, { kind: 'space' }>).width;
      return run.space;
    }
    width += run.piece.width;
    return { kind: 'word', pieces: [run.piece], width: run.piece.width };
  });
  return { items, width, stretches: stretchesOf(runs) };
}
