/**
 * Works out the number of every section, clause and ordered list item of one document, and how each
 * id is cited ("clause 14.3(b)", "paragraph 2.1 of Schedule 4"), without changing the document.
 *
 * Counting only what is present is what keeps omitted conditional sections from leaving gaps.
 */
import { visit } from '../visit.js';
import type { Clause, Document, ListItem, Node, Section } from '../types.js';
import { listMarker } from './list-marker.js';

/** How one id may be cited: `citation` is null when the node carries no number to cite. */
export interface Target {
  id: string;
  node: Section | Clause | ListItem;
  citation: string | null;
  /** Why there is no citation, phrased to follow "it names …". */
  uncitable?: string;
}

/** The numbers of one document, keyed by the original nodes, and its ids. */
export interface Numbering {
  /** Number per section, clause and ordered list item; null for unnumbered sections. */
  numbers: Map<Node, string | null>;
  /** Every id in document order (the first node when an id repeats). */
  targets: Map<string, Target>;
  /** Ids used more than once, each listed once, in order of their second use. */
  duplicates: string[];
}

type Container = Document | Section | Clause;

function isContainer(node: Node): node is Container {
  return node.type === 'document' || node.type === 'section' || node.type === 'clause';
}

function nearest<T extends Node>(ancestors: readonly Node[], test: (n: Node) => n is T): T | undefined {
  for (let i = ancestors.length - 1; i >= 0; i -= 1) {
    const node = ancestors[i] as Node;
    if (test(node)) return node;
  }
  return undefined;
}

/** The schedule or unnumbered section a node sits in (itself included), which changes how it is cited. */
function scopeOf(node: Node, ancestors: readonly Node[]): Section | undefined {
  const chain = [...ancestors, node];
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const at = chain[i] as Node;
    if (at.type === 'section' && at.kind !== 'body') return at;
  }
  return undefined;
}

/** Computes the numbering of `doc`. Pure: the document is only read. */
export function assignNumbers(doc: Document): Numbering {
  const numbers = new Map<Node, string | null>();
  const targets = new Map<string, Target>();
  const duplicates: string[] = [];
  const counters = new Map<Container, number>();
  let schedules = 0;

  // A provision's number extends its container's: "3" → "3.1"; schedules and unnumbered sections restart at 1.
  const nextIn = (container: Container): string => {
    const n = (counters.get(container) ?? 0) + 1;
    counters.set(container, n);
    const prefix = container.type === 'document' ? null : numbers.get(container);
    return prefix && !(container.type === 'section' && container.kind === 'schedule') ? `${prefix}.${n}` : `${n}`;
  };

  const cite = (node: Node, ancestors: readonly Node[], provision: string): string => {
    const scope = scopeOf(node, ancestors);
    if (scope === undefined) return provision.startsWith('(') ? `paragraph ${provision}` : `clause ${provision}`;
    const where = scope.kind === 'schedule' ? numbers.get(scope) : scope.title;
    return `paragraph ${provision} of ${where}`;
  };

  const record = (target: Target): void => {
    if (!targets.has(target.id)) targets.set(target.id, target);
    else if (!duplicates.includes(target.id)) duplicates.push(target.id);
  };

  visit(doc, (node, ancestors) => {
    if (node.type === 'section') {
      let number: string | null = null;
      if (node.kind === 'schedule') number = `Schedule ${(schedules += 1)}`;
      else if (node.kind === 'body') number = nextIn(nearest(ancestors, isContainer) ?? doc);
      numbers.set(node, number);
      if (node.kind === 'schedule') record({ id: node.id, node, citation: number });
      else if (number === null) record({ id: node.id, node, citation: null, uncitable: 'an unnumbered section' });
      else record({ id: node.id, node, citation: cite(node, ancestors, number) });
    } else if (node.type === 'clause') {
      const number = nextIn(nearest(ancestors, isContainer) ?? doc);
      numbers.set(node, number);
      record({ id: node.id, node, citation: cite(node, ancestors, number) });
    } else if (node.type === 'listItem') {
      const number = numberItem(node, ancestors);
      if (number !== null) numbers.set(node, number);
      if (node.id === null) return;
      if (number === null) {
        record({ id: node.id, node, citation: null, uncitable: 'an item of an unordered list' });
        return;
      }
      // "14.3(b)(i)": the enclosing provision's number, then each ordered item's marker down to this one.
      const base = nearest(ancestors, isContainer) ?? doc;
      const baseNumber = base.type === 'section' && base.kind !== 'body' ? '' : (numbers.get(base) ?? '');
      const markers = ancestors
        .slice(ancestors.indexOf(base) + 1)
        .map((a) => (a.type === 'listItem' ? (numbers.get(a) ?? '') : ''))
        .join('');
      record({ id: node.id, node, citation: cite(node, ancestors, `${baseNumber}${markers}${number}`) });
    }
  });
  return { numbers, targets, duplicates };
}

/** The marker of an ordered list item, or null for an item of an unordered list. */
function numberItem(node: ListItem, ancestors: readonly Node[]): string | null {
  const list = ancestors[ancestors.length - 1];
  if (list?.type !== 'list' || !list.ordered) return null;
  let depth = 0;
  for (let i = ancestors.length - 2; i >= 0; i -= 1) {
    const at = ancestors[i] as Node;
    if (isContainer(at)) break;
    if (at.type === 'list' && at.ordered) depth += 1;
  }
  return listMarker(depth, list.items.indexOf(node) + 1);
}
