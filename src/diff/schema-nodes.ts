/**
 * The spec schema read as a tree of titled fields: a node's `$ref` resolved, and the node a child value
 * (a property, an array item, an open map's entry) is described by.
 */
import { specSchema, type SchemaNode } from '../spec/index.js';

function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The name a `$ref` points at (`#/$defs/Money` → `Money`), or null. */
export function refName(node: SchemaNode | undefined): string | null {
  const ref = node?.$ref;
  return typeof ref === 'string' ? (ref.split('/').pop() ?? null) : null;
}

/**
 * `node` with its `$ref` followed; the referring node's own keywords (its title, description) win, since
 * "Member id" says more than the shared definition's "Id".
 */
export function resolve(node: SchemaNode | undefined): SchemaNode {
  if (node === undefined) return {};
  const name = refName(node);
  if (name === null) return node;
  const defs = specSchema().$defs;
  const target = isNode(defs) && isNode(defs[name]) ? resolve(defs[name]) : {};
  return { ...target, ...node, $ref: undefined, refName: name };
}

/**
 * The alternative of an `anyOf` node that describes `value`: a list or a single value (a role held by
 * one member, or by several, is either a member id or a list of them). The node's own title and
 * description win, as in `resolve`. A node without alternatives is returned as it is.
 */
export function variantFor(node: SchemaNode, value: unknown): SchemaNode {
  const alternatives = Array.isArray(node.anyOf) ? node.anyOf.filter(isNode).map((alt) => resolve(alt)) : [];
  const isList = (alt: SchemaNode) => alt.type === 'array' || isNode(alt.items);
  const match = alternatives.find((alt) => isList(alt) === Array.isArray(value));
  if (match === undefined) return node;
  const own = Object.fromEntries(Object.entries(node).filter(([k, v]) => k !== 'anyOf' && v !== undefined));
  return { ...match, ...own };
}

/** The node of property `key` of an object node (its `additionalProperties` for an open map). */
export function propertyNode(node: SchemaNode, key: string): SchemaNode | undefined {
  const properties = node.properties;
  if (isNode(properties) && isNode(properties[key])) return properties[key];
  return isNode(node.additionalProperties) ? node.additionalProperties : undefined;
}

/** True when an object node is an open map (keys chosen by the user, such as period labels). */
export function isOpenMap(node: SchemaNode): boolean {
  return !isNode(node.properties) && isNode(node.additionalProperties);
}

/** The node of an array node's items. */
export function itemsNode(node: SchemaNode): SchemaNode | undefined {
  return isNode(node.items) ? node.items : undefined;
}

/** The keys of an object node's properties, in schema order. */
export function propertyOrder(node: SchemaNode): string[] {
  return isNode(node.properties) ? Object.keys(node.properties) : [];
}

/** A node's title, or the key humanised when it has none. */
export function titleOf(node: SchemaNode | undefined, key: string): string {
  const title = node?.title;
  if (typeof title === 'string' && title !== '') return title;
  const words = key.replace(/_+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The root schema node. */
export function rootNode(): SchemaNode {
  return specSchema();
}
