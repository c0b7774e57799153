/**
 * Scans JSON text for what `JSON.parse` does not say: where strict syntax breaks (in plain words),
 * and which keys repeat within one object (JSON.parse silently keeps the last).
 *
 * `JSON.parse` decides whether a `.json` spec is valid and gives its data, but its messages differ
 * between engines and some carry no position at all ("Unexpected token '}' … is not valid JSON").
 * This scanner walks the same grammar (RFC 8259) to name offsets; it is linear and builds nothing,
 * so a valid JSON spec is checked without the (much slower) yaml parse.
 */
import { pointerSegment } from './syntax-error.js';

/** The first syntax error: its offset in the text and what should have been there. */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
}

/** A key given twice in one object. */
export interface JsonDuplicateKey {
  key: string;
  /** Offset of the second occurrence. */
  offset: number;
  firstOffset: number;
  /** JSON Pointer of the repeated key's value. */
  pointer: string;
}

/** What a scan found: at most one syntax error (it stops there) and every duplicate key before it. */
export interface JsonScan {
  error: JsonSyntaxError | null;
  duplicates: JsonDuplicateKey[];
}

/** Deeper than any spec needs; keeps the scanner's recursion far from the stack limit. */
const MAX_DEPTH = 512;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
// Control characters (U+0000–U+001F) must be escaped inside JSON strings.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Failure extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

/**
 * Scans `text` as one JSON value.
 * @param text the decoded file (without a byte-order mark)
 */
export function scanJson(text: string): JsonScan {
  const duplicates: JsonDuplicateKey[] = [];
  let i = 0;
  const skip = (): void => {
    while (i < text.length && WHITESPACE.has(text.charCodeAt(i))) i++;
  };
  const match = (pattern: RegExp, expected: string): void => {
    pattern.lastIndex = i;
    if (!pattern.test(text)) throw new Failure(i, expected);
    i = pattern.lastIndex;
  };
  const expect = (char: string, expected: string): void => {
    skip();
    if (text[i] !== char) throw new Failure(i, expected);
    i++;
  };
  const enter = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Failure(i, `at most ${MAX_DEPTH} levels of nesting`);
    i++;
    skip();
  };
  const value = (depth: number, pointer: string): void => {
    skip();
    const c = text[i];
    if (c === '{') members(depth + 1, pointer);
    else if (c === '[') items(depth + 1, pointer);
    else if (c === '"') match(STRING, 'a string closed on the same line, with valid escapes');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) match(NUMBER, 'a number such as 12 or 0.5');
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) throw new Failure(i, 'a value (a "string", a number, true, false, null, an object or a list)');
      i += word.length;
    }
  };
  const members = (depth: number, pointer: string): void => {
    enter(depth);
    if (text[i] === '}') return void i++;
    const seen = new Map<string, number>();
    for (;;) {
      skip();
      if (text[i] !== '"') throw new Failure(i, 'a property name in double quotes');
      const start = i;
      match(STRING, 'a property name closed on the same line');
      const key = JSON.parse(text.slice(start, i)) as string;
      const child = `${pointer}/${pointerSegment(key)}`;
      const first = seen.get(key);
      if (first === undefined) seen.set(key, start);
      else duplicates.push({ key, offset: start, firstOffset: first, pointer: child });
      expect(':', 'a `:` after the property name');
      value(depth, child);
      skip();
      if (text[i] === '}') return void i++;
      if (text[i] !== ',') throw new Failure(i, 'a `,` or a closing `}`');
      i++;
    }
  };
  const items = (depth: number, pointer: string): void => {
    enter(depth);
    if (text[i] === ']') return void i++;
    for (let index = 0; ; index++) {
      value(depth, `${pointer}/${index}`);
      skip();
      if (text[i] === ']') return void i++;
      if (text[i] !== ',') throw new Failure(i, 'a `,` or a closing `]`');
      i++;
    }
  };
  try {
    value(0, '');
    skip();
    if (i < text.length) throw new Failure(i, 'the end of the file after the top-level value');
    return { error: null, duplicates };
  } catch (error) {
    if (error instanceof Failure) return { error: { offset: error.offset, expected: error.expected }, duplicates };
    throw error;
  }
}
