/**
 * The redlines of two versions of a spec: each document composed from both, then compared. A document
 * only the new version produces is all inserted; one only the old produces is all deleted.
 */
import { availableDocuments, composePack, type DocumentKind } from '../compose/index.js';
import type { NumberedDocument } from '../model/index.js';
import type { PartnershipSpec } from '../spec/index.js';
import { redlineDocument, type Redline } from './redline.js';

/** What to compare. */
export interface RedlineRequest {
  /** Documents to compare (kinds), or null for the new spec's `meta.documents`. */
  documents: readonly string[] | null;
  /** Who the tracked changes are attributed to; by default the new spec's preparing member. */
  author?: string;
  templatesDir?: string;
}

/** The default author: the new spec's preparing member's name, else the tool. */
export function defaultAuthor(spec: PartnershipSpec): string {
  const member = spec.members.find((m) => m.id === spec.meta.prepared_by_member);
  return member?.legal_name ?? 'partnership-docs';
}

/**
 * The side of a document that one version does not produce: empty, but with that version's own
 * document control (version, date, status), so the redline says from which version to which. It is
 * composed from that version and emptied; a document only one side can compose at all (signature pages
 * of a member who joined or left) keeps the other side's.
 */
function blankIn(spec: PartnershipSpec, doc: NumberedDocument, options: { templatesDir?: string }): NumberedDocument {
  const own = composePack(spec, [doc.kind as DocumentKind], options).find((d) => d.name === doc.name);
  return { ...(own ?? doc), children: [] };
}

/**
 * One redline per document of the new version (and of the old one it no longer produces), by file name.
 * @param before the old spec (valid)
 * @param after the new spec (valid)
 * @param request which documents, and the author
 */
export function redlineSpecs(before: PartnershipSpec, after: PartnershipSpec, request: RedlineRequest): Redline[] {
  const available: string[] = availableDocuments(request.templatesDir);
  // Each version produces the documents its own meta.documents lists: a document added to the list is
  // all inserted, one dropped from it all deleted. Documents named with --documents are composed from both.
  const kindsOf = (spec: PartnershipSpec) =>
    (request.documents ?? spec.meta.documents.filter((d) => available.includes(d))) as DocumentKind[];
  const options = { templatesDir: request.templatesDir };
  const olds = composePack(before, kindsOf(before), options);
  const news = composePack(after, kindsOf(after), options);
  const author = request.author ?? defaultAuthor(after);
  const byName = new Map(olds.map((doc) => [doc.name, doc]));
  const redlines = news.map((doc) =>
    redlineDocument(byName.get(doc.name) ?? blankIn(before, doc, options), doc, author),
  );
  const newNames = new Set(news.map((doc) => doc.name));
  for (const doc of olds) {
    if (!newNames.has(doc.name)) redlines.push(redlineDocument(doc, blankIn(after, doc, options), author));
  }
  return redlines;
}
