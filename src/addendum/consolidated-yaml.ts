/**
 * The consolidated spec as YAML written over the base spec's own text: the base file is parsed as a
 * YAML document, and only the values the addendum changed are set, added or deleted in it, so its
 * comments, key order and quoting stay wherever the content is unchanged and a diff of the two files
 * shows the change and nothing else.
 *
 * Lists of items with an id (`id`, `member_id`, `kpi_id`) are matched item by item on it, so a member
 * added or removed leaves the other members' nodes, and their comments, as they were.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type YAMLMap, type YAMLSeq } from 'yaml';

type Plain = Record<string, unknown>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The key an item of a list is matched on, or null when it has none. */
function itemKey(value: unknown): string | null {
  if (!isPlain(value)) return null;
  for (const field of ['id', 'member_id', 'kpi_id']) {
    if (typeof value[field] === 'string') return `${field}=${value[field] as string}`;
  }
  return null;
}

/**
 * The YAML text of `next`, written over `baseText` (the text `base` was read from).
 * @param baseText the base spec file's text (YAML or JSON, which is YAML)
 * @param base the data `baseText` holds
 * @param next the consolidated spec's data
 */
export function consolidatedYaml(baseText: string, base: unknown, next: unknown): string {
  const doc: Document = parseDocument(baseText);
  doc.contents = sync(doc, doc.contents as Node | null, base, next);
  return doc.toString({ lineWidth: 0 });
}

/** `node` (holding `was`) changed in place to hold `now`, or a new node when it cannot be. */
function sync(doc: Document, node: Node | null, was: unknown, now: unknown): Node {
  if (node !== null && isDeepStrictEqual(was, now)) return node;
  if (isMap(node) && isPlain(was) && isPlain(now)) return syncMap(doc, node, was, now);
  if (isSeq(node) && Array.isArray(was) && Array.isArray(now)) return syncSeq(doc, node, was, now);
  if (isScalar(node) && !isPlain(now) && !Array.isArray(now) && typeof now === typeof was) {
    // The scalar node keeps its comment and its quoting style.
    node.value = now;
    return node;
  }
  return doc.createNode(now) as Node;
}

function syncMap(doc: Document, node: YAMLMap, was: Plain, now: Plain): Node {
  for (const key of Object.keys(was)) if (!Object.hasOwn(now, key)) node.delete(key);
  for (const [key, value] of Object.entries(now)) {
    if (!Object.hasOwn(was, key)) {
      node.set(doc.createNode(key), doc.createNode(value));
      continue;
    }
    const child = node.get(key, true) as Node | undefined;
    const synced = sync(doc, child ?? null, was[key], value);
    if (synced !== child) node.set(key, synced);
  }
  return node;
}

function syncSeq(doc: Document, node: YAMLSeq, was: unknown[], now: unknown[]): Node {
  const items = node.items as Node[];
  const keys = was.map(itemKey);
  const byKey = keys.every((k) => k !== null) && new Set(keys).size === keys.length;
  const matched = now.map((value, i): Node => {
    if (byKey) {
      const key = itemKey(value);
      const at = key === null ? -1 : keys.indexOf(key);
      return at === -1 ? (doc.createNode(value) as Node) : sync(doc, items[at] ?? null, was[at], value);
    }
    return i < was.length ? sync(doc, items[i] ?? null, was[i], value) : (doc.createNode(value) as Node);
  });
  node.items = matched;
  return node;
}
