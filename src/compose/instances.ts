/**
 * A document kind → the documents it expands into. Most kinds are one document; the terms of reference
 * add one document per advisory group, and signature pages are one counterpart page per signing party.
 * Each instance names its template, its file stem and the part of the spec it is scoped to, which the
 * view receives (`view.group`, `view.signaturePage`).
 */
import type { DocumentKind } from '../model/index.js';
import type { PartnershipSpec } from '../spec/index.js';
import { DOCUMENT_TITLES, kindStem } from './document-kinds.js';

/** What part of the spec one instance is about: an advisory group, a signing member, or the whole spec. */
export type InstanceScope = { type: 'group'; id: string } | { type: 'member'; id: string } | null;

/** One document to compose. */
export interface DocumentInstance {
  kind: DocumentKind;
  /** Template file stem, e.g. `terms-of-reference-advisory`. */
  template: string;
  /** Output file stem, e.g. `terms-of-reference-network-forum`. */
  name: string;
  /** The document's title, e.g. "Terms of Reference: WHEC Network Forum". */
  title: string;
  scope: InstanceScope;
}

/** The template of an advisory group's terms of reference. */
export const ADVISORY_TEMPLATE = 'terms-of-reference-advisory';

/**
 * The documents `kind` expands into for `spec`, the kind's main document first (cross-document
 * references resolve against it).
 * @param spec a valid partnership spec
 * @param kind the document kind asked for
 */
export function documentInstances(spec: PartnershipSpec, kind: DocumentKind): DocumentInstance[] {
  const stem = kindStem(kind);
  const title = DOCUMENT_TITLES[kind];
  const single: DocumentInstance = { kind, template: stem, name: stem, title, scope: null };
  if (kind === 'terms_of_reference') {
    const groups = (spec.advisory_groups ?? []).map((g): DocumentInstance => ({
      kind,
      template: ADVISORY_TEMPLATE,
      name: `${stem}-${g.id}`,
      title: `${title}: ${g.name}`,
      scope: { type: 'group', id: g.id },
    }));
    return [single, ...groups];
  }
  if (kind === 'signature_pages') {
    const active = new Map(spec.members.filter((m) => m.status === 'active').map((m) => [m.id, m.legal_name]));
    return spec.signatures.signatories
      .filter((s) => active.has(s.member_id))
      .map((s) => ({
        kind,
        template: stem,
        name: `${stem}-${s.member_id}`,
        title: `Signature Page: ${active.get(s.member_id)!}`,
        scope: { type: 'member', id: s.member_id },
      }));
  }
  return [single];
}
