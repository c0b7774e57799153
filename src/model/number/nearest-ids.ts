/**
 * Suggests the existing ids closest to a mistyped one, for "did you mean" messages.
 */
import { distance } from 'fastest-levenshtein';

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
