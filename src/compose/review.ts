/**
 * The reviewer copy: every value a document prints from the spec carries the spec field it came from
 * and that field's line, so a reviewer can check the text against the spec.
 *
 * The placeholders carry the values: each value a template outputs is looked up among the spec's own
 * values as the documents print them (text as written, money in pounds, dates and durations in words).
 * A value found under several fields names each of them; a value the view derives (a total, a joined
 * list, a count) is not one field's and carries no source. After numbering, each distinct source gets a
 * number in the order the document first uses it, and a closing section lists the sources.
 */
import type { Block, NumberedDocument, Section, TableCell, Text, ValueSource } from '../model/index.js';
import { visit } from '../model/index.js';
import { formatDate } from './view/dates.js';
import { formatDuration } from './view/durations.js';
import { formatMoney, type CountUnit } from '../spec/index.js';

/** Id of the closing sources section. */
export const SOURCES_ID = 'review-sources';

/** Finds the source of a printed value, or null when it is not a spec value as printed. */
export type SourceOf = (value: string) => ValueSource | null;

type Locate = ((pointer: string) => { line: number; column: number }) | undefined;

const MONEY = /^-?\d+\.\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** At most this many fields are named for a value several fields hold. */
const MAX_NAMED = 3;

function isDuration(value: unknown): value is { value: number; unit: CountUnit } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { value?: unknown }).value === 'number' &&
    typeof (value as { unit?: unknown }).unit === 'string'
  );
}

/** How the documents may print a spec value: as written, and in the words of its kind. */
function printedForms(value: unknown): string[] {
  if (isDuration(value)) {
    try {
      return [formatDuration(value).text];
    } catch {
      return [];
    }
  }
  if (typeof value !== 'string') return [];
  const text = value.normalize('NFC').trim();
  const forms = text.length >= 2 ? [text] : [];
  // A document prints amounts with pence or in whole pounds (money-style.ts).
  if (MONEY.test(text)) forms.push(formatMoney(text), formatMoney(text, 'whole_pounds'));
  if (ISO_DATE.test(text)) forms.push(formatDate(text));
  return forms;
}

/** `/members/3/legal_name` → `members[3].legal_name`. */
function fieldOf(segments: readonly string[]): string {
  return segments.reduce((path, segment) => {
    if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
    return path === '' ? segment : `${path}.${segment}`;
  }, '');
}

const escapeSegment = (segment: string): string => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The source finder for `spec`: its values as the documents print them, each with its fields and lines.
 * @param spec the valid spec
 * @param locate line and column of a JSON Pointer in the spec file; without it, sources name fields only
 */
export function sourcesOf(spec: unknown, locate: Locate): SourceOf {
  const fields = new Map<string, string[]>();
  const walk = (value: unknown, segments: string[]): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...segments, String(i)]));
      return;
    }
    const forms = printedForms(value);
    if (forms.length > 0) {
      const pointer = segments.map((s) => `/${escapeSegment(s)}`).join('');
      const label = locate === undefined ? fieldOf(segments) : `${fieldOf(segments)}, line ${locate(pointer).line}`;
      for (const form of forms) {
        const known = fields.get(form) ?? [];
        if (!known.includes(label)) known.push(label);
        fields.set(form, known);
      }
      return;
    }
    if (typeof value === 'object' && value !== null && !isDuration(value)) {
      for (const [key, child] of Object.entries(value)) walk(child, [...segments, key]);
    }
  };
  walk(spec, []);
  return (value) => {
    const labels = fields.get(value.normalize('NFC').trim());
    if (labels === undefined) return null;
    const named = labels.slice(0, MAX_NAMED).join('; ');
    const more = labels.length - MAX_NAMED;
    return { number: 0, label: more > 0 ? `${named} and ${more} more` : named };
  };
}

const cell = (value: string): TableCell => ({ type: 'tableCell', children: [{ type: 'text', value }] });

/**
 * The reviewer copy of a numbered document composed with sources: each source numbered in order of
 * first use, and a closing section listing them. The document's own texts are copied, not changed.
 * @param doc a document composed with `review` on
 */
export function reviewCopy(doc: NumberedDocument): NumberedDocument {
  const copy = structuredClone(doc);
  const numbers = new Map<string, number>();
  const firstValue = new Map<string, string>();
  visit(copy, (node) => {
    if (node.type !== 'text' || node.source === undefined) return;
    const text = node as Text & { source: ValueSource };
    const { label } = text.source;
    if (!numbers.has(label)) {
      numbers.set(label, numbers.size + 1);
      firstValue.set(label, text.value);
    }
    text.source = { number: numbers.get(label)!, label };
  });
  const rows = [...numbers].map(([label, n]) => {
    const [field, line] = splitLabel(label);
    return [cell(String(n)), cell(firstValue.get(label) ?? ''), cell(field), cell(line)];
  });
  const sources: Section = {
    type: 'section',
    id: SOURCES_ID,
    title: 'Sources of the values',
    kind: 'unnumbered',
    number: null,
    children: [
      {
        type: 'paragraph',
        role: 'note',
        children: [
          {
            type: 'text',
            value:
              rows.length === 0
                ? 'This reviewer copy prints no value taken from the spec.'
                : `This reviewer copy marks each value taken from the spec with a number in square brackets (in Word, a comment). The table gives, for each number, the spec field the value came from and its line in the spec file.`,
          },
        ],
      },
      ...(rows.length === 0
        ? []
        : [
            {
              type: 'table',
              header: [cell('No.'), cell('Value'), cell('Spec field'), cell('Line')],
              rows,
              align: ['right', 'left', 'left', 'right'],
            } satisfies Block,
          ]),
    ],
  };
  return { ...copy, children: [...copy.children, { type: 'pageBreak' }, sources] };
}

/** "members[3].legal_name, line 88; …" → the fields and the lines, each joined. */
function splitLabel(label: string): [string, string] {
  const parts = label.split('; ').map((part) => /^(.*), line (\d+)(.*)$/.exec(part));
  const fields = parts.map((m, i) => (m ? m[1]! + (m[3] ?? '') : label.split('; ')[i]!));
  const lines = parts.map((m) => (m ? m[2]! : ''));
  return [fields.join('; '), lines.join('; ')];
}
