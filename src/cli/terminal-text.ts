/**
 * Makes text safe to print to a terminal: names from a spec (an unknown key, an `after` id, a value
 * quoted in a message) may hold escape sequences or invisible characters that would move the cursor,
 * recolour the screen or reorder the line. Each such character is shown as a visible `\u{…}` escape,
 * and an overlong word (a 10,000-character key) is shortened, so one message stays one readable line.
 */

// C0 and C1 controls (ESC starts every terminal escape sequence), bidi controls, line separators and
// other invisible formatting characters.
/* eslint-disable-next-line no-control-regex -- matching control characters is the point */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]|\p{Default_Ignorable_Code_Point}|[\uD800-\uDFFF]/gu;

/** Longest run of non-space characters printed whole. */
const MAX_WORD = 80;

function shorten(word: string): string {
  const chars = [...word];
  if (chars.length <= MAX_WORD) return word;
  return `${chars.slice(0, 50).join('')}…(${chars.length - 70} more)…${chars.slice(-20).join('')}`;
}

/**
 * `text` with every unsafe character escaped and every overlong word shortened; line breaks between
 * lines are kept.
 * @param text a line (or lines) about to be printed
 * @param shortenWords false for a file path, which must stay whole to be usable
 */
export function forTerminal(text: string, shortenWords = true): string {
  return text
    .split('\n')
    .map((line) => {
      const safe = line.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
      return shortenWords ? safe.replace(/\S{81,}/g, shorten) : safe;
    })
    .join('\n');
}
