/**
 * The cross-reference targets of a document: a Word bookmark name for every numbered section, clause
 * and list item id, and the number Word's REF field shows for it.
 *
 * Bookmark names are derived from the model id alone (`_Ref_` + the id with anything but letters,
 * digits and `_` replaced by `_`, cut to Word's 40 characters), so the same document always gets the
 * same names; a counter suffix is added, in document order, only when two ids would collide. The leading
 * underscore makes them hidden bookmarks, as Word's own cross-reference bookmarks are.
 */
import { visit, type Document, type Node } from '../../model/index.js';

/** Word refuses bookmark names longer than this. */
export const MAX_BOOKMARK_LENGTH = 40;

const PREFIX = '_Ref_';

/** One numbered paragraph a citation's number comes from, and the part of the number it shows. */
export interface NumberPart {
  bookmark: string;
  /** What `REF <bookmark> \w` shows: "14.3", "Schedule 4", or an item's markers "(b)(ii)". */
  number: string;
}

/** What a reference to one id needs. */
export interface Target {
  /** The number as cited, in parts that concatenate to it: "14.3" + "(b)" for an item of clause 14.3. */
  parts: NumberPart[];
  /** The schedule the target sits in, which the citation names ("paragraph 2.1 of Schedule 4"). */
  schedule: NumberPart | null;
}

/** The bookmark of a target's own paragraph (the last part of its number). */
export function ownBookmark(target: Target): string {
  return (target.parts[target.parts.length - 1] as NumberPart).bookmark;
}

/** The bookmark name for `id`, before collisions are resolved. */
export function bookmarkBase(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_]/g, '_');
  return (PREFIX + safe).slice(0, MAX_BOOKMARK_LENGTH);
}

function uniqueName(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const name = base.slice(0, MAX_BOOKMARK_LENGTH - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
}

function numberOf(node: Node): string | null {
  if (node.type === 'section') return node.number ?? null;
  if (node.type === 'clause') return node.number ? node.number : null;
  if (node.type === 'listItem') return node.id !== null && node.number ? node.number : null;
  return null;
}

/**
 * The parts of a list item's number: its clause's (or body section's) number, then the markers of the
 * enclosing items and its own, which Word numbers in a list of their own (see `lists.ts`).
 */
function itemParts(own: NumberPart, ancestors: readonly Node[], targets: Map<string, Target>): NumberPart[] {
  let base: NumberPart | null = null;
  let markers = '';
  for (const at of ancestors) {
    if (at.type === 'section' || at.type === 'clause') {
      const target = targets.get(at.id);
      const counts = at.type === 'clause' || at.kind === 'body';
      base = counts && target !== undefined ? (target.parts[0] as NumberPart) : null;
      markers = '';
    } else if (at.type === 'listItem') {
      markers += at.number ?? '';
    }
  }
  const item = { bookmark: own.bookmark, number: markers + own.number };
  return base === null ? [item] : [base, item];
}

/** Every citable id of `doc` with the bookmarks its citation is made of; the first node wins when an id repeats. */
export function collectTargets(doc: Document): Map<string, Target> {
  const targets = new Map<string, Target>();
  const taken = new Set<string>();
  visit(doc, (node, ancestors) => {
    const number = numberOf(node);
    if (number === null || !('id' in node) || node.id === null || targets.has(node.id)) return;
    const bookmark = uniqueName(bookmarkBase(node.id), taken);
    taken.add(bookmark);
    const own = { bookmark, number };
    const inSchedule = ancestors.find((a) => a.type === 'section' && a.kind === 'schedule');
    const schedule =
      inSchedule && 'id' in inSchedule && inSchedule.id !== null ? targets.get(inSchedule.id) : undefined;
    targets.set(node.id, {
      parts: node.type === 'listItem' ? itemParts(own, ancestors, targets) : [own],
      schedule: schedule ? (schedule.parts[0] as NumberPart) : null,
    });
  });
  return targets;
}
