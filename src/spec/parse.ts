/**
 * Reads a spec file (YAML or JSON) into data plus where each value sits.
 *
 * One path for both formats: `.json` files must first be strict JSON (so a trailing comma is an
 * error rather than accepted YAML); a plain file is read fast and its positions worked out only if a
 * problem needs one; anything else goes through the positioned yaml parse, which explains reading
 * problems. Every reading problem becomes a located `syntax` diagnostic; nothing throws for bad input.
 */
import type { Document, LineCounter } from 'yaml';
import type { PositionTree } from './locate.js';
import { yamlLibrary } from './parse/yaml-library.js';
import { readPlainYaml } from './parse/plain-yaml.js';
import { readPlainPositions } from './parse/plain-positions.js';
import { yamlPositions } from './parse/yaml-positions.js';
import { hasErrors, type Diagnostic } from '../errors.js';
import { heaviestAlias, unresolvedAlias } from './parse/alias-problems.js';
import { decodeUtf8 } from './parse/decode-utf8.js';
import { scanJson } from './parse/json-syntax.js';
import { lineColumnAt } from './parse/line-column.js';
import { MAX_NESTING, NESTED_TOO_DEEPLY, tooDeepAt } from './parse/nesting-depth.js';
import { syntaxError } from './parse/syntax-error.js';
import { yamlProblems } from './parse/yaml-problems.js';

/** What reading a spec file gives: the data (only when it could be read), and where each value sits. */
export interface ParsedSource {
  /** The plain data, or undefined when `diagnostics` holds an error. */
  data: unknown;
  /**
   * Where each value sits, or null when the text could not be decoded or is not JSON. For a file read
   * by the fast path it is worked out on first access only, since nothing needs positions unless a
   * problem is to be located.
   */
  readonly positions: PositionTree<unknown> | null;
  /** The decoded source text, without a byte-order mark. */
  text: string;
  diagnostics: Diagnostic[];
}

/**
 * Anchors may be reused this many times (weighted by the aliases inside them) before the document
 * counts as an alias bomb; real specs reuse an address or a person a few dozen times at most.
 */
export const MAX_ALIAS_COUNT = 500;

const SPEC_FIELDS = 'a mapping of fields such as `kind`, `spec_version` and `meta`';
// A YAML 1.1 tag such as `!!timestamp` or `!!binary` would make a Date or bytes, which no field holds; left
// unresolved, the value stays the text it is written as (`!!timestamp 2026-06-01` is that date).
const YAML_OPTIONS = {
  uniqueKeys: true,
  schema: 'core',
  resolveKnownTags: false,
  prettyErrors: false,
  logLevel: 'error',
} as const;

/**
 * Reads spec bytes or text. `.json` files are held to strict JSON; anything else is YAML 1.2 (core
 * schema: dates stay strings, `1.0` is a number).
 * @param bytes the file contents
 * @param file the file as the user named it (its extension picks JSON or YAML)
 */
export function parseSource(bytes: Uint8Array | string, file: string): ParsedSource {
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok && decoded.utf16 !== undefined) {
      const problem = `the file is UTF-16 (${decoded.utf16}) text, expected UTF-8 (save the file as UTF-8)`;
      return settled(undefined, null, '', [syntaxError(file, decoded.position, problem)]);
    }
    if (!decoded.ok) {
      const byte = `0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}`;
      const problem = `byte ${byte} is not UTF-8, expected UTF-8 text (save the file as UTF-8)`;
      return settled(undefined, null, '', [syntaxError(file, decoded.position, problem)]);
    }
    text = decoded.text;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const problem = 'a NUL character (U+0000) here, expected text (is part of the file binary data?)';
    return settled(undefined, null, text, [syntaxError(file, lineColumnAt(text, nul), problem)]);
  }
  try {
    return /\.json$/i.test(file) ? parseJson(text, file) : parseYaml(text, file);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // The parser and the converter recurse per level: thousands of nested levels exhaust the stack.
    const problem = 'the file is nested too deeply to read, expected a spec of ordinary depth';
    return settled(undefined, null, text, [syntaxError(file, { line: 1, column: 1 }, problem)]);
  }
}

function settled(
  data: unknown,
  positions: PositionTree<unknown> | null,
  text: string,
  diagnostics: Diagnostic[],
): ParsedSource {
  return { data: hasErrors(diagnostics) ? undefined : data, positions, text, diagnostics };
}

/** The located problem, when flow collections nest deeper than a spec needs (before a parser recurses into them). */
function tooDeep(text: string, file: string): ParsedSource | null {
  const deep = tooDeepAt(text, MAX_NESTING);
  if (deep === -1) return null;
  return settled(undefined, null, text, [syntaxError(file, lineColumnAt(text, deep), NESTED_TOO_DEEPLY)]);
}

/** The top-level problem, if the data is not a mapping. */
function notAMapping(data: unknown): string | null {
  if (data !== null && typeof data === 'object' && !Array.isArray(data)) return null;
  const what = Array.isArray(data) ? 'a list' : `a single value (${JSON.stringify(data)})`;
  return `the top level is ${what}, expected ${SPEC_FIELDS}`;
}

/** Strict JSON: JSON.parse for the data, a linear scan for positions of errors and repeated keys. */
function parseJson(text: string, file: string): ParsedSource {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const found = scanJson(text).error ?? { offset: 0, expected: 'valid JSON' };
    const problem = `invalid JSON here, expected ${found.expected}`;
    return settled(undefined, null, text, [syntaxError(file, lineColumnAt(text, found.offset), problem)]);
  }
  const deep = tooDeep(text, file);
  if (deep) return deep;
  const diagnostics = scanJson(text).duplicates.map((d) => {
    const first = lineColumnAt(text, d.firstOffset).line;
    const problem = `duplicate key \`${d.key}\` (first at line ${first}), expected each key once per mapping`;
    return syntaxError(file, lineColumnAt(text, d.offset), problem, d.pointer);
  });
  const topLevel = notAMapping(data);
  if (topLevel) diagnostics.push(syntaxError(file, lineColumnAt(text, text.search(/\S/)), topLevel));
  return withLazyPositions(data, text, diagnostics);
}

/**
 * Data already read, with positions worked out only when one is first asked for: a spec with no
 * problems never needs them. Valid JSON is valid YAML, so both readers take it too.
 */
function withLazyPositions(
  data: unknown,
  text: string,
  diagnostics: Diagnostic[],
  read: () => PositionTree<unknown> | null = () => readPlainPositions(text),
): ParsedSource {
  let positions: PositionTree<unknown> | undefined;
  return {
    data: hasErrors(diagnostics) ? undefined : data,
    get positions() {
      positions ??= read() ?? yamlPositions(...positionedParse(text));
      return positions;
    },
    text,
    diagnostics,
  };
}

/** The positioned yaml parse of `text`, with the LineCounter that turns its offsets into places. */
function positionedParse(text: string): [Document.Parsed, LineCounter] {
  const lineCounter = new (yamlLibrary().LineCounter)();
  return [yamlLibrary().parseDocument(text, { ...YAML_OPTIONS, lineCounter }), lineCounter];
}

/**
 * YAML: a plain file goes through the fast reader, with positions parsed only if a problem needs one;
 * anything unusual, or any reading problem, goes through the positioned parse, which explains it.
 */
function parseYaml(text: string, file: string): ParsedSource {
  const deep = tooDeep(text, file);
  if (deep) return deep;
  const plain = readPlainYaml(text);
  if (plain.ok && notAMapping(plain.data) === null) return withLazyPositions(plain.data, text, [], plain.positions);
  const [document, lineCounter] = positionedParse(text);
  const problems = yamlProblems(document, lineCounter, file);
  const done = (data: unknown, more: Diagnostic[] = []) =>
    settled(data, yamlPositions(document, lineCounter), text, [...problems, ...more]);
  if (hasErrors(problems)) return done(undefined);
  const root = document.contents;
  if (root === null || root === undefined) {
    return done(undefined, [
      syntaxError(
        file,
        { line: 1, column: 1 },
        `the file holds no spec (it is empty or only comments), expected ${SPEC_FIELDS}`,
      ),
    ]);
  }
  const data = toData(document);
  if (data instanceof AliasProblem)
    return done(undefined, [syntaxError(file, position(lineCounter, data.offset), data.problem)]);
  const topLevel = notAMapping(data);
  if (topLevel) return done(undefined, [syntaxError(file, position(lineCounter, root.range?.[0] ?? 0), topLevel)]);
  return done(data);
}

/** An alias problem found while converting the document to data. */
class AliasProblem {
  constructor(
    readonly offset: number,
    readonly problem: string,
  ) {}
}

/** The document as plain data, or the alias problem that stopped the conversion. */
function toData(document: Document.Parsed): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    const unresolved = unresolvedAlias(document);
    if (unresolved) {
      const name = unresolved.source;
      return new AliasProblem(
        unresolved.range?.[0] ?? 0,
        `alias \`*${name}\` refers to no anchor, expected \`&${name}\` defined before it`,
      );
    }
    const heaviest = heaviestAlias(document);
    const problem = `anchors and aliases expand to more than ${MAX_ALIAS_COUNT} values (an alias bomb), expected ordinary values or few aliases`;
    return new AliasProblem(heaviest?.range?.[0] ?? 0, problem);
  }
}

function position(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
