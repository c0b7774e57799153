/**
 * The generic `set`/`unset` operations a drafted addendum falls back on (draft/index.ts), for every
 * difference no typed operation carries.
 */
import { isDeepStrictEqual } from 'node:util';
import { DOCUMENT_CONTROL, type Json } from '../operations/index.js';
import type { Op } from './typed.js';

const isPlain = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The ids of a list's items, when every item has a distinct string `id`; else null. */
function idsOf(list: unknown[]): string[] | null {
  const ids = list.map((item) => (isPlain(item) && typeof item.id === 'string' ? item.id : null));
  return ids.every((id) => id !== null) && new Set(ids).size === ids.length ? (ids as string[]) : null;
}

/** `set` and `unset` operations turning `from` into `to`, by the narrowest paths that the ops can name. */
export function genericOperations(from: Json, to: Json): Op[] {
  const ops: Op[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (isDeepStrictEqual(a, b)) return;
    if (isPlain(a) && isPlain(b)) {
      for (const key of Object.keys(a)) {
        if (path === '/meta' && DOCUMENT_CONTROL.has(key)) continue;
        if (!Object.hasOwn(b, key)) ops.push({ op: 'unset', path: `${path}/${escape(key)}` });
      }
      for (const [key, value] of Object.entries(b)) {
        if (path === '/meta' && DOCUMENT_CONTROL.has(key)) continue;
        walk(a[key], value, `${path}/${escape(key)}`);
      }
      return;
    }
    // A list whose items keep the same ids in the same order is changed item by item, by id.
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      const ids = idsOf(a);
      if (ids !== null && isDeepStrictEqual(ids, idsOf(b))) {
        a.forEach((item, i) => walk(item, b[i], `${path}/${escape(ids[i]!)}`));
        return;
      }
    }
    if (b === undefined) ops.push({ op: 'unset', path });
    else ops.push({ op: 'set', path, value: b as Record<string, unknown> });
  };
  walk(from, to, '');
  return ops;
}
