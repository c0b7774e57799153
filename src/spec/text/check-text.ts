/**
 * The spec boundary for text: every string and key of the parsed spec is checked against the refused
 * character classes and normalised to NFC once, here, so every stage and every output (body, cover,
 * footer, document properties) sees one and the same string.
 *
 * The walk is iterative, so a spec nested thousands of levels deep is reported, never a stack overflow.
 */
import { MAX_NESTING } from '../parse/nesting-depth.js';
import { describeCodePoint, LONE_SURROGATE, REFUSED_CHARACTERS } from '../tables/characters.js';
import { PDF_FONT_RANGES } from '../tables/font-coverage.gen.js';
import { fieldPath, pointer as pointerOf } from '../rules/pointer.js';

/** Problems reported per spec: past this, the first ones are enough to act on. */
const MAX_PROBLEMS = 50;

/** One refused character in a value or a key, or one the PDF's font cannot draw. */
export interface TextProblem {
  /** An error refuses the spec; a warning (a character without a glyph in the PDF) only says so. */
  severity: 'error' | 'warning';
  code: 'character' | 'pdf-glyph';
  /** The value (or, for a key, the value the key names). */
  pointer: string;
  /** True when the character is in the key rather than the value. */
  inKey: boolean;
  /** UTF-16 index of the character in the string. */
  index: number;
  /** The character itself (two code units for a pair, one for a lone surrogate). */
  character: string;
  message: string;
  hint: string;
  /** For a warning, the point in the partners' words (a draft's drafting notes). */
  note?: { subject: string; text: string };
}

/** The spec with its text normalised, what was refused, and where nesting went too deep (if it did). */
export interface CheckedText {
  data: unknown;
  problems: TextProblem[];
  /** Pointer of the first value nested deeper than MAX_NESTING, or null. */
  tooDeep: string | null;
  /** Problems past the first MAX_PROBLEMS, counted but not listed: errors and warnings. */
  unlisted: { errors: number; warnings: number };
}

const ANY_REFUSED = new RegExp(
  [LONE_SURROGATE.source, ...REFUSED_CHARACTERS.map((c) => c.pattern.source)].join('|'),
  'u',
);
// The `u` flag reads a lone surrogate as one code point, so it needs its own non-unicode pattern.
const SURROGATE = new RegExp(LONE_SURROGATE.source);

/** "`members[1].legal_name`", or for a key "the key "x" of `meta`". */
function where(pointer: string, inKey: boolean, key: string): string {
  if (!inKey) return `\`${fieldPath(pointer)}\``;
  const parent = fieldPath(pointer.slice(0, pointer.lastIndexOf('/')));
  return `the key ${JSON.stringify(key)}${parent === '' ? '' : ` of \`${parent}\``}`;
}

/** The first refused character of `text`, as a problem, or null. */
function problemIn(text: string, pointer: string, inKey: boolean, key: string): TextProblem | null {
  const lone = SURROGATE.exec(text);
  const found = ANY_REFUSED.exec(text);
  if (found === null && lone === null) return null;
  const place = where(pointer, inKey, key);
  if (lone !== null && (found === null || lone.index <= found.index)) {
    const hex = lone[0].charCodeAt(0).toString(16).toUpperCase();
    return {
      severity: 'error',
      code: 'character',
      pointer,
      inKey,
      index: lone.index,
      character: lone[0],
      message: `Cannot use a lone surrogate U+${hex} in ${place}: it is half of a character and no file can hold it, expected whole characters`,
      hint: 'An escape such as "\\ud83d" must be followed by its other half ("\\ude00"); or delete it.',
    };
  }
  const character = found![0];
  const codePoint = character.codePointAt(0) ?? 0;
  const kind = REFUSED_CHARACTERS.find((c) => c.pattern.test(character))!;
  return {
    severity: 'error',
    code: 'character',
    pointer,
    inKey,
    index: found!.index,
    character,
    message: `Cannot use ${describeCodePoint(codePoint)} (${kind.name}) in ${place}: it ${kind.why}, expected text without it`,
    hint: `${kind.instead[0]!.toUpperCase()}${kind.instead.slice(1)}.`,
  };
}

/** True when the PDF's font draws `codePoint` (binary search over the generated ranges). */
function hasGlyph(codePoint: number): boolean {
  let low = 0;
  let high = PDF_FONT_RANGES.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (codePoint < PDF_FONT_RANGES[middle * 2]!) high = middle - 1;
    else if (codePoint > PDF_FONT_RANGES[middle * 2 + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/** Printable ASCII, tabs and line breaks only: characters the font has (`PDF_FONT_RANGES` starts 0x20–0x7E). */
const DRAWN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/** Line breaks and tabs are laid out, never drawn. */
const LAID_OUT = new Set([0x09, 0x0a, 0x0d]);

/**
 * The characters of a value that the PDF cannot draw, as one warning at the first of them: the PDF
 * would show empty boxes where Word (which falls back to the reader's fonts) shows the characters.
 */
function missingGlyphsIn(text: string, pointer: string): TextProblem | null {
  // Most values are plain ASCII, which the font draws: one regular expression instead of a search per
  // character (a cold `generate` spent a tenth of a second here).
  if (DRAWN_ASCII.test(text)) return null;
  const missing: string[] = [];
  let first = -1;
  let index = 0;
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (!LAID_OUT.has(codePoint) && !hasGlyph(codePoint)) {
      if (first < 0) first = index;
      if (!missing.includes(char)) missing.push(char);
    }
    index += char.length;
  }
  if (missing.length === 0) return null;
  const listed = missing.map((char) => `${char} ${describeCodePoint(char.codePointAt(0)!)}`);
  const what = missing.length === 1 ? `the character ${listed[0]}` : `the characters ${listed.join(', ')}`;
  const them = missing.length === 1 ? 'it' : 'them';
  return {
    severity: 'warning',
    code: 'pdf-glyph',
    pointer,
    inKey: false,
    index: first,
    character: missing[0]!,
    message: `Cannot show ${what} of \`${fieldPath(pointer)}\` in the PDF: its font has no glyph for ${them}, so the PDF shows empty boxes there (Word uses the reader's fonts)`,
    hint: 'Use the Word version for this text, or write it in Latin, Greek, Cyrillic, Hebrew or Arabic script.',
    note: {
      subject: 'Printing the documents',
      text: `The PDF version cannot show ${missing.length === 1 ? `the character ${missing[0]}` : `the characters ${missing.join(' ')}`} in “${text.length > 80 ? `${text.slice(0, 77)}…` : text}”: it prints empty boxes there, where the Word version shows the text as written.`,
    },
  };
}

/** Sets an own property, even one named `__proto__` (which plain assignment would turn into a prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

interface Pending {
  value: unknown;
  pointer: string;
  depth: number;
  put: (value: unknown) => void;
}

/**
 * Checks and normalises every string of `data`.
 * @param data the parsed spec (plain JSON-like data)
 */
export function checkText(data: unknown): CheckedText {
  const problems: TextProblem[] = [];
  let tooDeep: string | null = null;
  let result: unknown = data;
  const stack: Pending[] = [{ value: data, pointer: '', depth: 0, put: (v) => (result = v) }];
  const unlisted = { errors: 0, warnings: 0 };
  const note = (problem: TextProblem | null) => {
    if (problem === null) return;
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
    else if (problem.severity === 'error') unlisted.errors += 1;
    else unlisted.warnings += 1;
  };
  while (stack.length > 0) {
    const { value, pointer, depth, put } = stack.pop()!;
    if (typeof value === 'string') {
      note(problemIn(value, pointer, false, '') ?? missingGlyphsIn(value, pointer));
      put(value.normalize('NFC'));
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_NESTING) {
        tooDeep ??= pointer;
        continue;
      }
      if (Array.isArray(value)) {
        const copy: unknown[] = new Array<unknown>(value.length);
        put(copy);
        for (let i = value.length - 1; i >= 0; i -= 1) {
          stack.push({ value: value[i], pointer: `${pointer}/${i}`, depth: depth + 1, put: (v) => (copy[i] = v) });
        }
      } else {
        const copy: Record<string, unknown> = {};
        put(copy);
        const entries = Object.entries(value as Record<string, unknown>).map(([key, child]) => {
          const childPointer = `${pointer}${pointerOf(key)}`;
          note(problemIn(key, childPointer, true, key));
          const normalKey = key.normalize('NFC');
          setOwn(copy, normalKey, undefined); // keeps the keys in the order written
          return { child, childPointer, normalKey };
        });
        for (let i = entries.length - 1; i >= 0; i -= 1) {
          const { child, childPointer, normalKey } = entries[i]!;
          stack.push({ value: child, pointer: childPointer, depth: depth + 1, put: (v) => setOwn(copy, normalKey, v) });
        }
      }
    } else put(value);
  }
  return { data: result, problems, tooDeep, unlisted };
}
