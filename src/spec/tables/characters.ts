/**
 * Which characters a spec's text may not hold, class by class, and why: the one table the spec check,
 * the documentation (docs/characters.md) and the tests read.
 *
 * A character is refused when some output cannot carry it faithfully: XML (and so Word) cannot hold it,
 * it makes Word and PDF show different text, or the PDF's text layer would lose it. Refusing at the spec,
 * at its line and column, is better than a name that silently differs between the three files a
 * partnership signs. A class moves to `KEPT_CHARACTERS` once every writer carries it.
 */

/** One class of refused characters. */
export interface RefusedCharacterClass {
  /** What the class is called in messages ("a bidi override"). */
  name: string;
  /** Matches one character of the class (a `u`-flag character class, no other syntax). */
  pattern: RegExp;
  /** Why it is refused, after "it …": "makes Word and PDF show different text". */
  why: string;
  /** What to do instead. */
  instead: string;
}

/** Lone surrogates cannot be encoded in UTF-8 or XML at all. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/* eslint-disable no-control-regex -- matching control characters is the point */
/** Refused classes, checked in this order (the first that matches names the character). */
export const REFUSED_CHARACTERS: readonly RefusedCharacterClass[] = [
  {
    name: 'a control character',
    pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u,
    why: 'cannot be written into Word or PDF text (XML forbids most of them)',
    instead: 'delete it; use a new line or a space',
  },
  {
    name: 'a non-character',
    pattern: /[\uFDD0-\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{10FFFE}\u{10FFFF}]/u,
    why: 'is not a character at all (XML forbids U+FFFE and U+FFFF)',
    instead: 'delete it',
  },
  {
    name: 'a bidi embedding or override',
    pattern: /[\u202A-\u202E]/u,
    why: 'makes Word and PDF show different text for the same value',
    instead: 'delete it; the documents lay out right-to-left text themselves',
  },
  {
    name: 'a bidi mark or isolate',
    pattern: /[\u200E\u200F\u061C\u2066-\u2069]/u,
    why: "would be dropped from the PDF's text, so the PDF would differ from Word",
    instead: 'delete it; the documents lay out right-to-left text themselves',
  },
  {
    name: 'a zero-width joiner or non-joiner',
    pattern: /[\u200C\u200D]/u,
    why: "would be dropped from the PDF's text, so the PDF would differ from Word",
    instead: 'delete it',
  },
  {
    name: 'a byte-order mark (zero-width no-break space)',
    pattern: /\uFEFF/u,
    why: 'is invisible and would be dropped from headings and from the PDF',
    instead: 'delete it (a byte-order mark belongs only at the very start of a file)',
  },
  {
    name: 'a variation selector',
    pattern: /[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u180B-\u180F]/u,
    why: "would be dropped from the PDF's text, so the PDF would differ from Word",
    instead: 'delete it',
  },
  {
    name: 'a line or paragraph separator',
    pattern: /[\u2028\u2029]/u,
    why: "breaks the line in Word but would be dropped from the PDF's text",
    instead: 'use an ordinary new line in a multi-line field',
  },
  {
    name: 'an invisible formatting character',
    pattern: /\p{Default_Ignorable_Code_Point}/u,
    why: "is invisible and would be dropped from the PDF's text, so the PDF would differ from Word",
    instead: 'delete it',
  },
];
/* eslint-enable no-control-regex */

/** Characters outside the ordinary printable ones that every output keeps, for the documentation. */
export const KEPT_CHARACTERS: readonly { name: string; characters: string }[] = [
  { name: 'tab and line feed', characters: 'U+0009, U+000A (a carriage return is read as a line end)' },
  { name: 'no-break spaces and other spaces', characters: 'U+00A0, U+202F, U+2000–U+200A, U+3000' },
  { name: 'combining marks', characters: 'kept, after NFC normalisation (U+0301 after e becomes é)' },
  { name: 'private-use characters', characters: 'U+E000–U+F8FF: kept, with a missing-glyph warning in the PDF' },
];

/** Names of the characters people meet most, for messages ("U+202E RIGHT-TO-LEFT OVERRIDE"). */
export const CHARACTER_NAMES: Readonly<Record<number, string>> = {
  0x0000: 'NULL',
  0x0009: 'CHARACTER TABULATION',
  0x001b: 'ESCAPE',
  0x007f: 'DELETE',
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfe0f: 'VARIATION SELECTOR-16',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xfffe: 'a non-character',
  0xffff: 'a non-character',
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE" (or just "U+E123" for a character without a listed name). */
export function describeCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  const name = CHARACTER_NAMES[codePoint];
  return name === undefined || name.startsWith('a ') ? `U+${hex}` : `U+${hex} ${name}`;
}
