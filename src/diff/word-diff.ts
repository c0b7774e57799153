/**
 * Word-by-word comparison of two runs of inline content, through the `diff` library's array diff.
 *
 * Inlines are flattened to tokens (a word, a run of spaces, a reference, a defined term, a line break),
 * each wrapped in the bold and italic it sits in. A reference is compared by its target, never its text,
 * so "clause 14.3" that became "clause 14.4" only because clauses were inserted before it is no change.
 */
import { diffArrays } from 'diff';
import type { Inline } from '../model/index.js';

interface Token {
  /** What two tokens must share to be the same: formatting and text, or a reference's target. */
  key: string;
  inline: Inline;
}

type Wrap = 'strong' | 'emphasis';

/** Spaces, words (with inner apostrophes, hyphens and points: "Partner's", "two-thirds", "1.5") and single marks. */
const WORD_PARTS = /\s+|[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?|[^\s\p{L}\p{N}]/gu;

function wrapped(inline: Inline, wraps: readonly Wrap[]): Inline {
  return wraps.reduceRight<Inline>((inner, type) => ({ type, children: [inner] }), inline);
}

function tokenize(inlines: readonly Inline[], wraps: Wrap[] = [], into: Token[] = []): Token[] {
  const prefix = wraps.join('+');
  for (const inline of inlines) {
    switch (inline.type) {
      case 'text':
        for (const part of inline.value.match(WORD_PARTS) ?? []) {
          if (part !== '')
            into.push({ key: `${prefix}|t|${part}`, inline: wrapped({ type: 'text', value: part }, wraps) });
        }
        break;
      case 'strong':
      case 'emphasis':
        tokenize(inline.children, [...wraps, inline.type], into);
        break;
      case 'insertion':
      case 'deletion':
        tokenize(inline.children, wraps, into);
        break;
      case 'reference':
        into.push({ key: `${prefix}|r|${inline.document ?? ''}|${inline.target}`, inline: wrapped(inline, wraps) });
        break;
      case 'definedTerm':
        into.push({ key: `${prefix}|d|${inline.term}`, inline: wrapped(inline, wraps) });
        break;
      case 'lineBreak':
        into.push({ key: `${prefix}|br`, inline: wrapped(inline, wraps) });
        break;
      default: {
        const unknown: never = inline;
        throw new Error(`Cannot compare unknown inline \`${(unknown as { type: string }).type}\``);
      }
    }
  }
  return into;
}

/** Adjacent texts joined, and adjacent bold or italic runs merged, so marks wrap whole phrases. */
export function mergeInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) {
    const last = out[out.length - 1];
    if (last?.type === 'text' && inline.type === 'text') {
      out[out.length - 1] = { type: 'text', value: last.value + inline.value };
    } else if (
      last !== undefined &&
      last.type === inline.type &&
      (inline.type === 'strong' ||
        inline.type === 'emphasis' ||
        inline.type === 'insertion' ||
        inline.type === 'deletion')
    ) {
      const children = [...(last as { children: Inline[] }).children, ...inline.children];
      out[out.length - 1] = { type: inline.type, children: mergeInlines(children) };
    } else out.push(inline);
  }
  return out;
}

/** The plain words of a run of inlines, for comparing and summarising. */
export function plainText(inlines: readonly Inline[]): string {
  return inlines.map(words).join('');
}

function words(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      return inline.value;
    case 'reference':
      return inline.text ?? inline.target;
    case 'definedTerm':
      return inline.term;
    case 'lineBreak':
      return ' ';
    default:
      return plainText(inline.children);
  }
}

/** The result of comparing two runs of inlines. */
export interface InlineDiff {
  /** The new inlines, with deleted words as `deletion` and added words as `insertion`. */
  inlines: Inline[];
  /** True when any word differs. */
  changed: boolean;
  /** The deleted and inserted words, for the change summary. */
  deleted: string;
  inserted: string;
}

/**
 * Compare `before` with `after` word by word.
 * @param before the old inlines
 * @param after the new inlines
 */
export function diffInlines(before: readonly Inline[], after: readonly Inline[]): InlineDiff {
  const olds = tokenize(before);
  const news = tokenize(after);
  const parts = diffArrays(olds, news, { comparator: (a, b) => a.key === b.key });
  const out: Inline[] = [];
  let deleted = '';
  let inserted = '';
  let changed = false;
  for (const part of parts) {
    const inlines = mergeInlines(part.value.map((t) => t.inline));
    if (part.removed) {
      changed = true;
      deleted += `${plainText(inlines)} `;
      out.push({ type: 'deletion', children: inlines });
    } else if (part.added) {
      changed = true;
      inserted += `${plainText(inlines)} `;
      out.push({ type: 'insertion', children: inlines });
    } else out.push(...inlines);
  }
  return { inlines: mergeInlines(out), changed, deleted: deleted.trim(), inserted: inserted.trim() };
}

/**
 * How alike two runs of inlines are, from 0 to 1: the share of words they have in common. Used to
 * decide whether two paragraphs without ids are one paragraph edited or two different ones.
 * @param before the old inlines
 * @param after the new inlines
 */
export function likeness(before: readonly Inline[], after: readonly Inline[]): number {
  const words = (inlines: readonly Inline[]) =>
    plainText(inlines)
      .split(/\s+/)
      .filter((w) => w !== '');
  const a = words(before);
  const b = words(after);
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}
