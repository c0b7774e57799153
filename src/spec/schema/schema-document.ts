/**
 * The spec JSON Schema as data: loaded once per process from the package's own `schemas/` folder,
 * and read by schema path to find the node an ajv error came from (its `x-rule`, `title`, names).
 *
 * The path is resolved from this module, so it works from `src/spec/schema/` and from
 * `dist/spec/schema/` alike, wherever the package is installed.
 */
import { readFileSync } from 'node:fs';
import { packagePath } from '../../package-root.js';
import { pointerSegments } from '../locate.js';

/** A JSON Schema node, as far as diagnostics need to read it. */
export type SchemaNode = Record<string, unknown>;

/** Absolute path of the partnership spec JSON Schema inside the package. */
export const SCHEMA_PATH = packagePath('schemas', 'partnership.schema.json');

let loaded: SchemaNode | undefined;

/** The partnership spec JSON Schema (read from disk on first use only). */
export function specSchema(): SchemaNode {
  loaded ??= JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as SchemaNode;
  return loaded;
}

/** Absolute path of the addendum spec JSON Schema inside the package. */
export const ADDENDUM_SCHEMA_PATH = packagePath('schemas', 'addendum.schema.json');

let addendum: SchemaNode | undefined;

/** The addendum spec JSON Schema (read from disk on first use only). */
export function addendumSchema(): SchemaNode {
  addendum ??= JSON.parse(readFileSync(ADDENDUM_SCHEMA_PATH, 'utf8')) as SchemaNode;
  return addendum;
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The node at an ajv `schemaPath` (`#/properties/meta/properties/status/enum`), or undefined.
 * @param schema the root schema
 * @param schemaPath a path as ajv reports it; only the fragment after `#` is read
 */
export function schemaNodeAt(schema: SchemaNode, schemaPath: string): unknown {
  const hash = schemaPath.indexOf('#');
  let node: unknown = schema;
  for (const segment of pointerSegments(hash >= 0 ? schemaPath.slice(hash + 1) : schemaPath)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** Keywords whose subschema applies to a child value: climbing past one leaves the error's value. */
const CHILD_KEYWORDS = new Set([
  'items',
  'additionalProperties',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
]);
const CHILD_MAPS = new Set(['properties', 'patternProperties', 'prefixItems']);
/** Keywords whose subschema states a condition about the object it sits in. */
const CONDITIONS = new Set(['if', 'then', 'else', 'not']);
const COMBINATORS = new Set(['allOf', 'anyOf', 'oneOf', 'dependentSchemas']);

/**
 * The `x-rule` (DOMAIN rule id) of the nearest schema node on the error's path that speaks for the
 * failing value: the node owning the failed keyword and its parents up to the property it belongs
 * to; above that, only conditions (`then`, an `allOf` item …) whose own `x-rule` states a rule about
 * the object (a `members` list's R09 "at least two members" must not label a member's missing `id`).
 * @param schema the root schema
 * @param schemaPath a path as ajv reports it
 */
export function ruleOf(schema: SchemaNode, schemaPath: string): string | undefined {
  const hash = schemaPath.indexOf('#');
  const segments = pointerSegments(hash >= 0 ? schemaPath.slice(hash + 1) : schemaPath);
  const nodes: unknown[] = [schema];
  for (const segment of segments) {
    const node = nodes[nodes.length - 1];
    nodes.push(Array.isArray(node) ? node[Number(segment)] : isObject(node) ? node[segment] : undefined);
  }
  let leftValue = false;
  // Start at the node owning the failed keyword (the last segment names the keyword itself).
  for (let k = segments.length - 1; k >= 0; k--) {
    const node = nodes[k];
    const via = segments[k - 1] ?? '';
    const viaMap = segments[k - 2] ?? '';
    const isCondition = CONDITIONS.has(via) || COMBINATORS.has(viaMap);
    const rule = isObject(node) ? node['x-rule'] : undefined;
    if (typeof rule === 'string' && rule !== '' && (!leftValue || isCondition)) return rule;
    if (CHILD_KEYWORDS.has(via) || CHILD_MAPS.has(viaMap)) leftValue = true;
  }
  return undefined;
}
