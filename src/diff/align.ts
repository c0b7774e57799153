/**
 * Aligns two sequences of the document model (blocks, list items, definitions, table rows) so that each
 * old element is paired with its new self: by stable id where the element has one (sections, clauses,
 * list items), never by number or position; elements without ids pair with an alike element of the
 * same type. The pairing is the longest common subsequence, from the `diff` library's array diff.
 */
import { diffArrays } from 'diff';

/** One step of an alignment: both sides paired, or an element only old or only new. */
export type Step<T> = { old: T; new: T } | { old: T; new: null } | { old: null; new: T };

/** How to tell whether an old and a new element are the same one. */
export interface Matcher<T> {
  /** The element's stable id, or null when it has none. */
  key: (item: T) => string | null;
  /** For elements without ids: whether these two are the same element, edited. */
  alike: (a: T, b: T) => boolean;
}

/**
 * The steps that turn `olds` into `news`, in document order (a removal before the insertion at its place).
 * @param olds the old sequence
 * @param news the new sequence
 * @param matcher how elements match
 */
export function align<T>(olds: readonly T[], news: readonly T[], matcher: Matcher<T>): Step<T>[] {
  const same = (a: T, b: T): boolean => {
    const ka = matcher.key(a);
    const kb = matcher.key(b);
    if (ka !== null || kb !== null) return ka === kb;
    return matcher.alike(a, b);
  };
  const parts = diffArrays([...olds], [...news], { comparator: same });
  const steps: Step<T>[] = [];
  let o = 0;
  let n = 0;
  for (const part of parts) {
    for (let i = 0; i < part.value.length; i += 1) {
      if (part.removed) steps.push({ old: olds[o++] as T, new: null });
      else if (part.added) steps.push({ old: null, new: news[n++] as T });
      else steps.push({ old: olds[o++] as T, new: news[n++] as T });
    }
  }
  return steps;
}
