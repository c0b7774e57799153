/**
 * The one walker over the document model: visit every node with its ancestors, or rebuild a tree
 * node by node (numbering uses both).
 *
 * Like pandoc-types' Walk: each variant's children are listed in one place (`childrenOf`, `withChildren`),
 * so adding a variant fails to compile here first and every traversal stays in step.
 */
import type { Block, Inline, ListItem, Node, SignatureBlock, Definition, TableCell } from './types.js';

/** Return from a visitor to leave the node's children unvisited. */
export const SKIP = Symbol('skip');

/** Called for each node in document order; `ancestors` runs from the root to the parent. */
export type Visitor = (node: Node, ancestors: readonly Node[]) => void | typeof SKIP;

/**
 * Called for each node after its children have been rebuilt. `node` has the rebuilt children,
 * `original` is the node as it was (the key for lookups made while visiting), and the returned node
 * must be of the same category (a block for a block, an inline for an inline).
 */
export type Mapper = (node: Node, original: Node, ancestors: readonly Node[]) => Node;

/** The direct children of a node, in document order (table header cells before body rows). */
export function childrenOf(node: Node): readonly Node[] {
  switch (node.type) {
    case 'document':
    case 'section':
    case 'clause':
    case 'listItem':
    case 'changed':
    case 'paragraph':
    case 'tableCell':
    case 'definition':
    case 'strong':
    case 'emphasis':
    case 'insertion':
    case 'deletion':
      return node.children;
    case 'list':
      return node.items;
    case 'table':
      return [...node.header, ...node.rows.flat()];
    case 'signatures':
      return node.parties;
    case 'definitions':
      return node.items;
    case 'pageBreak':
    case 'signatureBlock':
    case 'text':
    case 'reference':
    case 'definedTerm':
    case 'lineBreak':
      return [];
    default: {
      const unknown: never = node;
      throw new Error(`Cannot walk unknown node \`${(unknown as { type: string }).type}\``);
    }
  }
}

/** Visits `root` and every node below it, depth first, in document order. */
export function visit(root: Node, visitor: Visitor): void {
  const walk = (node: Node, ancestors: Node[]): void => {
    if (visitor(node, ancestors) === SKIP) return;
    ancestors.push(node);
    for (const child of childrenOf(node)) walk(child, ancestors);
    ancestors.pop();
  };
  walk(root, []);
}

/** A copy of `node` with its children replaced (same order and shape as `childrenOf`). */
function withChildren(node: Node, children: Node[]): Node {
  switch (node.type) {
    case 'document':
    case 'section':
    case 'clause':
    case 'listItem':
    case 'changed':
      return { ...node, children: children as Block[] };
    case 'paragraph':
    case 'tableCell':
    case 'definition':
    case 'strong':
    case 'emphasis':
    case 'insertion':
    case 'deletion':
      return { ...node, children: children as Inline[] };
    case 'list':
      return { ...node, items: children as ListItem[] };
    case 'table': {
      const cells = children as TableCell[];
      const width = node.header.length;
      let at = width;
      const rows = node.rows.map((row) => {
        const rebuilt = cells.slice(at, at + row.length);
        at += row.length;
        return rebuilt;
      });
      return { ...node, header: cells.slice(0, width), rows };
    }
    case 'signatures':
      return { ...node, parties: children as SignatureBlock[] };
    case 'definitions':
      return { ...node, items: children as Definition[] };
    case 'pageBreak':
    case 'signatureBlock':
    case 'text':
    case 'reference':
    case 'definedTerm':
    case 'lineBreak':
      return { ...node };
    default: {
      const unknown: never = node;
      throw new Error(`Cannot rebuild unknown node \`${(unknown as { type: string }).type}\``);
    }
  }
}

/** Rebuilds `root` bottom-up through `mapper`; the input tree is left untouched. */
export function mapTree<T extends Node>(root: T, mapper: Mapper): T {
  const walk = (node: Node, ancestors: Node[]): Node => {
    ancestors.push(node);
    const children = childrenOf(node).map((child) => walk(child, ancestors));
    ancestors.pop();
    return mapper(withChildren(node, children), node, ancestors);
  };
  return walk(root, []) as T;
}
