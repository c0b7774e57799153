/**
 * Finds where a file's flow collections (`[…]`, `{…}`: all of JSON, and YAML's flow style) nest
 * deeper than any spec needs, before a parser recurses into them.
 *
 * Parsers and converters recurse once per level, so a few thousand levels exhaust the stack; a linear
 * scan finds the place first and the reader reports it there. Quoted strings and comments are skipped;
 * brackets inside plain text can only make the count differ by the few a sentence holds.
 */

/** Deeper than any real spec (the schema's deepest field is under ten levels) and far from the stack's limit. */
export const MAX_NESTING = 64;

/** What a reader says where nesting goes too deep. */
export const NESTED_TOO_DEEPLY = `values are nested too deeply here (more than ${MAX_NESTING} levels), expected a spec of ordinary depth`;

const OPENS_SCALAR = new Set([':', '-', '[', '{', ',', '?', '\n']);

/** Offset just past the quoted string that starts at `start`. */
function skipQuoted(text: string, start: number): number {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i += 1) {
    const c = text[i];
    if (quote === '"' && c === '\\') i += 1;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i += 1;
      else return i + 1;
    }
  }
  return text.length;
}

/**
 * The offset of the bracket that opens level `limit + 1`, or -1 when nesting stays within `limit`.
 * @param text the decoded source
 * @param limit the deepest nesting allowed
 */
export function tooDeepAt(text: string, limit: number): number {
  let depth = 0;
  let previous = '\n'; // the last character that was not a space or tab
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r') continue;
    if ((c === '"' || c === "'") && OPENS_SCALAR.has(previous)) {
      i = skipQuoted(text, i) - 1;
    } else if (c === '#' && (previous === '\n' || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      const end = text.indexOf('\n', i);
      i = (end === -1 ? text.length : end) - 1;
      continue;
    } else if (c === '[' || c === '{') {
      depth += 1;
      if (depth > limit) return i;
    } else if ((c === ']' || c === '}') && depth > 0) depth -= 1;
    previous = c;
  }
  return -1;
}
