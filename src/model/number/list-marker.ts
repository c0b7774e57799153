/**
 * Markers of ordered list items by nesting depth: (a), (i), (A), (1), then round again.
 *
 * The depth counts ordered lists below the nearest clause or section, so a clause's paragraphs are
 * (a), (b)… and the paragraphs nested in one of them (i), (ii)…, as UK drafting numbers them.
 */

const ROMAN: readonly [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** Lower-case roman numeral of a positive integer: 4 → "iv". */
export function toRoman(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, digits] of ROMAN) {
    while (rest >= value) {
      out += digits;
      rest -= value;
    }
  }
  return out;
}

/** Letters of a positive integer, spreadsheet style: 1 → "a", 26 → "z", 27 → "aa". */
export function toLetters(n: number): string {
  let rest = n;
  let out = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    out = String.fromCharCode(97 + digit) + out;
    rest = Math.floor((rest - 1) / 26);
  }
  return out;
}

/** The marker of the `position`-th item (1-based) of an ordered list at `depth` (0 for a clause's own list). */
export function listMarker(depth: number, position: number): string {
  switch (depth % 4) {
    case 0:
      return `(${toLetters(position)})`;
    case 1:
      return `(${toRoman(position)})`;
    case 2:
      return `(${toLetters(position).toUpperCase()})`;
    default:
      return `(${position})`;
  }
}
