/**
 * Keeps user text writable as XML without losing any of it silently.
 *
 * The spec stage rejects XML-forbidden characters, but a Document can come from elsewhere. docx drops
 * C0 controls without a word and writes U+FFFE/U+FFFF and lone surrogates as they are, which makes the
 * file unreadable. Each such character becomes U+FFFD, the visible replacement character, and a warning.
 */
import type { RenderState } from './render-state.js';

// Everything XML 1.0 does not allow: C0 controls but tab, newline and return; lone surrogates; U+FFFE, U+FFFF.
/* eslint-disable no-control-regex -- finding control characters is the point */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/** `value` as it can be written: forbidden characters replaced by U+FFFD, each replacement reported. */
export function writableText(value: string, state: RenderState): string {
  FORBIDDEN.lastIndex = 0;
  if (!FORBIDDEN.test(value)) return value;
  return value.replace(FORBIDDEN, (char) => {
    const code = char.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '';
    state.warn(
      'docx-text',
      `Cannot write U+${code} in a Word document: it is not allowed in XML, expected printable text; written as U+FFFD`,
    );
    return '\uFFFD';
  });
}
