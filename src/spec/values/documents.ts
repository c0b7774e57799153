/**
 * Which documents a spec asks for: the `meta.documents` vocabulary as a type, and the one test of
 * whether a document is listed, which both the rules and composition ask.
 */
import type { PartnershipSpec } from '../types.gen.js';

/** A value of `meta.documents`: a document the spec can ask for. */
export type ListedDocument = PartnershipSpec['meta']['documents'][number];

/**
 * True when the spec's `meta.documents` lists `kind`.
 * @param spec a spec that passed the schema
 * @param kind a document kind (kinds a spec cannot list, such as an addendum, are never listed)
 */
export function listsDocument(spec: PartnershipSpec, kind: string): boolean {
  return (spec.meta.documents as readonly string[]).includes(kind);
}
