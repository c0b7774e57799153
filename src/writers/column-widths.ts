/**
 * Table column widths from content, shared by the PDF writer (measured glyphs) and the Word writer
 * (estimated from characters), so both set the same proportions.
 *
 * Each column says how wide its longest unbreakable word is (a figure: an amount, a date's digits,
 * a clause number, an identifier), how wide its longest word is, and how wide its longest cell is
 * on one line. Figures always fit; other words fit whenever the page allows; the rest of the width
 * goes where it saves most lines.
 */

/** What one column needs, in any one unit. */
export interface ColumnNeed {
  /** Widest word that must never break (a figure), padding included. */
  readonly hard: number;
  /** Widest word of any kind, padding included; at least `hard`. */
  readonly word: number;
  /** Longest cell set on one line, padding included; at least `word`. */
  readonly natural: number;
}

/** True for a word that a reader would misread if it broke: one holding a digit (£1,250.00, 14.3, SC012345). */
export function isFigure(word: string): boolean {
  return /\d/.test(word);
}

/** One group of a figure written with spaces: "01632", "(0)20", "+44". */
export function isDigitGroup(word: string): boolean {
  return /^[+(]?\d[\d()-]*$/.test(word);
}

/**
 * The words of a cell, each run of digit groups joined back with its spaces into one figure
 * ("01632 960 101"): a telephone number read across two lines reads as two numbers.
 */
export function figureWords(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((word, i) => {
    if (i > 0 && isDigitGroup(word) && isDigitGroup(words[i - 1]!)) out[out.length - 1] += ` ${word}`;
    else out.push(word);
  });
  return out;
}

function share(base: readonly number[], toward: readonly number[], room: number): number[] {
  const stretch = toward.reduce((sum, w, i) => sum + Math.max(0, w - base[i]!), 0);
  if (stretch <= 0) return base.map((w) => w + room / base.length);
  return base.map((w, i) => w + (room * Math.max(0, toward[i]! - w)) / stretch);
}

/**
 * Widths summing to `total`: every column as wide as its longest cell when that fits; else every
 * column at least its widest word, the rest shared by what each still lacks; else figures whole and
 * the other words of the widest columns hyphenated. Only if the figures alone overflow do all shrink.
 */
export function distributeWidths(needs: readonly ColumnNeed[], total: number): number[] {
  if (needs.length === 0) return [];
  const hard = needs.map((n) => n.hard);
  const word = needs.map((n) => Math.max(n.word, n.hard));
  const natural = needs.map((n, i) => Math.max(n.natural, word[i]!));
  const sum = (list: readonly number[]): number => list.reduce((a, b) => a + b, 0);
  const sumNatural = sum(natural);
  if (sumNatural <= total) return natural.map((w) => w + (total - sumNatural) * (w / sumNatural));
  if (sum(word) <= total) return share(word, natural, total - sum(word));
  if (sum(hard) <= total) return share(hard, word, total - sum(hard));
  return hard.map((w) => (w * total) / sum(hard));
}
