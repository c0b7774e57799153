/**
 * Template errors: the fault raised while rendering, and its conversion into a located `template`
 * Diagnostic naming the template file and, where it can be known, the line.
 *
 * Handlebars reports lines of the template itself. Markdown tokens only know lines of the rendered text,
 * which `{{#each}}` and partials shift, so those are mapped back by finding the literal template text of
 * the rendered line in the template files: honest when it is found once, line 0 otherwise.
 */
import { PartnershipError, type Diagnostic } from '../errors.js';

/** A template problem found while rendering; `compose` turns it into a located Diagnostic. */
export class TemplateFault extends Error {
  /** Template file the fault arose in, set by the innermost template or partial that saw it. */
  file: string | null = null;

  constructor(
    message: string,
    readonly hint?: string,
    /** 1-based line and column in `file`, when known. */
    public line = 0,
    public column = 0,
    /** Literal text to look for in the template files when the line is not known. */
    readonly needle: string | null = null,
  ) {
    super(message);
    this.name = 'TemplateFault';
  }
}

/** One template file: the path to report and its source. */
export interface TemplateSource {
  file: string;
  source: string;
}

/** A `template` error Diagnostic. */
export function templateDiagnostic(
  file: string,
  line: number,
  column: number,
  message: string,
  hint?: string,
): Diagnostic {
  const diagnostic: Diagnostic = { severity: 'error', code: 'template', message, file, line, column, pointer: '' };
  if (hint !== undefined) diagnostic.hint = hint;
  return diagnostic;
}

/**
 * Where `needle` stands in the template files: the only line holding it (1-based, with column), the
 * first file searched when it occurs nowhere or more than once (line 0).
 */
export function locateNeedle(
  needle: string,
  sources: readonly TemplateSource[],
): { file: string; line: number; column: number } {
  const hits: { file: string; line: number; column: number }[] = [];
  for (const { file, source } of sources) {
    let from = source.indexOf(needle);
    while (from !== -1 && hits.length < 2) {
      const before = source.slice(0, from);
      const line = before.split('\n').length;
      hits.push({ file, line, column: from - before.lastIndexOf('\n') });
      from = source.indexOf(needle, from + 1);
    }
  }
  if (hits.length === 1 && hits[0] !== undefined) return hits[0];
  return { file: sources[0]?.file ?? '', line: 0, column: 0 };
}

/** The PartnershipError('input') for a fault, located in the given template files. */
export function faultToError(fault: TemplateFault, sources: readonly TemplateSource[]): PartnershipError {
  let place = { file: fault.file ?? sources[0]?.file ?? '', line: fault.line, column: fault.column };
  if (place.line === 0 && fault.needle !== null && fault.needle.trim() !== '') {
    // A fault seen inside a known file is looked for there only.
    const searched = fault.file === null ? sources : sources.filter((s) => s.file === fault.file);
    const found = locateNeedle(fault.needle.trim(), searched);
    if (found.line > 0) place = found;
  }
  const diagnostic = templateDiagnostic(place.file, place.line, place.column, fault.message, fault.hint);
  return new PartnershipError('input', `Cannot render template ${place.file}: ${fault.message}`, [diagnostic]);
}

/**
 * The longest literal run of a rendered Markdown line (placeholder tokens removed), used as the needle
 * for finding that line in the template files.
 */
export function literalOf(line: string): string {
  const runs = line.split(/\uE000\d+\uE001/).map((run) => run.trim());
  return runs.reduce((best, run) => (run.length > best.length ? run : best), '');
}
