/**
 * The consolidated spec as YAML written over the base spec's own text. The base file is parsed as a
 * YAML document (the `yaml` package's Document API, which keeps each node's place in the text), the
 * base and consolidated data are compared node by node, and only the text of what changed is edited:
 * a scalar replaced where it stands (keeping its quotes), a key or list item deleted with its lines or
 * added after the last one, a one-line flow collection rewritten. Everything unchanged keeps its
 * comments, order, quoting and line breaks, so a diff of the two files shows the change and nothing
 * else.
 *
 * Lists of items with an id (`id`, `member_id`, `kpi_id`) are matched item by item on it, so a member
 * added or removed leaves the other members' text as it was.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair, type Scalar } from 'yaml';

type Plain = Record<string, unknown>;

/** One replacement of the text between `start` and `end`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const FLOW = { collectionStyle: 'flow', flowCollectionPadding: false, lineWidth: 0 } as const;
const BLOCK = { lineWidth: 0, flowCollectionPadding: false } as const;

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
 * @param baseText the base spec file's text (YAML, or JSON, which is YAML)
 * @param base the data `baseText` holds
 * @param next the consolidated spec's data
 */
export function consolidatedYaml(baseText: string, base: unknown, next: unknown): string {
  const text = baseText.endsWith('\n') ? baseText : `${baseText}\n`;
  const doc = parseDocument(text);
  const edits: Edit[] = [];
  new Editor(text, edits).sync(doc.contents as Node | null, base, next);
  // From the end of the text back, so earlier places stay put. At one place a deletion goes before an
  // insertion, and of two insertions the one made later goes in first, so that the one made earlier
  // (an inner list's item) ends up before it.
  const order = edits
    .map((edit, i) => ({ edit, i }))
    .sort((a, b) => b.edit.start - a.edit.start || b.edit.end - a.edit.end || b.i - a.i);
  let out = text;
  for (const { edit } of order) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

class Editor {
  constructor(
    private readonly text: string,
    private readonly edits: Edit[],
  ) {}

  /** Edits the text of `node` (holding `was`) to hold `now`. */
  sync(node: Node | null, was: unknown, now: unknown): void {
    if (isDeepStrictEqual(was, now)) return;
    if (node === null || node.range === undefined || node.range === null) {
      throw new Error('Cannot edit a YAML node without a place in the text');
    }
    // A block collection left empty has no lines to keep: it is rewritten as `{}` or `[]`.
    if (isMap(node) && isPlain(was) && isPlain(now) && !node.flow && this.keepsLines(node.items, now)) {
      return this.map(node.items, was, now);
    }
    if (isSeq(node) && Array.isArray(was) && Array.isArray(now) && !node.flow && this.seq(node.items, was, now)) return;
    if (isMap(node) && isPlain(was) && isPlain(now) && this.flowMap(node.items, was, now)) return;
    if (isScalar(node) && !isPlain(now) && !Array.isArray(now)) return this.scalar(node, now);
    const [start, end] = node.range;
    if (isScalar(node) || ((isMap(node) || isSeq(node)) && node.flow === true)) {
      this.edits.push({ start, end, text: stringify(now, FLOW).trimEnd() });
      return;
    }
    // A block collection replaced whole: its first line already stands at its indent.
    const lines = stringify(now, BLOCK).trimEnd().split('\n');
    const column = start - this.lineStart(start);
    const body = lines.map((line, i) => (i === 0 ? line : `${' '.repeat(column)}${line}`)).join('\n');
    this.edits.push({ start, end: this.afterLine(end), text: `${body}\n` });
  }

  /**
   * True when a block map's lines can be edited one by one: it keeps a key, and keeps its first key
   * when that shares its line with a list's dash (`- id: x`), whose line cannot go without it.
   */
  private keepsLines(pairs: Pair[], now: Plain): boolean {
    if (Object.keys(now).length === 0 || pairs.length === 0) return false;
    const first = pairs[0]!.key as Node;
    const start = first.range![0];
    const compact = this.text.slice(this.lineStart(start), start).trim() !== '';
    return !compact || Object.hasOwn(now, String(isScalar(first) ? first.value : first));
  }

  private map(pairs: Pair[], was: Plain, now: Plain): void {
    const keyOf = (pair: Pair): string => String(isScalar(pair.key) ? pair.key.value : pair.key);
    pairs.forEach((pair, i) => {
      const key = keyOf(pair);
      if (!Object.hasOwn(now, key)) {
        const start = this.lineStart((pair.key as Node).range![0]);
        const next = pairs[i + 1];
        const end = next ? this.lineStart((next.key as Node).range![0]) : this.afterLine(this.endOf(pair));
        this.edits.push({ start, end, text: '' });
      } else this.sync(pair.value as Node, was[key], now[key]);
    });
    const added = Object.keys(now).filter((key) => !Object.hasOwn(was, key));
    if (added.length === 0) return;
    const last = pairs.at(-1)!;
    const column = (last.key as Node).range![0] - this.lineStart((last.key as Node).range![0]);
    const at = this.afterLine(this.endOf(last));
    const text = added.map((key) => this.indented(stringify({ [key]: now[key] }, BLOCK), column)).join('');
    this.edits.push({ start: at, end: at, text });
  }

  /** A block list: items matched by key (or position), removed ones deleted, new ones appended. */
  private seq(items: unknown[], was: unknown[], now: unknown[]): boolean {
    const nodes = items as Node[];
    const keys = was.map(itemKey);
    const byKey = keys.every((k) => k !== null) && new Set(keys).size === keys.length;
    const oldIndex = now.map((value, i) => {
      if (!byKey) return i < was.length ? i : -1;
      const key = itemKey(value);
      return key === null ? -1 : keys.indexOf(key);
    });
    // Kept items must stay in order, and new ones come after them all; anything else is rewritten.
    const kept = oldIndex.filter((k) => k !== -1);
    const firstNew = oldIndex.indexOf(-1);
    if (kept.some((k, i) => i > 0 && k <= kept[i - 1]!)) return false;
    if (firstNew !== -1 && oldIndex.slice(firstNew).some((k) => k !== -1)) return false;
    if (nodes.length === 0 || now.length === 0) return false;
    // An item whose dash shares its line with an outer list's (`- - a`) cannot lose its line alone.
    const compact = (node: Node): boolean => {
      const dash = this.text.lastIndexOf('-', node.range![0] - 1);
      return this.text.slice(this.lineStart(dash), dash).trim() !== '';
    };
    if (nodes.some((node, k) => !kept.includes(k) && compact(node))) return false;
    nodes.forEach((node, k) => {
      if (kept.includes(k)) return;
      const start = this.lineStart(node.range![0]);
      const next = nodes[k + 1];
      const end = next ? this.lineStart(next.range![0]) : this.afterLine(node.range![1]);
      this.edits.push({ start, end, text: '' });
    });
    oldIndex.forEach((k, i) => {
      if (k === -1) return;
      const node = nodes[k]!;
      this.sync(node, was[k], now[i]);
    });
    const added = now.filter((_, i) => oldIndex[i] === -1);
    if (added.length === 0) return true;
    const last = nodes.at(-1)!;
    // The column of the last item's own dash (a nested list's items share their line: `- - a`).
    const dash = this.text.lastIndexOf('-', last.range![0] - 1);
    const column = dash - this.lineStart(dash);
    const flowItems = isMap(last) && last.flow === true;
    const at = this.afterLine(last.range![1]);
    const text = added
      .map((value) =>
        flowItems
          ? `${' '.repeat(column)}- ${stringify(value, FLOW).trimEnd()}\n`
          : this.indented(stringify([value], BLOCK), column),
      )
      .join('');
    this.edits.push({ start: at, end: at, text });
    return true;
  }

  /** A flow map whose keys stay: its changed values edited in place. */
  private flowMap(pairs: Pair[], was: Plain, now: Plain): boolean {
    const keys = pairs.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key));
    if (keys.length !== Object.keys(now).length || keys.some((key) => !Object.hasOwn(now, key))) return false;
    pairs.forEach((pair, i) => {
      const value = pair.value as Node | null;
      if (value === null) return;
      this.sync(value, was[keys[i]!], now[keys[i]!]);
    });
    return true;
  }

  /** A scalar replaced where it stands, in the quotes it had. */
  private scalar(node: Scalar, now: unknown): void {
    const [start, end] = node.range!;
    let text: string;
    if (typeof now === 'string' && node.type === 'QUOTE_DOUBLE') text = JSON.stringify(now);
    else if (typeof now === 'string' && node.type === 'QUOTE_SINGLE') text = `'${now.replace(/'/g, "''")}'`;
    else if (typeof now === 'string' && (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL')) {
      text = `${JSON.stringify(now)}\n`;
    } else text = stringify(now, FLOW).trimEnd();
    this.edits.push({ start, end, text });
  }

  private endOf(pair: Pair): number {
    const value = pair.value as Node | null;
    return value?.range ? value.range[1] : (pair.key as Node).range![1];
  }

  /** `yaml` text with every line indented by `column`, ending in a newline. */
  private indented(yaml: string, column: number): string {
    return yaml
      .trimEnd()
      .split('\n')
      .map((line) => `${' '.repeat(column)}${line}\n`)
      .join('');
  }

  private lineStart(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1;
  }

  /** The start of the line after the one `pos` ends (or `pos`, when it is already a line start). */
  private afterLine(pos: number): number {
    if (pos > 0 && this.text[pos - 1] === '\n') return pos;
    const newline = this.text.indexOf('\n', pos);
    return newline === -1 ? this.text.length : newline + 1;
  }
}
