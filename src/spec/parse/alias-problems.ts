/**
 * Finds the alias behind an alias error, which the yaml library reports without a position.
 *
 * Converting a document to data throws a bare ReferenceError for an alias to an anchor that does not
 * exist (or is defined later) and for an "alias bomb" (aliases of aliases that expand exponentially).
 * This walks the document to point at the alias responsible.
 */
import type { Alias, Document, Node } from 'yaml';
import { yamlLibrary } from './yaml-library.js';

/** Every alias in source order. */
function aliasesOf(document: Document.Parsed): Alias[] {
  const found: Alias[] = [];
  const walk = (node: unknown): void => {
    if (yamlLibrary().isAlias(node)) found.push(node);
    else if (yamlLibrary().isMap(node)) {
      for (const pair of node.items) {
        walk(pair.key);
        walk(pair.value);
      }
    } else if (yamlLibrary().isSeq(node)) node.items.forEach(walk);
  };
  walk(document.contents);
  return found;
}

/**
 * The first alias whose anchor is not defined before it, or null when every alias resolves.
 * @param document the parsed document
 */
export function unresolvedAlias(document: Document.Parsed): Alias | null {
  return aliasesOf(document).find((alias) => !alias.resolve(document)) ?? null;
}

/**
 * The alias that expands to the most nodes: in an alias bomb, the one that multiplies the others.
 * @param document the parsed document
 */
export function heaviestAlias(document: Document.Parsed): Alias | null {
  const weights = new Map<Node, number>();
  // Number of aliases a node expands to, counting nested aliases once per use (memoised per target).
  const weight = (node: unknown, depth: number): number => {
    if (depth > 64) return 1;
    if (yamlLibrary().isAlias(node)) {
      const target = node.resolve(document);
      if (!target) return 1;
      const known = weights.get(target);
      if (known !== undefined) return known;
      const total = 1 + weight(target, depth + 1);
      weights.set(target, total);
      return total;
    }
    let total = 0;
    if (yamlLibrary().isMap(node))
      for (const pair of node.items) total += weight(pair.key, depth + 1) + weight(pair.value, depth + 1);
    else if (yamlLibrary().isSeq(node)) for (const item of node.items) total += weight(item, depth + 1);
    return total;
  };
  let heaviest: Alias | null = null;
  let most = -1;
  for (const alias of aliasesOf(document)) {
    const w = weight(alias, 0);
    if (w > most) {
      most = w;
      heaviest = alias;
    }
  }
  return heaviest;
}
