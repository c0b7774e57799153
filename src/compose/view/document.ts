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
  version: string;
  /** "agreed". */
  status: string;
  /** "2 February 2026". */
  preparedDate: string;
  /** "version 1.0.0" for a `supersedes` of this spec (`whec@1.0.0`), else `supersedes` as written; or null. */
  supersedesVersion: string | null;
  /** `meta.change_log`, oldest first: what each version changed. */
  history: { version: string; date: string; summary: string }[];
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
    version: meta.version,
    status: label('status', meta.status),
    preparedDate: formatDate(meta.prepared_date),
    supersedesVersion: supersededVersion(meta.spec_id, meta.supersedes),
    history: meta.change_log.map((entry) => ({
      version: entry.version,
      date: formatDate(entry.date),
      summary: entry.summary,
    })),
  };
}

function supersededVersion(specId: string, supersedes: string | null | undefined): string | null {
  if (!supersedes) return null;
  return supersedes.startsWith(`${specId}@`) ? `version ${supersedes.slice(specId.length + 1)}` : supersedes;
}
