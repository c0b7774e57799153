/**
 * Breaks a paragraph's items into lines of a given width: first fit over cached word widths, with a
 * word longer than a whole line split between characters (so no text ever runs off the page).
 */
import britishEnglish from 'hyphen/en-gb/index.js';
import { shape, type Shape } from './measure.js';
import type { RunStyle } from './style.js';

/** Part of a word set in one style ("Partner" in bold, then "s" in roman, with no space between). */
export interface Piece {
  readonly style: RunStyle;
  readonly text: string;
  readonly shape: Shape;
  readonly width: number;
}

/** A word (one or more pieces), a breakable space, or a forced line break. */
export type Item =
  | { readonly kind: 'word'; readonly pieces: Piece[]; width: number }
  | { readonly kind: 'space'; readonly style: RunStyle; readonly width: number }
  | { readonly kind: 'break' };

/** One line: its words and the spaces between them, with no space at either end. */
export interface Line {
  readonly items: Item[];
  /** Natural width: the words and spaces at their own widths. */
  readonly width: number;
  /** Spaces inside the line, which justification widens. */
  readonly spaces: number;
  /** True for a paragraph's last line and for a line ended by a forced break: never justified. */
  readonly last: boolean;
  /** Largest font size on the line, for its leading. */
  readonly size: number;
}

/** A piece of `text` in `style`, measured; `rtl` shapes it right to left (glyphs in visual order). */
export function pieceOf(style: RunStyle, text: string, rtl = false): Piece {
  const shaped = shape(style.face, text, rtl);
  return { style, text, shape: shaped, width: (shaped.width * style.size) / 1000 };
}

/**
 * Splits a word wider than `width` into words that fit: a dictionary word between its syllables
 * (`splitAtSyllables`), anything else at character boundaries, with a hyphen
 * where the break falls between two letters of a dictionary-length word (a longer string, such as
 * an address or a reference code, breaks bare: a hyphen would read as part of it, and after the last
 * separator that fits, so a document ID breaks between its parts). Characters are
 * measured one at a time (linear in the word's length; kerning only narrows the result). Table
 * columns are never narrower than a figure, so what breaks here is a long name or word, never an
 * amount or a clause number.
 */
function splitWord(word: Extract<Item, { kind: 'word' }>, width: number): Extract<Item, { kind: 'word' }>[] {
  const bySyllable = word.pieces.length === 1 ? splitAtSyllables(word.pieces[0]!, width) : null;
  if (bySyllable !== null) return bySyllable;
  const out: Extract<Item, { kind: 'word' }>[] = [];
  let current: Piece[] = [];
  let used = 0;
  const finish = (): void => {
    if (current.length > 0) out.push({ kind: 'word', pieces: current, width: used });
    current = [];
    used = 0;
  };
  const whole = word.pieces.map((piece) => piece.text).join('');
  const hyphenates = whole.length <= MAX_HYPHENATED && WORD.test(whole);
  for (const piece of word.pieces) {
    let run = '';
    let runWidth = 0;
    /** In a code or address, where in `run` the last break after a separator falls (0: none yet). */
    let separated = 0;
    const hyphen = hyphenates ? pieceOf(piece.style, '-') : pieceOf(piece.style, '');
    for (const char of piece.text) {
      const charWidth = pieceOf(piece.style, char).width;
      const overflows = (): boolean => used + runWidth + charWidth + hyphen.width > width;
      if (overflows() && separated > 0) {
        // An identifier ("a-b/1.0/c") breaks after a slash, hyphen, dot or underscore that fits, not
        // in the middle of a part.
        current.push(pieceOf(piece.style, run.slice(0, separated)));
        used += current[current.length - 1]!.width;
        finish();
        run = run.slice(separated);
        runWidth = pieceOf(piece.style, run).width;
        separated = 0;
      }
      if (overflows() && (run !== '' || used > 0)) {
        if (run !== '') current.push(pieceOf(piece.style, run));
        used += runWidth;
        if (hyphenates && LETTER.test(run.slice(-1)) && LETTER.test(char)) {
          current.push(hyphen);
          used += hyphen.width;
        }
        finish();
        run = '';
        runWidth = 0;
      }
      run += char;
      runWidth += charWidth;
      if (!hyphenates && SEPARATOR.test(char)) separated = run.length;
    }
    if (run !== '') {
      const part = pieceOf(piece.style, run);
      current.push(part);
      used += part.width;
    }
  }
  finish();
  return out;
}

const SOFT_HYPHEN = '\u00AD';

/**
 * A dictionary word split between its syllables, as British English hyphenation patterns (the `hyphen`
 * package's TeX patterns) allow, each part but the last ending in a hyphen: "accom-/modation", never
 * "accommodat-/ion". Null when the word is not such a word or one of its syllables is itself too wide,
 * which leaves it to the split between characters.
 */
function splitAtSyllables(piece: Piece, width: number): Extract<Item, { kind: 'word' }>[] | null {
  if (piece.text.length > MAX_HYPHENATED || !WORD.test(piece.text)) return null;
  const syllables = britishEnglish.hyphenateSync(piece.text, { hyphenChar: SOFT_HYPHEN }).split(SOFT_HYPHEN);
  if (syllables.length < 2) return null;
  const hyphen = pieceOf(piece.style, '-');
  const out: Extract<Item, { kind: 'word' }>[] = [];
  let line = '';
  syllables.forEach((syllable, i) => {
    const last = i === syllables.length - 1;
    const next = line + syllable;
    if (line !== '' && pieceOf(piece.style, next).width + (last ? 0 : hyphen.width) > width) {
      const part = pieceOf(piece.style, line);
      out.push({ kind: 'word', pieces: [part, hyphen], width: part.width + hyphen.width });
      line = syllable;
    } else line = next;
  });
  const rest = pieceOf(piece.style, line);
  out.push({ kind: 'word', pieces: [rest], width: rest.width });
  return out.every((part) => part.width <= width) ? out : null;
}

const LETTER = /\p{L}/u;
/** Characters after which a code, path or address may break. */
const SEPARATOR = /^[/\\\-_.@]$/u;
const WORD = /^[\p{L}'’-]+[,.;:]?$/u;
/** Longer than any English word a table holds: such a string is a code or a name, not a word. */
const MAX_HYPHENATED = 30;

function lineSize(items: readonly Item[], fallback: number): number {
  let size = fallback;
  for (const item of items) {
    if (item.kind === 'word') for (const piece of item.pieces) if (piece.style.size > size) size = piece.style.size;
  }
  return size;
}

/**
 * Lines of `items` no wider than `width` (the first line `firstWidth`, for a run-in label).
 * @param baseSize the paragraph's font size, the leading of an empty line
 */
export function breakLines(items: readonly Item[], width: number, baseSize: number, firstWidth = width): Line[] {
  const lines: Line[] = [];
  let current: Item[] = [];
  let used = 0;
  let spaces = 0;
  let pendingSpace: Extract<Item, { kind: 'space' }> | null = null;
  const close = (last: boolean): void => {
    lines.push({ items: current, width: used, spaces, last, size: lineSize(current, baseSize) });
    current = [];
    used = 0;
    spaces = 0;
    pendingSpace = null;
  };
  const place = (word: Extract<Item, { kind: 'word' }>): void => {
    const limit = lines.length === 0 ? firstWidth : width;
    const gap: number = current.length > 0 && pendingSpace !== null ? pendingSpace.width : 0;
    if (current.length > 0 && used + gap + word.width > limit) close(false);
    if (current.length > 0 && pendingSpace !== null) {
      current.push(pendingSpace);
      used += pendingSpace.width;
      spaces += 1;
    }
    current.push(word);
    used += word.width;
    pendingSpace = null;
  };
  for (const item of items) {
    if (item.kind === 'space') {
      if (current.length > 0) pendingSpace = item;
    } else if (item.kind === 'break') {
      close(true);
    } else if (item.width > (lines.length === 0 ? firstWidth : width)) {
      for (const part of splitWord(item, width)) place(part);
    } else {
      place(item);
    }
  }
  if (current.length > 0 || lines.length === 0) close(true);
  return lines;
}
