/**
 * Turns the yaml library's parse errors into `syntax` diagnostics a person can act on.
 *
 * The library reports where it noticed a problem (the end of an unclosed quote, the second of two
 * keys); a person needs where to look (the opening quote, both keys by line). So each known error
 * code is re-pointed and re-phrased here; unknown codes keep the library's words.
 */
import type { Document, LineCounter, Node, YAMLError } from 'yaml';
import { yamlLibrary } from './yaml-library.js';
import type { Diagnostic } from '../../errors.js';
import { pointerSegment, syntaxError } from './syntax-error.js';

/** A key that repeats within one mapping. */
interface DuplicateKey {
  key: string;
  firstOffset: number;
  pointer: string;
}

/**
 * Every parse error and warning of `document` as diagnostics, errors first in source order.
 * @param document a document parsed with `uniqueKeys: true` and a LineCounter
 * @param lineCounter the LineCounter given to the parse
 * @param file the file as the user named it
 */
export function yamlProblems(document: Document.Parsed, lineCounter: LineCounter, file: string): Diagnostic[] {
  const duplicates = new Map<number, DuplicateKey>();
  if (document.errors.some((e) => e.code === 'DUPLICATE_KEY')) findDuplicateKeys(document.contents, '', duplicates);
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = primaryErrors(document.errors).map((error) => {
    const offset = error.pos[0];
    const duplicate = error.code === 'DUPLICATE_KEY' ? duplicates.get(offset) : undefined;
    if (duplicate) {
      const first = at(duplicate.firstOffset).line;
      const problem = `duplicate key \`${duplicate.key}\` (first at line ${first}), expected each key once per mapping`;
      return syntaxError(file, at(offset), problem, duplicate.pointer);
    }
    return describe(document, error, at, file);
  });
  const warnings = document.warnings.map((warning) =>
    syntaxError(file, at(warning.pos[0]), lowerFirst(firstLine(warning.message)), '', 'warning'),
  );
  return [...errors, ...warnings];
}

/**
 * The errors worth showing: every duplicate key (each is its own mistake), and of the rest only the
 * cause. After a tab or an unclosed quote the parser misreads the lines that follow, and reporting
 * each misreading would bury the one line to fix; an unclosed quote also leaves its enclosing `{`
 * or `[` unclosed, so the quote is the cause.
 */
function primaryErrors(errors: readonly YAMLError[]): YAMLError[] {
  const duplicates = errors.filter((e) => e.code === 'DUPLICATE_KEY');
  const rest = errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  const cause = rest.find((e) => e.code === 'MISSING_CHAR' && /quote/i.test(e.message)) ?? rest[0];
  return cause ? [...duplicates, cause].sort((a, b) => a.pos[0] - b.pos[0]) : duplicates;
}

/** Re-points and re-phrases one library error by its code. */
function describe(
  document: Document.Parsed,
  error: YAMLError,
  at: (offset: number) => { line: number; column: number },
  file: string,
): Diagnostic {
  const offset = error.pos[0];
  const message = error.message;
  if (error.code === 'TAB_AS_INDENT') {
    return syntaxError(file, at(offset), 'a tab is used for indentation, expected spaces (YAML forbids tabs there)');
  }
  if (error.code === 'MULTIPLE_DOCS') {
    const problem = 'the file holds more than one YAML document (a `---` line), expected one spec per file';
    return syntaxError(file, at(offset), problem);
  }
  if (error.code === 'MISSING_CHAR' && /quote/i.test(message)) {
    const quote = message.includes("'") ? "'" : '"';
    const start = openingOffset(
      document,
      offset,
      (node) => yamlLibrary().isScalar(node) && String(node.type).startsWith('QUOTE'),
    );
    return syntaxError(
      file,
      at(start ?? offset),
      `the quoted text starting here is never closed, expected a closing ${quote}`,
    );
  }
  if ((error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR') && /flow (sequence|map)/i.test(message)) {
    const list = /flow sequence/i.test(message);
    const start = openingOffset(
      document,
      offset,
      (node) => (yamlLibrary().isSeq(node) || yamlLibrary().isMap(node)) && node.flow === true,
    );
    const problem = list
      ? 'the list opened here with `[` is never closed, expected a matching `]`'
      : 'the mapping opened here with `{` is never closed, expected a matching `}`';
    return syntaxError(file, at(start ?? offset), problem);
  }
  return syntaxError(file, at(offset), lowerFirst(firstLine(message)));
}

/** The start of the innermost node that matches and begins before `offset`. */
function openingOffset(document: Document.Parsed, offset: number, matches: (node: Node) => boolean): number | null {
  let best: number | null = null;
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object' || yamlLibrary().isAlias(node)) return;
    const candidate = node as Node;
    const start = candidate.range?.[0];
    if (start !== undefined && start <= offset && matches(candidate) && (best === null || start >= best)) best = start;
    if (yamlLibrary().isMap(node) || yamlLibrary().isSeq(node)) {
      for (const item of node.items) {
        if (yamlLibrary().isPair(item)) {
          walk(item.key);
          walk(item.value);
        } else walk(item);
      }
    }
  };
  walk(document.contents);
  return best;
}

/** Records, by the offset of the repeated key, every key seen twice in one mapping. */
function findDuplicateKeys(node: unknown, pointer: string, found: Map<number, DuplicateKey>): void {
  if (yamlLibrary().isMap(node)) {
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = yamlLibrary().isScalar(pair.key) ? String(pair.key.value) : null;
      const offset = yamlLibrary().isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      const childPointer = key === null ? pointer : `${pointer}/${pointerSegment(key)}`;
      if (key !== null && offset !== undefined) {
        const first = seen.get(key);
        if (first === undefined) seen.set(key, offset);
        else found.set(offset, { key, firstOffset: first, pointer: childPointer });
      }
      findDuplicateKeys(pair.value, childPointer, found);
    }
  } else if (yamlLibrary().isSeq(node)) {
    node.items.forEach((item, index) => findDuplicateKeys(item, `${pointer}/${index}`, found));
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
