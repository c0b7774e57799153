/**
 * Converts a JSON Pointer into the line and column of that value in the source file.
 *
 * Schema errors and rule findings name values by pointer (`/governance/quorum/value`); a person
 * needs `file:line:col`. A pointer to a key that is missing resolves to the nearest existing
 * parent's key, so "missing required field" points at the object that lacks it.
 */

/** A 1-based place in the source file. */
export interface SourcePosition {
  line: number;
  column: number;
}

/** Position of the value at a JSON Pointer (or of its nearest existing parent). */
export type Locate = (pointer: string) => SourcePosition;

/** A Locate that can also return the source text of a value exactly as written (`1.0`, not `1`). */
export interface Locator extends Locate {
  /**
   * The characters of the value at `pointer` as written in the file, or undefined if it does not
   * exist. Trim it: whether a block collection's closing line break belongs to it depends on the reader.
   */
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

/** A stretch of the source text: offset of its first character, and just past its last. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The values of one parsed file as a tree to walk by pointer segments.
 * @typeParam N a node of the parser that produced it
 */
export interface PositionTree<N> {
  /** The top-level value, or null when the file holds none. */
  readonly root: N | null;
  /**
   * The value under `segment` of `node` (a key of a mapping, an index of a sequence) and its key
   * (null for a sequence item); `value` is null for a key written with no value (`field:`).
   * Undefined when there is no such value.
   */
  child(node: N, segment: string): { value: N | null; key: N | null } | undefined;
  /** Where `node` is written. */
  span(node: N): Span | undefined;
  /** The 1-based line and column of an offset. */
  position(offset: number): SourcePosition;
}

/** The deepest node reached along the pointer, the key node leading to it, and whether the whole pointer resolved. */
interface Walk<N> {
  node: N | null;
  keyNode: N | null;
  complete: boolean;
}

function walk<N>(tree: PositionTree<N>, pointer: string): Walk<N> {
  let node = tree.root;
  let keyNode: N | null = null;
  const segments = pointerSegments(pointer);
  for (const [index, segment] of segments.entries()) {
    const next = node === null ? undefined : tree.child(node, segment);
    if (!next) return { node, keyNode, complete: false };
    // A key with no value (`field:`) has no value node: its key is the best place to point at.
    if (next.value === null) return { node: next.key, keyNode: next.key, complete: index === segments.length - 1 };
    node = next.value;
    keyNode = next.key;
  }
  return { node, keyNode, complete: true };
}

/** Where positions come from: read on first use, so a source that works them out lazily can. */
export interface PositionSource {
  /** The position tree, or null when the text could not be parsed at all. */
  readonly positions: PositionTree<unknown> | null;
  readonly text: string;
}

/**
 * A locator that reads `source.positions` only when a position is first asked for (a valid spec then
 * never pays for working them out).
 * @param source the parsed source, whose `positions` may be a lazy getter
 */
export function createLazyLocator(source: PositionSource): Locator {
  let loaded: { tree: PositionTree<unknown> | null } | undefined;
  const tree = () => (loaded ??= { tree: source.positions }).tree;
  const at = (positions: PositionTree<unknown>, node: unknown): SourcePosition => {
    const span = node === null ? undefined : positions.span(node);
    if (span === undefined) return { line: 1, column: 1 };
    const { line, column } = positions.position(span.start);
    return { line: Math.max(1, line), column: Math.max(1, column) };
  };
  const locate = (pointer: string): SourcePosition => {
    const positions = tree();
    if (!positions) return { line: 1, column: 1 };
    const found = walk(positions, pointer);
    // A missing key: point at the key of the object that lacks it (or at the object itself for
    // array items and the root, which have no key).
    return at(positions, found.complete ? found.node : (found.keyNode ?? found.node));
  };
  const sourceText = (pointer: string): string | undefined => {
    const positions = tree();
    if (!positions) return undefined;
    const found = walk(positions, pointer);
    const span = found.complete && found.node !== null ? positions.span(found.node) : undefined;
    return span ? source.text.slice(span.start, span.end) : undefined;
  };
  const locateKey = (pointer: string): SourcePosition => {
    const positions = tree();
    if (!positions) return { line: 1, column: 1 };
    const found = walk(positions, pointer);
    return found.complete && found.keyNode !== null ? at(positions, found.keyNode) : locate(pointer);
  };
  return Object.assign(locate, { sourceText, locateKey });
}
