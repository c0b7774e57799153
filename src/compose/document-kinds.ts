/**
 * The document kinds compose knows: their order, their titles, and the file stem of each
 * (`partnership_agreement` ↔ `partnership-agreement`), which names both the template and the output.
 */
import type { DocumentKind } from '../model/index.js';

/** Every document kind with its title, in the order documents are listed and composed. */
export const DOCUMENT_TITLES: Readonly<Record<DocumentKind, string>> = {
  partnership_agreement: 'Partnership Agreement',
  terms_of_reference: 'Terms of Reference',
  meetings_protocol: 'Meetings Protocol',
  mou: 'Memorandum of Understanding',
  referral_protocol: 'Referral Protocol',
  data_sharing_schedule: 'Data-Sharing Schedule',
  signature_pages: 'Signature Pages',
  addendum: 'Addendum',
};

/** The document kinds, in their standard order. */
export const DOCUMENT_KINDS = Object.keys(DOCUMENT_TITLES) as DocumentKind[];

/** True when `name` is a document kind. */
export function isDocumentKind(name: string): name is DocumentKind {
  return Object.hasOwn(DOCUMENT_TITLES, name);
}

/** The kebab-case file stem of a kind: `partnership-agreement`. */
export function kindStem(kind: DocumentKind): string {
  return kind.replace(/_/g, '-');
}

/** The kind a kebab-case stem names, or null. */
export function kindOfStem(stem: string): DocumentKind | null {
  const kind = stem.replace(/-/g, '_');
  return isDocumentKind(kind) ? kind : null;
}
