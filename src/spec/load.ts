/**
 * The spec stage end to end: bytes or a path in, a typed spec and located diagnostics out.
 *
 * Order: read → parse (syntax) → text (refused characters, NFC) → `spec_version` → schema →
 * cross-field rules (only once the schema passed, since rules assume its shapes). Each step's
 * problems are located in the source and sorted by line and column. Nothing here prints, exits or
 * throws for bad input: a missing, unreadable or empty file is an `io` diagnostic too.
 */
import { hasErrors, type Diagnostic } from '../errors.js';
import { createLazyLocator, type Locate, type SourcePosition } from './locate.js';
import { parseSource } from './parse.js';
import { readSpecFile } from './read-spec-file.js';
import { checkRules } from './rules/index.js';
import { checkSchema } from './schema.js';
import { checkText } from './text/check-text.js';
import { textDiagnostics } from './text/text-diagnostics.js';
import type { PartnershipSpec } from './types.gen.js';

/** What validating a spec gives: the spec when it is valid, every problem, and where any pointer sits. */
export interface ValidationResult {
  /** The spec, only when no diagnostic is an error. */
  spec: PartnershipSpec | null;
  /** Every problem found, sorted by line then column. */
  diagnostics: Diagnostic[];
  /** Line and column of the value at a JSON Pointer (1:1 when the source has no positions). */
  locate: (pointer: string) => SourcePosition;
}

/** Stable sort by place: problems read top to bottom, in the order found within one place. */
export function byPlace(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}

/**
 * Schema and rule diagnostics for parsed data, located with `locate`.
 * @param data the parsed spec
 * @param locate pointer → line and column
 * @param file the file as the user named it
 */
function checkData(data: unknown, locate: Locate, file: string): Diagnostic[] {
  const schemaProblems = checkSchema(data, locate, file);
  if (hasErrors(schemaProblems)) return schemaProblems;
  const findings = checkRules(data as PartnershipSpec).map((finding): Diagnostic => {
    const { line, column } = locate(finding.pointer);
    const located: Diagnostic = {
      severity: finding.severity,
      code: finding.code,
      message: finding.message,
      file,
      line,
      column,
      pointer: finding.pointer,
    };
    if (finding.hint !== undefined) located.hint = finding.hint;
    if (finding.note !== undefined) located.note = finding.note;
    return located;
  });
  return [...schemaProblems, ...findings];
}

function result(data: unknown, diagnostics: Diagnostic[], locate: ValidationResult['locate']): ValidationResult {
  const sorted = byPlace(diagnostics);
  return { spec: hasErrors(sorted) ? null : (data as PartnershipSpec), diagnostics: sorted, locate };
}

/**
 * Validates a spec held in memory.
 * @param source the file contents (bytes are decoded as strict UTF-8)
 * @param file the file as the user named it: `.json` selects strict JSON, anything else YAML
 */
export function validateSource(source: Uint8Array | string, file: string): ValidationResult {
  const parsed = parseSource(source, file);
  const locate = createLazyLocator(parsed);
  if (hasErrors(parsed.diagnostics)) return result(null, parsed.diagnostics, locate);
  const checked = checkText(parsed.data);
  const textProblems = textDiagnostics(checked, locate, parsed.text, file);
  if (hasErrors(textProblems)) return result(null, [...parsed.diagnostics, ...textProblems], locate);
  return result(
    checked.data,
    [...parsed.diagnostics, ...textProblems, ...checkData(checked.data, locate, file)],
    locate,
  );
}

/**
 * Validates spec data that has no source text (a consolidated spec built in memory, for example).
 * Diagnostics carry line 0 and column 0, since there is no file position to give.
 * @param data the candidate spec
 * @param file the name to report diagnostics against
 */
export function validateSpec(data: unknown, file: string): ValidationResult {
  const locate = (): SourcePosition => ({ line: 0, column: 0 });
  const checked = checkText(data);
  const noSource = Object.assign(locate, { sourceText: () => undefined, locateKey: locate });
  const textProblems = textDiagnostics(checked, noSource, '', file);
  if (hasErrors(textProblems)) return result(null, textProblems, locate);
  return result(checked.data, [...textProblems, ...checkData(checked.data, locate, file)], locate);
}

/** One `io` diagnostic: the file could not be read at all. */
export function ioProblem(path: string, reason: string): ValidationResult {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'io',
    message: `Cannot read \`${path}\`: ${reason}`,
    file: path,
    line: 0,
    column: 0,
    pointer: '',
  };
  return { spec: null, diagnostics: [diagnostic], locate: () => ({ line: 0, column: 0 }) };
}

/**
 * Reads and validates a spec file. Never rejects for a bad file: a missing file, a folder, a device,
 * an unreadable, an empty or an oversized file is one `io` diagnostic at line 0.
 * @param path the spec file (.yaml, .yml or .json), or `-` for standard input (read as YAML)
 */
export async function loadSpec(path: string): Promise<ValidationResult> {
  const read = readSpecFile(path);
  if (!read.ok) return ioProblem(path, read.reason);
  const bytes = read.bytes;
  if (bytes.length === 0) return ioProblem(path, 'the file is empty');
  return validateSource(bytes, path);
}
