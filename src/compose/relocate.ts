/**
 * Numbering errors → errors located in the template. Numbering knows only the document's name; the id
 * in its message leads back to the template line that wrote the reference or the duplicated id.
 */
import { PartnershipError, type Diagnostic } from '../errors.js';
import { locateNeedle, type TemplateSource } from './template-errors.js';

/** The literal template text that a numbering message's id comes from, or null. */
function needleOf(message: string): string | null {
  const reference = /reference to `([^`]+)`/.exec(message);
  if (reference !== null) return `#${reference[1]})`;
  const duplicate = /id `([^`]+)` is used more than once/.exec(message);
  if (duplicate !== null) return `{#${duplicate[1]}`;
  return null;
}

/**
 * `error` with each `template` Diagnostic naming the template file (the document's template first
 * in `sources`) and, where the id occurs once in the templates, its line and column.
 */
export function relocateNumberingError(error: unknown, sources: readonly TemplateSource[]): unknown {
  if (!(error instanceof PartnershipError) || sources.length === 0) return error;
  const diagnostics = error.diagnostics.map((d): Diagnostic => {
    if (d.code !== 'template' || d.line > 0) return d;
    const needle = needleOf(d.message);
    const place = needle === null ? null : locateNeedle(needle, sources);
    return place !== null && place.line > 0 ? { ...d, ...place } : { ...d, file: sources[0]!.file };
  });
  return new PartnershipError(error.kind, error.message, diagnostics);
}
