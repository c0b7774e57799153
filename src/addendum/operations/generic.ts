/**
 * The generic operations: `set`, `unset`, `add_to_list`, `remove_from_list`, by a path that names object
 * keys and, inside a list, an item by its `id` where items have one (`/work_areas/wa-policy/name`), by
 * its index otherwise (DOMAIN §3.5).
 */
import { nearestIds } from '../../model/index.js';
import type { AddToListOp, RemoveFromListOp, SetOp, UnsetOp } from '../../spec/index.js';
import { DOCUMENT_CONTROL, problem, touch, type Json, type OpContext } from './context.js';

type Generic = SetOp | UnsetOp | AddToListOp | RemoveFromListOp;

function segmentsOf(path: string): string[] {
  return path
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The index a segment names in a list: the item with that id, else a plain index; -1 when none. */
function indexIn(list: unknown[], segment: string): number {
  const byId = list.findIndex((item) => typeof item === 'object' && item !== null && (item as Json).id === segment);
  if (byId !== -1) return byId;
  return /^(0|[1-9][0-9]*)$/.test(segment) && Number(segment) < list.length ? Number(segment) : -1;
}

interface Resolved {
  /** The container holding the last segment, and the key or index in it. */
  parent: Json | unknown[];
  key: string | number;
  /** The consolidated pointer (indexes, not ids). */
  pointer: string;
}

/** Follows the path to its last segment's container; null (with a problem) when a step is missing. */
function resolve(context: OpContext, path: string): Resolved | null {
  const segments = segmentsOf(path);
  let node: unknown = context.spec;
  let pointer = '';
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    const last = i === segments.length - 1;
    let key: string | number;
    if (Array.isArray(node)) {
      key = indexIn(node, segment);
      if (key === -1) {
        const ids = node.map((item) => (typeof item === 'object' && item !== null ? String((item as Json).id) : ''));
        const near = nearestIds(segment, ids.filter(Boolean));
        problem(
          context,
          '/path',
          `Cannot follow \`${path}\`: no item of \`${pointer || '/'}\` has id or index \`${segment}\`${near.length ? `, nearest are ${near.map((n) => `\`${n}\``).join(', ')}` : ''}`,
        );
        return null;
      }
    } else if (typeof node === 'object' && node !== null) {
      key = segment;
      if (!last && !(segment in node)) {
        problem(
          context,
          '/path',
          `Cannot follow \`${path}\`: \`${pointer}/${segment}\` does not exist, expected a path to an existing section`,
        );
        return null;
      }
    } else {
      problem(
        context,
        '/path',
        `Cannot follow \`${path}\`: \`${pointer}\` holds a single value, not a section or list`,
      );
      return null;
    }
    if (last)
      return {
        parent: node as Json | unknown[],
        key,
        pointer: `${pointer}/${typeof key === 'number' ? key : escape(key)}`,
      };
    node = (node as Record<string | number, unknown>)[key];
    pointer = `${pointer}/${typeof key === 'number' ? key : escape(key)}`;
  }
  problem(context, '/path', 'Cannot change the whole spec, expected a path to a field');
  return null;
}

function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * Why no operation may change the field at consolidated `pointer`, or null. `meta.spec_id` is which
 * partnership this is: an addendum changes that partnership and cannot make it another (the consolidated
 * spec would supersede a spec of a different id). Document control is the addendum's own to set.
 */
function protectedField(pointer: string): string | null {
  if (pointer === '/meta') return 'it holds the spec’s id and document control, expected a path to one of its fields';
  if (pointer === '/meta/spec_id' || pointer.startsWith('/meta/spec_id/'))
    return 'it says which partnership this is, and an addendum changes that partnership, never makes it another; expected the id to stay as it is';
  const field = /^\/meta\/([^/]+)/.exec(pointer)?.[1];
  if (field !== undefined && DOCUMENT_CONTROL.has(field))
    return 'the addendum sets it itself, from its resulting_version, meta.status and meta.prepared_date and the change log; expected those fields instead';
  return null;
}

/** Applies one generic operation. */
export function applyGeneric(context: OpContext, op: Generic): void {
  const at = resolve(context, op.path);
  if (!at) return;
  const refused = protectedField(at.pointer);
  if (refused !== null) {
    problem(context, '/path', `Cannot change \`${op.path}\`: ${refused}`);
    return;
  }
  const parent = at.parent as Record<string | number, unknown>;
  if (op.op === 'set') {
    parent[at.key] = copy(op.value);
    touch(context, at.pointer, '/value');
    return;
  }
  if (op.op === 'unset') {
    if (Array.isArray(at.parent)) at.parent.splice(at.key as number, 1);
    else delete parent[at.key];
    touch(context, at.pointer.replace(/\/[^/]*$/, ''), '');
    return;
  }
  const list = parent[at.key];
  if (!Array.isArray(list)) {
    problem(
      context,
      '/path',
      `Cannot ${op.op === 'add_to_list' ? 'add to' : 'remove from'} \`${op.path}\`: it is not a list`,
    );
    return;
  }
  if (op.op === 'add_to_list') {
    touch(context, `${at.pointer}/${list.length}`, '/value');
    list.push(copy(op.value));
    return;
  }
  const wanted = JSON.stringify(op.value);
  const k = list.findIndex(
    (item) =>
      JSON.stringify(item) === wanted || (typeof item === 'object' && item !== null && (item as Json).id === op.value),
  );
  if (k === -1) {
    problem(context, '/value', `Cannot remove ${wanted} from \`${op.path}\`: the list has no such item`);
    return;
  }
  list.splice(k, 1);
  touch(context, at.pointer, '/path');
}
