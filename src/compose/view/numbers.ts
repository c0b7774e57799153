/**
 * Whole numbers in words for legal text: 3 → "three", and "three (3)" where a figure must be unmistakable.
 */

const UNITS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/**
 * Spell a whole number from 0 to 999 in British English ("one hundred and five"); larger or
 * fractional numbers are returned as figures, where words would only obscure them.
 * @param n the number
 */
export function numberInWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 999) return String(n);
  if (n < 20) return UNITS[n] as string;
  if (n < 100) {
    const unit = n % 10;
    return unit === 0 ? (TENS[n / 10] as string) : `${TENS[Math.floor(n / 10)] as string}-${UNITS[unit] as string}`;
  }
  const rest = n % 100;
  const hundreds = `${UNITS[Math.floor(n / 100)] as string} hundred`;
  return rest === 0 ? hundreds : `${hundreds} and ${numberInWords(rest)}`;
}

/**
 * Words then figure, the usual form for counts in an agreement: 3 → "three (3)".
 * @param n the number
 */
export function wordsAndFigure(n: number): string {
  const words = numberInWords(n);
  return words === String(n) ? words : `${words} (${n})`;
}

/**
 * A count with its noun, singular or plural: (1, 'month') → "1 month", (3, 'month') → "3 months".
 * @param n the count
 * @param noun the singular noun
 * @param plural the plural, when not noun + "s"
 */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * A count in words with its noun: (1, 'seat') → "one seat", (2, 'seat') → "two seats".
 * @param n the count
 * @param noun the singular noun
 * @param plural the plural, when not noun + "s"
 */
export function countInWords(n: number, noun: string, plural = `${noun}s`): string {
  return `${numberInWords(n)} ${n === 1 ? noun : plural}`;
}
