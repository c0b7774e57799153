/**
 * The one numbering function: fills in the numbers of sections, clauses and ordered list items, and the
 * text of every reference, after composition. Writers only print what it sets.
 */
import { PartnershipError, type Diagnostic } from '../../errors.js';
import type { Document, Node, NumberedDocument } from '../types.js';
import { mapTree, visit } from '../visit.js';
import { assignNumbers } from './assign.js';
import { PackNumbering, resolveReference, templateError } from './resolve.js';

export { nearestIds } from './resolve.js';

/**
 * A numbered copy of `doc`: body sections 1, 2…; clauses 1.1; sub-clauses 1.1.1; ordered list items (a),
 * nested (i); schedules "Schedule N" with their clauses restarting at 1; and every reference's `text`.
 * References naming another document are resolved against that document of `pack`.
 *
 * @param doc the composed document (numbered or not: numbers are recomputed)
 * @param pack the other documents of the same pack, by kind
 * @throws PartnershipError('input') with one `template` Diagnostic per duplicate id and per reference
 *   whose target is missing (here, in the named document, or because that document is not in the pack)
 */
export function numberDocument(doc: Document, pack: ReadonlyMap<string, Document> = new Map()): NumberedDocument {
  const own = assignNumbers(doc);
  const numberings = new PackNumbering(doc, own, pack);
  const diagnostics: Diagnostic[] = own.duplicates.map((id) =>
    templateError(
      doc.name,
      `Cannot number ${doc.name}: id \`${id}\` is used more than once, expected each section, clause and list item id once`,
      'Give each provision its own id.',
    ),
  );

  const numbered = mapTree(doc, (node: Node, original: Node): Node => {
    switch (node.type) {
      case 'section':
        return { ...node, number: own.numbers.get(original) ?? null };
      case 'clause':
        return { ...node, number: own.numbers.get(original) ?? '' };
      case 'listItem': {
        const number = own.numbers.get(original);
        if (typeof number === 'string') return { ...node, number };
        const { number: _stale, ...unnumbered } = node;
        return unnumbered;
      }
      case 'reference': {
        const resolved = resolveReference(node, doc, numberings);
        if ('diagnostic' in resolved) {
          diagnostics.push(resolved.diagnostic);
          return node;
        }
        return { ...node, text: resolved.text };
      }
      default:
        return node;
    }
  });

  if (diagnostics.length > 0) {
    const count = diagnostics.length === 1 ? 'a template error' : `${diagnostics.length} template errors`;
    throw new PartnershipError('input', `Cannot number ${doc.name}: ${count}`, diagnostics);
  }
  return numbered as NumberedDocument;
}

/** Where an id sits: what kind of node carries it. */
export interface IdEntry {
  id: string;
  node: 'section' | 'clause' | 'listItem';
}

/** Every id of `doc` (sections, clauses, list items with an id), in document order, repeats included. */
export function collectIds(doc: Document): IdEntry[] {
  const ids: IdEntry[] = [];
  visit(doc, (node) => {
    if (node.type === 'section' || node.type === 'clause') ids.push({ id: node.id, node: node.type });
    else if (node.type === 'listItem' && node.id !== null) ids.push({ id: node.id, node: 'listItem' });
  });
  return ids;
}
