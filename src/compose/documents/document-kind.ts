/**
 * What a document kind declares: its title, its file stem, the templates it is composed from, the
 * documents it expands into, and when a pack includes it. Each kind has one file in this folder, and
 * `index.ts` gathers them into the registry.
 */
import { listsDocument, type PartnershipSpec } from '../../spec/index.js';

/** What part of the spec one instance is about: an advisory group, a signing member, or the whole spec. */
export type InstanceScope = { type: 'group'; id: string } | { type: 'member'; id: string } | null;

/** One document to compose. */
export interface DocumentInstance {
  kind: string;
  /** Template file stem, e.g. `terms-of-reference-advisory`. */
  template: string;
  /** Output file stem, e.g. `terms-of-reference-network-forum`. */
  name: string;
  /** The document's title, e.g. "Terms of Reference: WHEC Network Forum". */
  title: string;
  scope: InstanceScope;
}

/** One document kind of the registry. */
export interface DocumentKindEntry<K extends string = string> {
  /** The kind, as `meta.documents` and cross-document references spell it: `partnership_agreement`. */
  kind: K;
  /** "Partnership Agreement": the cover, the properties and references from other documents use it. */
  title: string;
  /** Kebab-case stem naming both the main template and the main output file: `partnership-agreement`. */
  stem: string;
  /** Every template stem the kind composes from, its main template (`stem`) first. */
  templates: readonly string[];
  /**
   * The documents the kind expands into for a spec, its main document first (cross-document references
   * resolve against it). Absent: the one document `stem`.
   */
  instances?: (spec: PartnershipSpec) => DocumentInstance[];
  /**
   * True when the spec's pack holds this kind, so that other documents may refer to it and custom
   * clauses may be placed in it. Absent: when `meta.documents` lists the kind.
   */
  inPack?: (spec: PartnershipSpec) => boolean;
}

/** The one document a kind without instance expansion composes into. */
export function mainInstance(entry: DocumentKindEntry): DocumentInstance {
  return { kind: entry.kind, template: entry.stem, name: entry.stem, title: entry.title, scope: null };
}

/** The documents `entry` expands into for `spec`. */
export function instancesOf(entry: DocumentKindEntry, spec: PartnershipSpec): DocumentInstance[] {
  return entry.instances === undefined ? [mainInstance(entry)] : entry.instances(spec);
}

/** True when `spec`'s pack holds `entry`'s kind. */
export function packHolds(entry: DocumentKindEntry, spec: PartnershipSpec): boolean {
  return entry.inPack === undefined ? listsDocument(spec, entry.kind) : entry.inPack(spec);
}
