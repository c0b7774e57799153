/**
 * Keeps in each definitions block only the terms the document uses, so the definitions clause lists
 * exactly the terms its text relies on whatever conditions left out.
 */
import { mapTree, SKIP, visit, type Definition, type Document, type Node } from '../model/index.js';

/** Terms used anywhere in `node` (definitions blocks aside). */
function termsUsed(node: Node, into: Set<string>): Set<string> {
  visit(node, (child) => {
    if (child.type === 'definitions') return SKIP;
    if (child.type === 'definedTerm') into.add(child.term);
  });
  return into;
}

/**
 * `doc` without the definitions of terms it never uses. A term counts as used when it appears
 * outside the definitions, or in the meaning of another definition that is kept.
 */
export function pruneDefinitions(doc: Document): Document {
  const definitions: Definition[] = [];
  visit(doc, (node) => {
    if (node.type === 'definitions') definitions.push(...node.items);
  });
  if (definitions.length === 0) return doc;

  const used = termsUsed(doc, new Set());
  const kept = new Set<Definition>();
  // A kept definition's meaning may use further terms, which must then be kept too.
  for (let grew = true; grew; ) {
    grew = false;
    for (const definition of definitions) {
      if (kept.has(definition) || !used.has(definition.term)) continue;
      kept.add(definition);
      for (const inline of definition.children) termsUsed(inline, used);
      grew = true;
    }
  }
  if (kept.size === definitions.length) return doc;
  return mapTree(doc, (node, original) => {
    if (node.type !== 'definitions' || original.type !== 'definitions') return node;
    return { ...node, items: node.items.filter((_, index) => kept.has(original.items[index]!)) };
  });
}
