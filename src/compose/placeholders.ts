/**
 * Opaque placeholders: how a value from the view travels through Handlebars and Markdown untouched.
 *
 * Every `{{value}}` a template outputs, and every `{{term}}` or `{{signature}}` helper call, is replaced
 * by a token of private-use characters around an index into a per-render table. The token holds no
 * Markdown or Handlebars syntax, so no value can become a heading, a link, a directive or emphasis; the
 * Markdown → model step swaps each token back for what the table holds (DESIGN rule 2).
 */
import type { Inline, SignatureBlock, ValueSource } from '../model/index.js';
import { TemplateFault } from './template-errors.js';

/** Opens a placeholder token (U+E000, private use: never produced by a template's own text). */
export const PLACEHOLDER_OPEN = '\uE000';
/** Closes a placeholder token. */
export const PLACEHOLDER_CLOSE = '\uE001';

// XML 1.0 forbids these code points outright; a lone surrogate cannot be encoded either.
/* eslint-disable no-control-regex -- matching control characters is the point */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
/* eslint-enable no-control-regex */

/** What one placeholder stands for. */
export type Slot =
  { kind: 'text'; value: string } | { kind: 'term'; term: string } | { kind: 'signature'; block: SignatureBlock };

/** The values of one render, in the order the template output them. */
export class PlaceholderTable {
  readonly slots: Slot[] = [];

  /** @param sourceOf in a reviewer copy, where each value output came from in the spec */
  constructor(readonly sourceOf?: (value: string) => ValueSource | null) {}

  /**
   * The token for a value output by `{{value}}`: strings as they are, numbers and booleans as text,
   * null and undefined as nothing.
   * @throws TemplateFault for objects, arrays and functions (a template bug) or forbidden characters
   */
  text(value: unknown): string {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return this.add({ kind: 'text', value: checkedText(value) });
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
      return this.add({ kind: 'text', value: String(value) });
    }
    throw new TemplateFault(
      `Cannot output a ${Array.isArray(value) ? 'list' : typeof value} as text, expected a string or number`,
      'Output one field of it, or loop over it with {{#each}}.',
    );
  }

  /** The token for a use of a defined term. */
  term(term: string): string {
    return this.add({ kind: 'term', term: checkedText(term) });
  }

  /** The token for one execution block. */
  signature(block: SignatureBlock): string {
    return this.add({ kind: 'signature', block });
  }

  /** The slot a token's index names, or undefined for an index this render never issued. */
  get(index: number): Slot | undefined {
    return this.slots[index];
  }

  private add(slot: Slot): string {
    this.slots.push(slot);
    return `${PLACEHOLDER_OPEN}${this.slots.length - 1}${PLACEHOLDER_CLOSE}`;
  }
}

/**
 * `value` NFC-normalised.
 * @throws TemplateFault when it holds a character XML forbids (no writer could emit it)
 */
export function checkedText(value: string): string {
  const bad = FORBIDDEN.exec(value);
  if (bad !== null) {
    const code = (bad[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
    throw new TemplateFault(
      `Cannot use a value containing the control character U+${code}: ${JSON.stringify(value.slice(0, 60))}`,
      'Remove the character from the spec.',
    );
  }
  return value.normalize('NFC');
}

/** True when `text` holds at least one placeholder token. */
export function hasPlaceholder(text: string): boolean {
  return text.includes(PLACEHOLDER_OPEN);
}

/**
 * `text` cut into literal runs and the slots its tokens name, in order (empty runs dropped).
 * @throws TemplateFault for a token this render did not issue (a template that types U+E000 itself)
 */
export function splitPlaceholders(text: string, table: PlaceholderTable): (string | Slot)[] {
  // Scanned by hand: this runs on every text token of every document.
  const parts: (string | Slot)[] = [];
  let last = 0;
  for (let open = text.indexOf(PLACEHOLDER_OPEN); open !== -1; open = text.indexOf(PLACEHOLDER_OPEN, last)) {
    const close = text.indexOf(PLACEHOLDER_CLOSE, open);
    const slot = close === -1 ? undefined : table.get(Number(text.slice(open + 1, close)));
    if (slot === undefined || close === open + 1) {
      throw new TemplateFault('Cannot use the private-use character U+E000 in a template');
    }
    if (open > last) parts.push(text.slice(last, open));
    parts.push(slot);
    last = close + 1;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A value as inlines: each line a text node, each newline (LF, CRLF or CR) a line break. */
export function literalInlines(value: string): Inline[] {
  if (!/[\r\n]/.test(value)) return value === '' ? [] : [{ type: 'text', value }];
  const inlines: Inline[] = [];
  value.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (index > 0) inlines.push({ type: 'lineBreak' });
    if (line !== '') inlines.push({ type: 'text', value: line });
  });
  return inlines;
}
