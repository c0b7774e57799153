/**
 * Turns a reference into the words that cite its target ("clause 14.3(b)", "clause 10.2 of the
 * Partnership Agreement"), or into a `template` Diagnostic saying why it cannot and which ids are nearest.
 */
import { distance } from 'fastest-levenshtein';
import type { Diagnostic } from '../../errors.js';
import type { Document, Reference } from '../types.js';
import { assignNumbers, type Numbering } from './assign.js';

/**
 * Up to `count` of `candidates` nearest to `id` by edit distance, nearest first (ties in alphabetical
 * order, so messages are stable).
 */
export function nearestIds(id: string, candidates: Iterable<string>, count = 3): string[] {
  return [...new Set(candidates)]
    .map((candidate) => ({ candidate, cost: distance(id, candidate) }))
    .sort((a, b) => a.cost - b.cost || (a.candidate < b.candidate ? -1 : a.candidate > b.candidate ? 1 : 0))
    .slice(0, count)
    .map((entry) => entry.candidate);
}

/** "`a`, `b` or `c`", or "none" for an empty list. */
export function listIds(ids: readonly string[]): string {
  const quoted = ids.map((id) => `\`${id}\``);
  if (quoted.length === 0) return 'none';
  if (quoted.length === 1) return quoted[0] as string;
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

/** Numberings of the documents a reference may name, computed once per document. */
export class PackNumbering {
  private readonly cache = new Map<string, Numbering>();

  constructor(
    private readonly self: Document,
    private readonly own: Numbering,
    private readonly pack: ReadonlyMap<string, Document>,
  ) {}

  /** The document a reference names (this one when `kind` is null or its own kind). */
  documentOf(kind: string | null): Document | undefined {
    if (kind === null || kind === this.self.kind) return this.self;
    return this.pack.get(kind);
  }

  /** The numbering of that document. */
  numberingOf(doc: Document): Numbering {
    if (doc === this.self) return this.own;
    let numbering = this.cache.get(doc.kind);
    if (numbering === undefined) {
      numbering = assignNumbers(doc);
      this.cache.set(doc.kind, numbering);
    }
    return numbering;
  }

  /** The kinds of document a reference may name. */
  kinds(): string[] {
    return [...new Set([this.self.kind, ...this.pack.keys()])].sort();
  }
}

/** A `template` error about the document `file`, with no known template position. */
export function templateError(file: string, message: string, hint?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'template',
    message,
    file,
    line: 0,
    column: 0,
    pointer: '',
  };
  if (hint !== undefined) diagnostic.hint = hint;
  return diagnostic;
}

/** The citation of `reference` from the document `from`, or the Diagnostic that explains why there is none. */
export function resolveReference(
  reference: Reference,
  from: Document,
  numberings: PackNumbering,
): { text: string } | { diagnostic: Diagnostic } {
  const target = numberings.documentOf(reference.document);
  if (target === undefined) {
    const kinds = numberings.kinds();
    return {
      diagnostic: templateError(
        from.name,
        `Cannot resolve reference to \`${reference.target}\` in ${reference.document} from ${from.name}: ` +
          `the pack has no ${reference.document} document, expected one of ${listIds(kinds)}`,
        'Generate that document in the same pack, or guard the reference with the condition that includes it.',
      ),
    };
  }
  const { targets } = numberings.numberingOf(target);
  const found = targets.get(reference.target);
  if (found === undefined) {
    const near = nearestIds(reference.target, targets.keys());
    return {
      diagnostic: templateError(
        from.name,
        `Cannot resolve reference to \`${reference.target}\` in ${target.name}: no section, clause or list ` +
          `item has that id, nearest are ${listIds(near)}`,
        near.length > 0
          ? `Did you mean \`${near[0]}\`? If a condition omits the target, guard the reference with the same condition.`
          : undefined,
      ),
    };
  }
  if (found.citation === null) {
    return {
      diagnostic: templateError(
        from.name,
        `Cannot resolve reference to \`${reference.target}\` in ${target.name}: it names ${found.uncitable}, ` +
          'expected a numbered section, clause, schedule or ordered list item',
      ),
    };
  }
  return { text: target === from ? found.citation : `${found.citation} of the ${target.meta.title}` };
}
