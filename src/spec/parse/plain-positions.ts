/**
 * Where each value of a plain spec sits, read in one js-yaml pass through its `listener`.
 *
 * Why: a spec with a problem needs positions, and the positioned `yaml` parse took 100–140 ms of a cold
 * `partnership validate` (about 30 ms warm) for a 370-line file; js-yaml reads the same file in a few
 * milliseconds and reports where every node opens and closes. Only the files the fast reader takes
 * (plain-yaml.ts: no tabs, anchors, aliases or tags) and JSON come here; anything this module cannot
 * account for node by node returns null and the positioned parse locates it, as before.
 *
 * js-yaml composes one node per `open`/`close` pair, children nested inside: a mapping's children
 * alternate key and value, a sequence's are its items. A block sequence item, and the first key tried
 * for a block mapping that turns out to be a plain value, arrive wrapped once more (a node whose only
 * child has the same result); the wrapper is dropped. `open` fires before the separation space before
 * the node, so its start is found by skipping spaces, line breaks and comments.
 */
import { CORE_SCHEMA, load, type State } from 'js-yaml';
import type { PositionTree, Span } from '../locate.js';
import { lineIndex } from './line-column.js';

/** A node as composed, before its children are known to be keys, values or items. */
interface Frame {
  open: number;
  close: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

/** A located value: where it is, and its entries or items. */
export interface Located {
  span: Span;
  /** A key written with no value (`field:`): there is nothing to point at but the key. */
  empty: boolean;
  entries?: Map<string, { key: Located; value: Located }>;
  items?: Located[];
}

/** Thrown inside the build when the events do not fit the expected shapes: the caller falls back. */
class Unaccounted extends Error {}

/** Collects js-yaml's node events during one `load`, and builds the positions from them afterwards. */
export interface PositionRecorder {
  /** Pass as js-yaml's `listener` option. */
  listener(event: 'open' | 'close', state: State): void;
  /**
   * The positions, or null when the events do not account for `data` node by node.
   * @param data what the `load` that was listened to returned
   */
  tree(data: unknown): PositionTree<Located> | null;
}

/**
 * A recorder for one js-yaml `load` of `text`. Recording costs little (a small object per node);
 * the tree is built only if a position is asked for.
 * @param text the decoded source being loaded, without a byte-order mark
 */
export function recordPositions(text: string): PositionRecorder {
  const root: Frame = { open: 0, close: 0, kind: null, result: undefined, children: [] };
  const stack: Frame[] = [root];
  let broken = false;
  return {
    listener(event, state) {
      if (event === 'open') {
        const frame: Frame = { open: state.position, close: -1, kind: null, result: undefined, children: [] };
        stack[stack.length - 1]?.children.push(frame);
        stack.push(frame);
        return;
      }
      const frame = stack.pop();
      if (!frame || frame === root) {
        broken = true;
        stack.push(root);
        return;
      }
      frame.close = state.position;
      frame.kind = state.kind;
      frame.result = state.result;
    },
    tree(data) {
      if (broken || stack.length !== 1 || root.children.length !== 1) return null;
      try {
        const top = build(root.children[0] as Frame, text);
        return top.empty || !Object.is(unwrap(root.children[0] as Frame).result, data) ? null : positionTree(top, text);
      } catch (error) {
        if (error instanceof Unaccounted) return null;
        throw error;
      }
    },
  };
}

/**
 * Positions of every value in `text`, read by a js-yaml load of their own; null when js-yaml rejects
 * the text or its events do not account for it (the positioned parse then locates it).
 * @param text the decoded source, without a byte-order mark
 */
export function readPlainPositions(text: string): PositionTree<Located> | null {
  const recorder = recordPositions(text);
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA, json: false, listener: recorder.listener });
  } catch {
    return null;
  }
  return recorder.tree(data);
}

function positionTree(top: Located, text: string): PositionTree<Located> {
  return {
    root: top,
    child(node, segment) {
      if (node.entries) {
        const entry = node.entries.get(segment);
        return entry && { value: entry.value.empty ? null : entry.value, key: entry.key };
      }
      if (node.items && /^(0|[1-9][0-9]*)$/.test(segment)) {
        const item = node.items[Number(segment)];
        return item && { value: item, key: null };
      }
      return undefined;
    },
    span: (node) => node.span,
    position: lineIndex(text),
  };
}

/** The node a wrapper stands for. */
function unwrap(frame: Frame): Frame {
  let node = frame;
  for (;;) {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (!only || !Object.is(only.result, node.result) || only.kind !== node.kind) return node;
    node = only;
  }
}

/** Offset of the first character of a node opened at `from`: past spaces, line breaks and comments. */
function startOf(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i += 1;
    else if (c === 0x23 /* # */) {
      while (i < text.length && text.charCodeAt(i) !== 0x0a) i += 1;
    } else break;
  }
  return i;
}

/** Offset just past a scalar's last character: js-yaml stops right after it, but not after line breaks. */
function scalarEnd(text: string, start: number, close: number): number {
  let end = close;
  while (end > start && /[\s]/.test(text.charAt(end - 1))) end -= 1;
  return end;
}

function build(frame: Frame, text: string): Located {
  const node = unwrap(frame);
  const start = startOf(text, node.open);
  if (node.kind === 'mapping') {
    if (node.children.length % 2 !== 0 || !isMapping(node.result)) throw new Unaccounted();
    const entries = new Map<string, { key: Located; value: Located }>();
    for (let i = 0; i < node.children.length; i += 2) {
      const keyFrame = unwrap(node.children[i] as Frame);
      if (keyFrame.kind !== 'scalar') throw new Unaccounted();
      const key = build(keyFrame, text);
      const value = build(node.children[i + 1] as Frame, text);
      entries.set(String(keyFrame.result), { key, value });
    }
    if (entries.size !== Object.keys(node.result).length) throw new Unaccounted();
    const end = lastEnd(text, start, node.close, [...entries.values()].at(-1)?.value);
    return { span: { start, end }, empty: false, entries };
  }
  if (node.kind === 'sequence') {
    if (!Array.isArray(node.result) || node.children.length !== node.result.length) throw new Unaccounted();
    const items = node.children.map((child) => build(child, text));
    return { span: { start, end: lastEnd(text, start, node.close, items.at(-1)) }, empty: false, items };
  }
  if (node.kind === 'scalar') return { span: { start, end: scalarEnd(text, start, node.close) }, empty: false };
  if (node.kind === null && node.result === null && node.children.length === 0) {
    return { span: { start: node.open, end: node.open }, empty: true };
  }
  throw new Unaccounted();
}

/**
 * Where a collection ends: a flow collection at its closing bracket, a block one with its last value
 * (js-yaml closes it only after the line breaks and comments that follow).
 */
function lastEnd(text: string, start: number, close: number, last: Located | undefined): number {
  const opener = text.charAt(start);
  if (opener === '{' || opener === '[') return scalarEnd(text, start, close);
  return last ? last.span.end : start;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
