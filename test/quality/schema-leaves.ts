/**
 * Every leaf field of the spec schema as a path (`members[].legal_name`; arrays as `[]`, open maps as
 * `{}`), following `$ref`s and every branch of `oneOf`/`anyOf`, each marked when it is free text.
 */
import { readFileSync } from 'node:fs';

/** One leaf of the schema. */
export interface SchemaLeaf {
  path: string;
  /** Free text: a string with no enum, const, pattern or format, so its value prints as written. */
  freeText: boolean;
}

type Schema = Record<string, unknown> | boolean;

/** The leaves of the schema file, in schema order. */
export function schemaLeaves(file = 'schemas/partnership.schema.json'): SchemaLeaf[] {
  const root = JSON.parse(readFileSync(file, 'utf8')) as { $defs: Record<string, Schema> };
  const leaves = new Map<string, SchemaLeaf>();
  const resolve = (schema: Schema): Schema => {
    let current = schema;
    while (typeof current === 'object' && typeof current.$ref === 'string')
      current = root.$defs[current.$ref.replace('#/$defs/', '')] ?? true;
    return current;
  };
  const walk = (raw: Schema, path: string): void => {
    const schema = resolve(raw);
    if (typeof schema !== 'object') return;
    let descended = false;
    for (const branch of [...((schema.oneOf as Schema[]) ?? []), ...((schema.anyOf as Schema[]) ?? [])]) {
      walk(branch, path);
      descended = true;
    }
    for (const [key, value] of Object.entries((schema.properties as Record<string, Schema>) ?? {})) {
      walk(value, path === '' ? key : `${path}.${key}`);
      descended = true;
    }
    if (typeof schema.additionalProperties === 'object') {
      walk(schema.additionalProperties as Schema, `${path}{}`);
      descended = true;
    }
    if (schema.items !== undefined) {
      walk(schema.items as Schema, `${path}[]`);
      descended = true;
    }
    if (!descended && !leaves.has(path)) {
      const freeText =
        schema.type === 'string' &&
        schema.enum === undefined &&
        schema.const === undefined &&
        schema.pattern === undefined &&
        schema.format === undefined;
      leaves.set(path, { path, freeText });
    }
  };
  walk(root as unknown as Schema, '');
  return [...leaves.values()];
}

/** The values at `path` in `data` (`[]` and `{}` take every item or entry). */
export function valuesAt(data: unknown, path: string): unknown[] {
  const steps = path.match(/[^.[\]{}]+|\[\]|\{\}/g) ?? [];
  let current: unknown[] = [data];
  for (const step of steps) {
    current = current.flatMap((value): unknown[] => {
      if (value === null || typeof value !== 'object') return [];
      if (step === '[]') return Array.isArray(value) ? value : [];
      if (step === '{}') return Array.isArray(value) ? [] : Object.values(value);
      return Object.hasOwn(value, step) ? [(value as Record<string, unknown>)[step]] : [];
    });
  }
  return current.filter((v) => v !== undefined && v !== null);
}
