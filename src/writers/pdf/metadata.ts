/**
 * Document properties and the pdfkit options that make the file reproducible.
 *
 * pdfkit stamps CreationDate with the clock and derives the trailer ID from the info dictionary, so
 * giving it the document's own date (00:00 UTC) as CreationDate and ModDate fixes both: the same
 * Document gives the same bytes in any process, at any time, in any time zone.
 */
import type { DocumentMeta } from '../../model/index.js';

/** The document's date as midnight UTC, the only timestamp a file may carry. */
export function documentDate(meta: DocumentMeta): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meta.date);
  if (match === null) throw new Error(`Cannot date the PDF of ${meta.documentId}: date ${JSON.stringify(meta.date)}, expected YYYY-MM-DD`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** The info dictionary: what a reader's "document properties" shows. */
export function documentInfo(meta: DocumentMeta): PDFKit.DocumentInfo {
  const date = documentDate(meta);
  const title = meta.title.normalize('NFC');
  return {
    Title: title,
    Author: meta.creator.normalize('NFC'),
    Subject: meta.subject.normalize('NFC'),
    Keywords: [
      `status: ${meta.status}`,
      `version: ${meta.version}`,
      `partnership-docs ${meta.toolVersion}`,
      `templates: ${meta.templateHash}`,
    ].join('; '),
    Creator: `partnership-docs ${meta.toolVersion}`,
    Producer: 'partnership-docs with PDFKit',
    CreationDate: date,
    ModDate: date,
  };
}
