/**
 * Reads a spec file (YAML or JSON) into data plus a positioned yaml document.
 *
 * One path for both formats: `.json` files must first be strict JSON (so a trailing comma is an
 * error rather than accepted YAML), then every file goes through the yaml parser, whose document and
 * LineCounter give each value's line and column to later stages. Every reading problem becomes a
 * located `syntax` diagnostic; nothing throws for bad input.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Diagnostic } from '../errors.js';
import { heaviestAlias, unresolvedAlias } from './parse/alias-problems.js';
import { decodeUtf8 } from './parse/decode-utf8.js';
import { findJsonSyntaxError } from './parse/json-syntax.js';
import { lineColumnAt } from './parse/line-column.js';
import { syntaxError } from './parse/syntax-error.js';
import { yamlProblems } from './parse/yaml-problems.js';

/** What reading a spec file gives: the data (only when it could be read), and where each value sits. */
export interface ParsedSource {
  /** The plain data, or undefined when `diagnostics` holds an error. */
  data: unknown;
  /** The yaml document with source ranges, or null when the text could not be decoded or is not JSON. */
  document: Document.Parsed | null;
  /** Turns source offsets in `document` into lines and columns. */
  lineCounter: LineCounter;
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

/**
 * Reads spec bytes or text. `.json` files are held to strict JSON; anything else is YAML 1.2 (core
 * schema: dates stay strings, `1.0` is a number).
 * @param bytes the file contents
 * @param file the file as the user named it (its extension picks JSON or YAML)
 */
export function parseSource(bytes: Uint8Array | string, file: string): ParsedSource {
  const lineCounter = new LineCounter();
  const failed = (diagnostics: Diagnostic[], text = '', document: Document.Parsed | null = null): ParsedSource => ({
    data: undefined,
    document,
    lineCounter,
    text,
    diagnostics,
  });
  let text: string;
  if (typeof bytes === 'string') text = bytes;
  else {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok) {
      const byte = `0x${decoded.byte.toString(16).toUpperCase().padStart(2, '0')}`;
      const problem = `byte ${byte} is not UTF-8, expected UTF-8 text (save the file as UTF-8)`;
      return failed([syntaxError(file, decoded.position, problem)]);
    }
    text = decoded.text;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const isJson = /\.json$/i.test(file);
  let jsonData: unknown;
  if (isJson) {
    try {
      jsonData = JSON.parse(text);
    } catch {
      const found = findJsonSyntaxError(text) ?? { offset: 0, expected: 'valid JSON' };
      return failed([syntaxError(file, lineColumnAt(text, found.offset), `invalid JSON here, expected ${found.expected}`)], text);
    }
  }

  try {
    const document = parseDocument(text, { lineCounter, uniqueKeys: true, schema: 'core', prettyErrors: false, logLevel: 'error' });
    if (isJson) {
      // Valid JSON is valid YAML; the yaml parse only adds positions and notices repeated keys.
      document.errors = document.errors.filter((error) => error.code === 'DUPLICATE_KEY');
      document.warnings = [];
    }
    const problems = yamlProblems(document, lineCounter, file);
    if (problems.some((d) => d.severity === 'error')) return failed(problems, text, document);

    const root = document.contents;
    if (root === null || root === undefined) {
      const problem = `the file holds no spec (it is empty or only comments), expected ${SPEC_FIELDS}`;
      return failed([...problems, syntaxError(file, { line: 1, column: 1 }, problem)], text, document);
    }
    const rootData = isJson ? jsonData : toData(document);
    if (rootData instanceof AliasProblem) {
      return failed([...problems, syntaxError(file, position(lineCounter, rootData.offset), rootData.problem)], text, document);
    }
    if (rootData === null || typeof rootData !== 'object' || Array.isArray(rootData)) {
      const what = Array.isArray(rootData) ? 'a list' : `a single value (${JSON.stringify(rootData)})`;
      const at = position(lineCounter, root.range?.[0] ?? 0);
      return failed([...problems, syntaxError(file, at, `the top level is ${what}, expected ${SPEC_FIELDS}`)], text, document);
    }
    return { data: rootData, document, lineCounter, text, diagnostics: problems };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    // The parser and the converter recurse per level: thousands of nested levels exhaust the stack.
    return failed([syntaxError(file, { line: 1, column: 1 }, 'the file is nested too deeply to read, expected a spec of ordinary depth')], text);
  }
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
      return new AliasProblem(unresolved.range?.[0] ?? 0, `alias \`*${name}\` refers to no anchor, expected \`&${name}\` defined before it`);
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
