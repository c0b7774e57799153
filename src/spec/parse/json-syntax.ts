/**
 * Finds where strict JSON syntax breaks, and says what was expected there.
 *
 * `JSON.parse` decides whether a `.json` spec is valid, but its messages differ between engines and
 * some carry no position at all ("Unexpected token '}' … is not valid JSON"). This scanner walks
 * the same grammar (RFC 8259) only to name the first offending offset in plain words.
 */

/** The first syntax error: its offset in the text and what should have been there. */
export interface JsonSyntaxError {
  offset: number;
  expected: string;
}

/** Deeper than any spec needs; keeps the scanner's recursion far from the stack limit. */
const MAX_DEPTH = 512;
const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
// Control characters (U+0000–U+001F) must be escaped inside JSON strings.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Failure extends Error {
  constructor(readonly offset: number, readonly expected: string) {
    super(expected);
  }
}

/**
 * The first JSON syntax error in `text`, or null when `text` is one valid JSON value.
 * @param text the decoded file (without a byte-order mark)
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
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
  const value = (depth: number): void => {
    skip();
    const c = text[i];
    if (c === '{') members(depth + 1);
    else if (c === '[') items(depth + 1);
    else if (c === '"') match(STRING, 'a string closed on the same line, with valid escapes');
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) match(NUMBER, 'a number such as 12 or 0.5');
    else {
      const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (!word) throw new Failure(i, 'a value (a "string", a number, true, false, null, an object or a list)');
      i += word.length;
    }
  };
  const enter = (depth: number): void => {
    if (depth > MAX_DEPTH) throw new Failure(i, `at most ${MAX_DEPTH} levels of nesting`);
    i++;
  };
  const members = (depth: number): void => {
    enter(depth);
    skip();
    if (text[i] === '}') return void i++;
    for (;;) {
      skip();
      if (text[i] !== '"') throw new Failure(i, 'a property name in double quotes');
      match(STRING, 'a property name closed on the same line');
      expect(':', 'a `:` after the property name');
      value(depth);
      skip();
      if (text[i] === '}') return void i++;
      if (text[i] !== ',') throw new Failure(i, 'a `,` or a closing `}`');
      i++;
    }
  };
  const items = (depth: number): void => {
    enter(depth);
    skip();
    if (text[i] === ']') return void i++;
    for (;;) {
      value(depth);
      skip();
      if (text[i] === ']') return void i++;
      if (text[i] !== ',') throw new Failure(i, 'a `,` or a closing `]`');
      i++;
    }
  };
  try {
    value(0);
    skip();
    if (i < text.length) throw new Failure(i, 'the end of the file after the top-level value');
    return null;
  } catch (error) {
    if (error instanceof Failure) return { offset: error.offset, expected: error.expected };
    throw error;
  }
}
