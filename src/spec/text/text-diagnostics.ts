/**
 * Turns the text check's findings into located diagnostics: one `character` error per refused
 * character and one `pdf-glyph` warning per value with a character the PDF cannot draw, each at the
 * character's own line and column, and a `syntax` error where nesting goes too deep.
 */
import type { Diagnostic } from '../../errors.js';
import type { Locator, SourcePosition } from '../locate.js';
import { syntaxError } from '../parse/syntax-error.js';
import { NESTED_TOO_DEEPLY } from '../parse/nesting-depth.js';
import type { CheckedText } from './check-text.js';
import { locateCharacter } from './locate-character.js';

/** A position, or 1:1 when working it out overflows the stack (positions of an absurdly deep file). */
function safely(find: () => SourcePosition): SourcePosition {
  try {
    return find();
  } catch (error) {
    if (error instanceof RangeError) return { line: 1, column: 1 };
    throw error;
  }
}

/**
 * Diagnostics for what `checkText` found.
 * @param checked the result of `checkText`
 * @param locator where values sit (a locator without positions gives line 0)
 * @param text the decoded source ('' for data with no source)
 * @param file the file as the user named it
 */
export function textDiagnostics(checked: CheckedText, locator: Locator, text: string, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = checked.problems.map((problem) => {
    const { line, column } = safely(() => locateCharacter(locator, text, problem));
    return {
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
      file,
      line,
      column,
      pointer: problem.pointer,
      hint: problem.hint,
      ...(problem.note === undefined ? {} : { note: problem.note }),
    };
  });
  const { errors, warnings } = checked.unlisted;
  if (errors + warnings > 0) {
    // The first ones are listed, and are enough to act on; the count says how much is left to fix. The
    // message stands alone: printed in line order, a diagnostic without a line comes first.
    const kinds = [
      errors > 0 ? `${errors} more refused character${errors === 1 ? '' : 's'}` : '',
      warnings > 0 ? `${warnings} more value${warnings === 1 ? '' : 's'} with characters the PDF cannot draw` : '',
    ].filter((kind) => kind !== '');
    diagnostics.push({
      severity: errors > 0 ? 'error' : 'warning',
      code: errors > 0 ? 'character' : 'pdf-glyph',
      message: `${kinds.join(' and ')} not listed: only the first ${checked.problems.length} character problems of a spec are`,
      file,
      line: 0,
      column: 0,
      pointer: '',
      hint: 'fix the ones listed and validate again to see the rest',
    });
  }
  if (checked.tooDeep !== null) {
    const at = safely(() => locator(checked.tooDeep!));
    diagnostics.push(syntaxError(file, at, NESTED_TOO_DEEPLY, checked.tooDeep));
  }
  return diagnostics;
}
