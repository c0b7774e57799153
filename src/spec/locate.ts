/**
 * Converts a JSON Pointer into the line and column of that value in the source file.
 *
 * Schema errors and rule findings name values by pointer (`/governance/quorum/value`); a person
 * needs `file:line:col`. A pointer to a key that is missing resolves to the nearest existing
 * parent's key, so "missing required field" points at the object that lacks it.
 */
import type { Document, LineCounter, Node } from 'yaml';
import { yamlLibrary } from './parse/yaml-library.js';

/** A 1-based place in the source file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Position of the value at a JSON Pointer (or of its nearest existing parent). */
export type Locate = (pointer: string) => SourcePosition;

/** A Locate that can also return the source text of a value exactly as written (`1.0`, not `1`). */
export interface Locator extends Locate {
  /** The characters of the value at `pointer` as written in the file, or undefined if it does not exist. */
  sourceText(pointer: string): string | undefined;
  /** Position of the key naming the value at `pointer` (an unknown field is fixed at its key). */
  locateKey(pointer: string): SourcePosition;
}

/**
 * Splits an RFC 6901 pointer into unescaped segments (`~1` → `/`, then `~0` → `~`).
 * @param pointer '' for the whole document, else `/a/0/b`
 */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(pointer.startsWith('/') ? 1 : 0)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The deepest node reached along the pointer, the key node leading to it, and whether the whole pointer resolved. */
interface Walk {
  node: Node | null;
  keyNode: Node | null;
  complete: boolean;
}

/** A value left out after its key (`field:`): yaml gives it a zero-width null scalar. */
function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return yamlLibrary().isScalar(value) && value.value === null && value.range !== undefined && value.range !== null && value.range[0] === value.range[1];
}

function walk(document: Document, pointer: string): Walk {
  let node = (document.contents as Node | null) ?? null;
  let keyNode: Node | null = null;
  const segments = pointerSegments(pointer);
  for (const [index, segment] of segments.entries()) {
    if (yamlLibrary().isAlias(node)) node = (node.resolve(document) as Node | undefined) ?? null;
    let next: { node: Node | null; key: Node | null } | null = null;
    if (yamlLibrary().isMap(node)) {
      const pair = node.items.find((item) => yamlLibrary().isScalar(item.key) && String(item.key.value) === segment);
      if (pair) next = { node: isEmpty(pair.value) ? null : (pair.value as Node), key: pair.key as Node };
    } else if (yamlLibrary().isSeq(node) && /^(0|[1-9][0-9]*)$/.test(segment)) {
      const item = node.items[Number(segment)] as Node | undefined;
      if (item !== undefined) next = { node: item, key: null };
    }
    if (!next) return { node, keyNode, complete: false };
    // A key with no value (`field:`) has no value node: its key is the best place to point at.
    if (next.node === null) return { node: next.key, keyNode: next.key, complete: index === segments.length - 1 };
    node = next.node;
    keyNode = next.key;
  }
  return { node, keyNode, complete: true };
}

/** Where positions come from: read on first use, so a source that parses them lazily can. */
export interface PositionSource {
  readonly document: Document | null;
  readonly lineCounter: LineCounter;
  readonly text: string;
}

/**
 * A locator over one parsed document.
 * @param document the yaml document (parsed with this LineCounter)
 * @param lineCounter the LineCounter given to the parse
 * @param text the parsed source text, for `sourceText`
 */
export function createLocator(document: Document | null, lineCounter: LineCounter, text = ''): Locator {
  return createLazyLocator({ document, lineCounter, text });
}

/**
 * A locator that reads `source.document` only when a position is first asked for (a valid JSON
 * spec then never pays for its yaml parse).
 * @param source the parsed source, whose `document` may be a lazy getter
 */
export function createLazyLocator(source: PositionSource): Locator {
  let loaded: { document: Document | null; lineCounter: LineCounter; text: string } | undefined;
  const load = () => (loaded ??= { document: source.document, lineCounter: source.lineCounter, text: source.text });
  const at = (offset: number | undefined): SourcePosition => {
    if (offset === undefined) return { line: 1, column: 1 };
    const { line, col } = load().lineCounter.linePos(offset);
    return { line: Math.max(1, line), column: Math.max(1, col) };
  };
  const locate = (pointer: string): SourcePosition => {
    const { document } = load();
    if (!document) return { line: 1, column: 1 };
    const found = walk(document, pointer);
    // A missing key: point at the key of the object that lacks it (or at the object itself for
    // array items and the root, which have no key).
    const target = found.complete ? found.node : (found.keyNode ?? found.node);
    return at(target?.range?.[0]);
  };
  const sourceText = (pointer: string): string | undefined => {
    const { document, text } = load();
    if (!document) return undefined;
    const found = walk(document, pointer);
    const range = found.complete ? found.node?.range : undefined;
    return range ? text.slice(range[0], range[1]) : undefined;
  };
  const locateKey = (pointer: string): SourcePosition => {
    const { document } = load();
    if (!document) return { line: 1, column: 1 };
    const found = walk(document, pointer);
    return found.complete && found.keyNode ? at(found.keyNode.range?.[0]) : locate(pointer);
  };
  return Object.assign(locate, { sourceText, locateKey });
}
