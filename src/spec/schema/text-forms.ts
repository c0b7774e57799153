/**
 * Where the spec schema asks for a form of free text (`x-text-form`: a phrase, or sentences), read once
 * from the schema: rule R80 checks values against it and `init`'s starter says it beside its examples.
 */
import { isObject, specSchema, type SchemaNode } from './schema-document.js';

/** The form a free-text value must have to read well where the documents set it. */
export type TextForm = 'phrase' | 'sentences';

/** A path through the spec, `*` standing for every item of an array. */
export interface TextFormPath {
  segments: string[];
  form: TextForm;
}

let paths: TextFormPath[] | undefined;

/** Every place in the schema with an `x-text-form`, following `$ref`s, properties and array items. */
export function textFormPaths(): TextFormPath[] {
  if (paths !== undefined) return paths;
  const schema = specSchema();
  const found: TextFormPath[] = [];
  const resolve = (node: SchemaNode): SchemaNode => {
    const ref = node.$ref;
    if (typeof ref !== 'string' || !ref.startsWith('#/$defs/')) return node;
    const target = (schema.$defs as Record<string, SchemaNode>)[ref.slice('#/$defs/'.length)];
    return target === undefined ? node : resolve(target);
  };
  const walk = (raw: unknown, segments: string[], seen: Set<SchemaNode>): void => {
    if (!isObject(raw)) return;
    const node = resolve(raw);
    if (seen.has(node)) return;
    const inner = new Set(seen).add(node);
    const form = node['x-text-form'];
    if (form === 'phrase' || form === 'sentences') found.push({ segments, form });
    if (isObject(node.properties))
      for (const [key, child] of Object.entries(node.properties)) walk(child, [...segments, key], inner);
    if (node.items !== undefined) walk(node.items, [...segments, '*'], inner);
  };
  walk(schema, [], new Set());
  return (paths = found);
}

/** The form the value at `at` (object keys and array indexes) must have, or null for any. */
export function textFormAt(at: readonly (string | number)[]): TextForm | null {
  const found = textFormPaths().find(
    ({ segments }) =>
      segments.length === at.length &&
      segments.every((segment, i) => (segment === '*' ? typeof at[i] === 'number' : segment === at[i])),
  );
  return found?.form ?? null;
}

/** How `init`'s starter and the docs say each form. */
export const TEXT_FORM_WORDS: Readonly<Record<TextForm, string>> = {
  phrase: 'a phrase: lower-case unless a name, no full stop',
  sentences: 'full sentences, each beginning with a capital',
};
