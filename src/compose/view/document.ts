/**
 * The cover and document-control block: title, partnership, version, status, date, document id.
 */
import { documentKind } from '../documents/index.js';
import type { ViewContext } from './context.js';
import { formatDate } from './dates.js';
import { label } from './labels.js';

/** Document control, as the cover shows it. */
export interface DocumentView {
  /** "Partnership Agreement". */
  title: string;
  /** `meta.title`, the partnership's own title for the document set. */
  specTitle: string;
  version: string;
  /** "agreed". */
  status: string;
  /** "2 February 2026". */
  preparedDate: string;
  /** `<spec_id>/<version>/<file stem>`. */
  documentId: string;
  supersedes: string | null;
  /** The member that prepared the document, or null. */
  preparedBy: string | null;
}

/**
 * Describe the document being composed.
 * @param ctx the view context
 * @param kind which document of the pack
 */
export function buildDocument(ctx: ViewContext, kind: string): DocumentView {
  const { meta } = ctx.spec;
  return {
    title: documentKind(kind).title,
    specTitle: meta.title,
    version: meta.version,
    status: label('status', meta.status),
    preparedDate: formatDate(meta.prepared_date),
    documentId: `${meta.spec_id}/${meta.version}/${documentKind(kind).stem}`,
    supersedes: meta.supersedes ?? null,
    preparedBy: meta.prepared_by_member ? ctx.names.member(meta.prepared_by_member) : null,
  };
}
