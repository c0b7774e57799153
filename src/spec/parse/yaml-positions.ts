/**
 * Positions from the `yaml` library's document: every file the fast reader does not take (tabs,
 * anchors, aliases, tags, several documents) or whose events plain-positions.ts cannot account for.
 */
import type { Document, LineCounter, Node } from 'yaml';
import type { PositionTree, SourcePosition } from '../locate.js';
import { yamlLibrary } from './yaml-library.js';

/** A value left out after its key (`field:`): yaml gives it a zero-width null scalar. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return (
    yamlLibrary().isScalar(value) &&
    value.value === null &&
    value.range !== undefined &&
    value.range !== null &&
    value.range[0] === value.range[1]
  );
}

/**
 * The position tree of a parsed yaml document.
 * @param document the document, parsed with `lineCounter`
 * @param lineCounter the LineCounter given to the parse
 */
export function yamlPositions(document: Document, lineCounter: LineCounter): PositionTree<Node> {
  const yaml = yamlLibrary();
  return {
    root: (document.contents as Node | null) ?? null,
    child(from, segment) {
      // Aliases are followed on the way down; a pointer that ends at one points at the alias itself.
      const node = yaml.isAlias(from) ? ((from.resolve(document) as Node | undefined) ?? null) : from;
      if (yaml.isMap(node)) {
        const pair = node.items.find((item) => yaml.isScalar(item.key) && String(item.key.value) === segment);
        return pair ? { value: isEmpty(pair.value) ? null : (pair.value as Node), key: pair.key as Node } : undefined;
      }
      if (yaml.isSeq(node) && /^(0|[1-9][0-9]*)$/.test(segment)) {
        const item = node.items[Number(segment)] as Node | undefined;
        return item === undefined ? undefined : { value: item, key: null };
      }
      return undefined;
    },
    span(node) {
      const range = node.range;
      return range ? { start: range[0], end: range[1] } : undefined;
    },
    position(offset): SourcePosition {
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    },
  };
}
