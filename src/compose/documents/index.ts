/**
 * The document-kind registry: every kind the tool composes, one file each, in the order documents are
 * listed, composed and written. Everything that titles, names, lists or orders documents reads it.
 *
 * The map is typed against the schema's `meta.documents` enum: a value without an entry, or an entry
 * for a kind the enum lacks, fails to compile. docs/adding-a-document.md walks through adding one.
 */
import type { ListedDocument, PartnershipSpec } from '../../spec/index.js';
import { addendum } from './addendum.js';
import { dataSharingSchedule } from './data-sharing-schedule.js';
import { instancesOf, packHolds, type DocumentInstance, type DocumentKindEntry } from './document-kind.js';
import { meetingsProtocol } from './meetings-protocol.js';
import { mou } from './mou.js';
import { partnershipAgreement } from './partnership-agreement.js';
import { referralProtocol } from './referral-protocol.js';
import { signaturePages } from './signature-pages.js';
import { termsOfReference } from './terms-of-reference.js';

export type { DocumentInstance, DocumentKindEntry, InstanceScope } from './document-kind.js';

/** A document kind the tool composes: a `meta.documents` value, or the Addendum (composed from its own spec). */
export type DocumentKind = ListedDocument | 'addendum';

/** The built-in kinds, in standard order. */
const BUILT_IN: { readonly [K in DocumentKind]: DocumentKindEntry<K> } = {
  partnership_agreement: partnershipAgreement,
  terms_of_reference: termsOfReference,
  meetings_protocol: meetingsProtocol,
  mou,
  referral_protocol: referralProtocol,
  data_sharing_schedule: dataSharingSchedule,
  signature_pages: signaturePages,
  addendum,
};

const registry = new Map<string, DocumentKindEntry>(Object.entries(BUILT_IN));

/**
 * Adds a kind after the built-in ones, for a kind that lives outside this folder (a test's throwaway
 * kind, say). Its templates come from a `templatesDir` overlay or the built-in folder.
 * @returns the kind, usable wherever a kind is, and a function that removes it again
 * @throws Error when the kind or its stem is taken
 */
export function registerDocumentKind(entry: DocumentKindEntry): { kind: DocumentKind; unregister: () => void } {
  if (registry.has(entry.kind) || kindOfStem(entry.stem) !== null)
    throw new Error(`Cannot register document kind \`${entry.kind}\`: its kind or stem is taken`);
  registry.set(entry.kind, entry);
  // Registered at run time, the kind is one of the registry's like any built-in one.
  return { kind: entry.kind as DocumentKind, unregister: () => registry.delete(entry.kind) };
}

/** Every kind, in standard order. */
export function documentKinds(): DocumentKind[] {
  return [...registry.keys()] as DocumentKind[];
}

/** True when `name` is a registered kind. */
export function isDocumentKind(name: string): name is DocumentKind {
  return registry.has(name);
}

/**
 * The registry entry of `kind`.
 * @throws Error for a kind not registered (callers check user input with isDocumentKind first)
 */
export function documentKind(kind: string): DocumentKindEntry {
  const entry = registry.get(kind);
  if (entry === undefined)
    throw new Error(`Cannot find document kind \`${kind}\`, expected one of ${documentKinds().join(', ')}`);
  return entry;
}

/** The title of `kind`: "Partnership Agreement". */
export function documentTitle(kind: DocumentKind): string {
  return documentKind(kind).title;
}

/** The kind whose stem is `stem` (`partnership-agreement`), or null. */
export function kindOfStem(stem: string): DocumentKind | null {
  for (const entry of registry.values()) if (entry.stem === stem) return entry.kind as DocumentKind;
  return null;
}

/** The documents `kind` expands into for `spec`, its main document first. */
export function documentInstances(spec: PartnershipSpec, kind: DocumentKind): DocumentInstance[] {
  return instancesOf(documentKind(kind), spec);
}

/** The kinds `spec`'s pack holds, in standard order. */
export function packKinds(spec: PartnershipSpec): DocumentKind[] {
  return [...registry.values()].filter((entry) => packHolds(entry, spec)).map((entry) => entry.kind as DocumentKind);
}
