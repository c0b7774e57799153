/**
 * Spec × Spec → SpecChange[]: every difference between two versions of a spec, at the smallest field
 * that changed, labelled from the schema's titles and grouped by the spec's top-level sections.
 *
 * Array items are matched by their key (item-keys.ts), never by position, so removing the second member
 * is one removal, not a change to every member after it. Values are compared structurally; a field
 * absent on one side is "not set" there.
 */
import { isDeepStrictEqual } from 'node:util';
import type { SchemaNode } from '../spec/index.js';
import { describeValue } from './describe-value.js';
import { itemKey, itemName, itemRole } from './item-keys.js';
import { namesOf, type Names } from './names.js';
import { isNotRendered, isValueRendered } from './rendered.js';
import {
  isOpenMap,
  itemsNode,
  propertyNode,
  propertyOrder,
  resolve,
  rootNode,
  titleOf,
  variantFor,
} from './schema-nodes.js';
import type { SpecChange, SpecChangeKind } from './types.js';

/** Where the walk is: the same place in both specs. */
interface Place {
  path: string;
  /** Pointers into the old and the new spec (the side where the value is absent keeps its parent's). */
  oldPointer: string;
  newPointer: string;
  field: string;
  /** The key of the value in its parent (for describing ids). */
  key: string;
  section: string;
  sectionLabel: string;
  labels: string[];
}

interface Walk {
  oldNames: Names;
  newNames: Names;
  changes: SpecChange[];
}

const escapeSegment = (s: string): string => s.replace(/~/g, '~0').replace(/\//g, '~1');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLeaf(node: SchemaNode, before: unknown, after: unknown): boolean {
  if (node.refName === 'Duration' || node.refName === 'Money') return true;
  const items = itemsNode(node);
  if (Array.isArray(before) || Array.isArray(after)) {
    const itemNode = resolve(items);
    const objects = [before, after].some((v) => Array.isArray(v) && v.some(isRecord));
    return !(itemNode.type === 'object' || objects);
  }
  return !isRecord(before) && !isRecord(after);
}

/** "added A; removed B" for a list of plain values present on both sides, or null for any other change. */
function listChange(before: unknown, after: unknown, node: SchemaNode, key: string, walk: Walk): string | null {
  if (!Array.isArray(before) || !Array.isArray(after)) return null;
  const items = itemsNode(node);
  const keys = (list: unknown[]) => list.map((v) => JSON.stringify(v));
  const [olds, news] = [keys(before), keys(after)];
  if (new Set(olds).size !== olds.length || new Set(news).size !== news.length) return null;
  const added = after.filter((_, i) => !olds.includes(news[i] as string));
  const removed = before.filter((_, i) => !news.includes(olds[i] as string));
  if (added.length === 0 && removed.length === 0) return 'order changed';
  const say = (list: unknown[], names: Names) => list.map((v) => describeValue(v, items, key, names)).join(', ');
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added ${say(added, walk.newNames)}`);
  if (removed.length > 0) parts.push(`removed ${say(removed, walk.oldNames)}`);
  return parts.join('; ');
}

function record(walk: Walk, place: Place, kind: SpecChangeKind, before: unknown, after: unknown, node: SchemaNode) {
  const beforeText = describeValue(before, node, place.key, walk.oldNames);
  const afterText = describeValue(after, node, place.key, walk.newNames);
  const label = place.labels.length > 0 ? place.labels.join(' › ') : place.sectionLabel;
  let text: string;
  const listed = kind === 'changed' ? listChange(before, after, node, place.key, walk) : null;
  if (kind === 'reordered') text = `${label}: order changed`;
  else if (listed !== null) text = `${label}: ${listed}`;
  else text = `${label}: ${beforeText ?? 'not set'} → ${afterText ?? 'not set'}`;
  walk.changes.push(change(place, kind, label, before, after, beforeText, afterText, text));
}

function change(
  place: Place,
  kind: SpecChangeKind,
  label: string,
  before: unknown,
  after: unknown,
  beforeText: string | null,
  afterText: string | null,
  text: string,
): SpecChange {
  return {
    kind,
    path: place.path,
    pointer: kind === 'removed' ? place.oldPointer : place.newPointer,
    field: place.field,
    section: place.section,
    sectionLabel: place.sectionLabel,
    label,
    before: before ?? null,
    after: after ?? null,
    beforeText,
    afterText,
    rendered: !isNotRendered(place.field),
    text,
  };
}

function child(place: Place, key: string, node: SchemaNode | undefined, openMap: boolean): Place {
  const seg = `/${escapeSegment(key)}`;
  const plain = /^[A-Za-z_][\w-]*$/.test(key);
  const path = openMap && !plain ? `${place.path}[${JSON.stringify(key)}]` : `${place.path}.${key}`;
  return {
    ...place,
    path,
    oldPointer: place.oldPointer + seg,
    newPointer: place.newPointer + seg,
    field: openMap ? `${place.field}{}` : `${place.field}.${key}`,
    key,
    labels: [...place.labels, openMap ? key : titleOf(node, key)],
  };
}

function walkObject(walk: Walk, node: SchemaNode, before: unknown, after: unknown, place: Place): void {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const openMap = isOpenMap(node);
  const keys = [...new Set([...propertyOrder(node), ...Object.keys(b), ...Object.keys(a)])];
  for (const key of keys) {
    if (!(key in b) && !(key in a)) continue;
    const childNode = propertyNode(node, key);
    walkValue(walk, childNode, b[key], a[key], child(place, key, resolve(childNode), openMap));
  }
}

function walkArray(walk: Walk, node: SchemaNode, before: unknown, after: unknown, place: Place): void {
  const items = itemsNode(node);
  const itemTitle = titleOf(resolve(items), place.key);
  const field = `${place.field}[]`;
  const index = (list: unknown) => {
    const map = new Map<string, { item: unknown; at: number }>();
    (Array.isArray(list) ? list : []).forEach((item, at) => {
      let key = itemKey(field, item);
      while (map.has(key)) key = `${key}+`;
      map.set(key, { item, at });
    });
    return map;
  };
  const olds = index(before);
  const news = index(after);
  for (const [key, { item, at }] of olds) {
    if (news.has(key)) continue;
    addOrRemove(walk, place, 'removed', item, `${place.oldPointer}/${at}`, key, itemTitle, field, walk.oldNames);
  }
  for (const [key, { item, at }] of news) {
    const old = olds.get(key);
    const itemPlace: Place = {
      ...place,
      path: `${place.path}[${key}]`,
      oldPointer: `${place.oldPointer}/${old?.at ?? at}`,
      newPointer: `${place.newPointer}/${at}`,
      field,
      labels: [...place.labels.slice(0, -1), `${itemTitle} (${itemName(item, key, walk.newNames)})`],
    };
    if (old === undefined)
      addOrRemove(walk, place, 'added', item, itemPlace.newPointer, key, itemTitle, field, walk.newNames);
    else walkValue(walk, items, old.item, item, itemPlace);
  }
  const common = (keys: Iterable<string>, other: Map<string, unknown>) => [...keys].filter((k) => other.has(k));
  if (!isDeepStrictEqual(common(olds.keys(), news), common(news.keys(), olds))) {
    record(walk, { ...place, field }, 'reordered', null, null, node);
  }
}

function addOrRemove(
  walk: Walk,
  place: Place,
  kind: 'added' | 'removed',
  item: unknown,
  pointer: string,
  key: string,
  itemTitle: string,
  field: string,
  names: Names,
): void {
  const name = itemName(item, key, names);
  const role = itemRole(item);
  const parents = place.labels.slice(0, -1);
  const prefix = parents.length > 0 ? `${parents.join(' › ')} › ` : '';
  const label = `${prefix}${itemTitle}`;
  const described = role === null ? name : `${name} (${role})`;
  const itemPlace = { ...place, path: `${place.path}[${key}]`, oldPointer: pointer, newPointer: pointer, field };
  const [before, after] = kind === 'added' ? [null, item] : [item, null];
  const [beforeText, afterText] = kind === 'added' ? [null, described] : [described, null];
  const text = `${label} ${kind}: ${described}`;
  const made = change(itemPlace, kind, label, before, after, beforeText, afterText, text);
  walk.changes.push({ ...made, rendered: isValueRendered(field, item) });
}

function walkValue(walk: Walk, schema: SchemaNode | undefined, before: unknown, after: unknown, place: Place): void {
  if (isDeepStrictEqual(before, after)) return;
  const node = variantFor(resolve(schema), after ?? before);
  if (isLeaf(node, before, after)) {
    record(walk, place, 'changed', before, after, node);
  } else if (Array.isArray(before) || Array.isArray(after)) {
    walkArray(walk, node, before, after, place);
  } else {
    walkObject(walk, node, before, after, place);
  }
}

/**
 * Every change from `before` to `after`, in the schema's order of sections and fields.
 * @param before the old spec (valid)
 * @param after the new spec (valid)
 */
export function diffSpecs(before: unknown, after: unknown): SpecChange[] {
  const walk: Walk = { oldNames: namesOf(before), newNames: namesOf(after), changes: [] };
  const root = rootNode();
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const sections = [...new Set([...propertyOrder(root), ...Object.keys(b), ...Object.keys(a)])];
  for (const section of sections) {
    const node = propertyNode(root, section);
    const sectionLabel = titleOf(resolve(node), section);
    const seg = `/${escapeSegment(section)}`;
    const place: Place = {
      path: section,
      oldPointer: seg,
      newPointer: seg,
      field: section,
      key: section,
      section,
      sectionLabel,
      labels: [],
    };
    walkValue(walk, node, b[section], a[section], place);
  }
  return walk.changes;
}
