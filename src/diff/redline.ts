/**
 * Document × Document → redline Document: the new version with every change from the old marked as data,
 * which each writer renders its own way (Word tracked changes, struck and underlined PDF text, text markers).
 *
 * Blocks are aligned by id (align.ts), never by number, so a clause inserted early is the one mark and
 * every later clause keeps its new number unmarked. Paired paragraphs are compared word by word; blocks
 * only in the old version are deleted whole, only in the new inserted whole; a clause whose id is in both
 * versions but at different places is moved. Numbers are the new version's, except in deleted blocks,
 * which keep the old one.
 */
import { isDeepStrictEqual } from 'node:util';
import type {
  Block,
  Clause,
  Definition,
  Document,
  Inline,
  ListItem,
  NumberedDocument,
  Section,
  SignatureBlock,
  Signatures,
  Table,
  TableCell,
} from '../model/index.js';
import { align, type Matcher } from './align.js';
import { excerpt, nodeText } from './block-text.js';
import { summarySection } from './summary.js';
import { diffInlines, likeness } from './word-diff.js';

/** One change a redline marks, as the change summary lists it. */
export interface RedlineChange {
  kind: 'inserted' | 'deleted' | 'moved' | 'changed';
  /** Where it lands, by the new numbering: "clause 3.2", "paragraph 1.1 of Schedule 4", "Parties". */
  where: string;
  /** What changed, in a line. */
  text: string;
}

/** A redline and the changes it marks. */
export interface Redline {
  document: NumberedDocument;
  changes: RedlineChange[];
}

interface Walk {
  moved: ReadonlySet<string>;
  /** Ids met as deleted and as inserted (the first pass's findings, which make the moves). */
  deletedIds: Set<string>;
  insertedIds: Set<string>;
  changes: RedlineChange[];
  where: string;
  schedule: string | null;
}

const ALIKE = 0.5;

function keyOf(block: Block): string | null {
  return block.type === 'section' || block.type === 'clause' ? block.id : null;
}

const blockMatcher: Matcher<Block> = {
  // A table's id pairs it but never makes it a move: moves are of provisions.
  key: (block) => (block.type === 'table' && block.itemId !== undefined ? `table#${block.itemId}` : keyOf(block)),
  alike: (a, b) => {
    if (a.type !== b.type) return false;
    if (a.type === 'paragraph' && b.type === 'paragraph') return likeness(a.children, b.children) >= ALIKE;
    if (a.type === 'table' && b.type === 'table') return a.header.length === b.header.length;
    if (a.type === 'list' && b.type === 'list') return a.ordered === b.ordered;
    return true;
  },
};

function whereOf(block: Section | Clause, walk: Walk): string {
  const number = block.number ?? null;
  if (block.type === 'section') {
    if (block.kind === 'schedule' && number) return number;
    return number ? `clause ${number}` : block.title;
  }
  if (!number) return walk.where;
  return walk.schedule === null ? `clause ${number}` : `paragraph ${number} of ${walk.schedule}`;
}

function note(walk: Walk, kind: RedlineChange['kind'], text: string, where = walk.where): void {
  walk.changes.push({ kind, where, text });
}

function wholeBlock(block: Block, side: 'old' | 'new', walk: Walk): Block {
  const id = keyOf(block);
  const inserted = side === 'new';
  if (id !== null) (inserted ? walk.insertedIds : walk.deletedIds).add(id);
  const where = (block.type === 'section' || block.type === 'clause') && inserted ? whereOf(block, walk) : walk.where;
  if (id !== null && walk.moved.has(id)) {
    if (inserted) note(walk, 'moved', excerpt(nodeText(block)), where);
    return { type: 'changed', change: inserted ? 'movedTo' : 'movedFrom', moveId: id, children: [block] };
  }
  note(walk, inserted ? 'inserted' : 'deleted', excerpt(nodeText(block)), where);
  return { type: 'changed', change: inserted ? 'inserted' : 'deleted', moveId: null, children: [block] };
}

function blocks(olds: readonly Block[], news: readonly Block[], walk: Walk): Block[] {
  const out: Block[] = [];
  for (const step of align(olds, news, blockMatcher)) {
    if (step.old !== null && step.new !== null) out.push(...pair(step.old, step.new, walk));
    else if (step.old !== null) out.push(wholeBlock(step.old, 'old', walk));
    else if (step.new !== null) out.push(wholeBlock(step.new, 'new', walk));
  }
  return out;
}

/**
 * The blocks of a numbered unit (an untitled clause, a list item). Its first paragraph carries the
 * number, so the old and new first paragraphs are always paired and compared word by word: deleted whole
 * and inserted whole, they would leave the number on an empty paragraph of its own, which accepting (or
 * rejecting) every change keeps as a blank numbered line that neither version has.
 */
function numberedBlocks(olds: readonly Block[], news: readonly Block[], walk: Walk): Block[] {
  const [old, ...oldRest] = olds;
  const [next, ...newRest] = news;
  if (old?.type !== 'paragraph' || next?.type !== 'paragraph') return blocks(olds, news, walk);
  return [...pair(old, next, walk), ...blocks(oldRest, newRest, walk)];
}

function titleMarks(before: string | null, after: string | null, walk: Walk): Inline[] | undefined {
  if (before === after) return undefined;
  const diff = diffInlines(
    before ? [{ type: 'text', value: before }] : [],
    after ? [{ type: 'text', value: after }] : [],
  );
  note(walk, 'changed', `Heading: ${before ?? '(none)'} → ${after ?? '(none)'}`);
  return diff.inlines;
}

function provision<T extends Section | Clause>(old: T, next: T, walk: Walk): T {
  const outer = { where: walk.where, schedule: walk.schedule };
  walk.where = whereOf(next, walk);
  if (next.type === 'section') walk.schedule = next.kind === 'schedule' ? (next.number ?? null) : null;
  const marks = titleMarks(old.title, next.title, walk);
  const numbered = next.type === 'clause' && old.title === null && next.title === null;
  const children = (numbered ? numberedBlocks : blocks)(old.children, next.children, walk);
  Object.assign(walk, outer);
  return marks === undefined ? { ...next, children } : { ...next, children, titleMarks: marks };
}

function inlinesOf(before: readonly Inline[], after: readonly Inline[], walk: Walk): Inline[] {
  const diff = diffInlines(before, after);
  if (diff.changed) {
    const words = [
      diff.deleted && `deleted “${excerpt(diff.deleted, 60)}”`,
      diff.inserted && `inserted “${excerpt(diff.inserted, 60)}”`,
    ];
    note(walk, 'changed', `Text: ${words.filter((w) => w !== '').join('; ')}`);
  }
  return diff.inlines;
}

function items<T extends ListItem | Definition>(
  olds: readonly T[],
  news: readonly T[],
  key: (item: T) => string | null,
  inner: (old: T, next: T) => T,
  walk: Walk,
): T[] {
  const matcher: Matcher<T> = {
    key,
    alike: (a, b) => likeness([{ type: 'text', value: nodeText(a) }], [{ type: 'text', value: nodeText(b) }]) >= ALIKE,
  };
  return align(olds, news, matcher).map((step) => {
    if (step.old !== null && step.new !== null) return inner(step.old, step.new);
    const item = (step.new ?? step.old) as T;
    const inserted = step.new !== null;
    note(walk, inserted ? 'inserted' : 'deleted', excerpt(nodeText(item)));
    return { ...item, change: inserted ? 'inserted' : 'deleted' };
  });
}

interface Row {
  cells: TableCell[];
  /** The spec item the row comes from, else null (then it is known by its first cell's text). */
  id: string | null;
}

const rowsOf = (t: Table): Row[] => t.rows.map((cells, i) => ({ cells, id: t.rowIds?.[i] ?? null }));

function rowKey(row: Row): string {
  if (row.id !== null) return `#${row.id}`;
  return row.cells[0] === undefined ? '' : nodeText(row.cells[0]);
}

function table(old: Table, next: Table, walk: Walk): Table {
  const cells = (a: readonly TableCell[], b: readonly TableCell[]): TableCell[] =>
    b.map((cell, i) => ({ ...cell, children: inlinesOf(a[i]?.children ?? [], cell.children, walk) }));
  const rows: TableCell[][] = [];
  const rowIds: (string | null)[] = [];
  const rowChanges: ('inserted' | 'deleted' | null)[] = [];
  const matcher: Matcher<Row> = { key: rowKey, alike: () => false };
  for (const step of align(rowsOf(old), rowsOf(next), matcher)) {
    if (step.old !== null && step.new !== null) {
      rows.push(cells(step.old.cells, step.new.cells));
      rowIds.push(step.new.id);
      rowChanges.push(null);
    } else {
      const row = (step.new ?? step.old) as Row;
      const inserted = step.new !== null;
      note(
        walk,
        inserted ? 'inserted' : 'deleted',
        `Table row ${inserted ? 'inserted' : 'deleted'}: ${excerpt(row.cells.map((c) => nodeText(c)).join(' | '))}`,
      );
      rows.push(row.cells);
      rowIds.push(row.id);
      rowChanges.push(inserted ? 'inserted' : 'deleted');
    }
  }
  const marked: Table = { ...next, header: cells(old.header, next.header), rows, rowChanges };
  if (next.rowIds !== undefined || old.rowIds !== undefined) marked.rowIds = rowIds;
  else delete marked.rowIds;
  return marked;
}

/**
 * Execution blocks party by party (a party is known by its name): the parties that are the same stay
 * one unmarked block, and a party that joins, leaves or signs differently is the block marked.
 */
function signatures(old: Signatures, next: Signatures, walk: Walk): Block[] {
  const out: Block[] = [];
  let same: SignatureBlock[] = [];
  const flush = (): void => {
    if (same.length > 0) out.push({ type: 'signatures', parties: same });
    same = [];
  };
  const matcher: Matcher<SignatureBlock> = { key: (party) => party.party, alike: () => false };
  for (const step of align(old.parties, next.parties, matcher)) {
    if (step.old !== null && step.new !== null && isDeepStrictEqual(step.old, step.new)) {
      same.push(step.new);
      continue;
    }
    flush();
    if (step.old !== null) out.push(wholeBlock({ type: 'signatures', parties: [step.old] }, 'old', walk));
    if (step.new !== null) out.push(wholeBlock({ type: 'signatures', parties: [step.new] }, 'new', walk));
  }
  flush();
  return out;
}

function pair(old: Block, next: Block, walk: Walk): Block[] {
  if (old.type === 'section' && next.type === 'section') return [provision(old, next, walk)];
  if (old.type === 'clause' && next.type === 'clause') return [provision(old, next, walk)];
  if (old.type === 'paragraph' && next.type === 'paragraph')
    return [{ ...next, children: inlinesOf(old.children, next.children, walk) }];
  if (old.type === 'list' && next.type === 'list') {
    const inner = (a: ListItem, b: ListItem): ListItem => ({
      ...b,
      children: numberedBlocks(a.children, b.children, walk),
    });
    return [{ ...next, items: items(old.items, next.items, (i) => i.id, inner, walk) }];
  }
  if (old.type === 'definitions' && next.type === 'definitions') {
    const inner = (a: Definition, b: Definition): Definition => ({
      ...b,
      children: inlinesOf(a.children, b.children, walk),
    });
    return [{ ...next, items: items(old.items, next.items, (d) => d.term, inner, walk) }];
  }
  if (old.type === 'table' && next.type === 'table') return [table(old, next, walk)];
  if (old.type === 'signatures' && next.type === 'signatures') return signatures(old, next, walk);
  if (isDeepStrictEqual(old, next)) return [next];
  return [wholeBlock(old, 'old', walk), wholeBlock(next, 'new', walk)];
}

function run(before: Document, after: Document, moved: ReadonlySet<string>): Walk & { children: Block[] } {
  const walk: Walk = { moved, deletedIds: new Set(), insertedIds: new Set(), changes: [], where: '', schedule: null };
  const children = blocks(before.children, after.children, walk);
  return { ...walk, children };
}

/**
 * The redline of `before` → `after`, two numbered documents of the same kind.
 * @param before the old version
 * @param after the new version
 * @param author who the tracked changes are attributed to
 */
export function redlineDocument(older: NumberedDocument, after: NumberedDocument, author: string): Redline {
  const before = withHistoryOf(older, after);
  const first = run(before, after, new Set());
  const moved = new Set([...first.deletedIds].filter((id) => first.insertedIds.has(id)));
  const final = moved.size === 0 ? first : run(before, after, moved);
  const children = [...summarySection(before, after, final.changes), ...final.children];
  const document: NumberedDocument = { ...after, meta: { ...after.meta, revisionAuthor: author }, children };
  return { document, changes: final.changes };
}

/**
 * `before` with `after`'s document history: like the cover, the history is document control, always
 * the new version's, so a redline marks changes to the text only.
 */
function withHistoryOf(before: NumberedDocument, after: NumberedDocument): NumberedDocument {
  const isHistory = (block: Document['children'][number]): boolean =>
    block.type === 'section' && block.id === 'document-history';
  const history = after.children.filter(isHistory);
  return { ...before, children: [...history, ...before.children.filter((block) => !isHistory(block))] };
}
