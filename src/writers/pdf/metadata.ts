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
  if (match === null)
    throw new Error(
      `Cannot date the PDF of ${meta.documentId}: date ${JSON.stringify(meta.date)}, expected YYYY-MM-DD`,
    );
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

function xml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Makes pdfkit's XMP packet escape the properties. pdfkit pastes Title, Author and the rest into the
 * XML as they are, so an author such as "Smith & Sons" would make the packet malformed and "<x>" in
 * a title would become markup; this replaces its `_addInfo` on the one document with an escaping one.
 */
export function escapeXmp(pdf: { info: PDFKit.DocumentInfo; appendXML(xml: string, newline?: boolean): void }): void {
  (pdf as unknown as { _addInfo: () => void })._addInfo = () => {
    const info = pdf.info;
    const text = (value: string | undefined): string => xml(value ?? '');
    pdf.appendXML(
      [
        '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
        `<xmp:CreateDate>${info.CreationDate?.toISOString().replace(/\.\d{3}Z$/, 'Z') ?? ''}</xmp:CreateDate>`,
        `<xmp:ModifyDate>${info.ModDate?.toISOString().replace(/\.\d{3}Z$/, 'Z') ?? ''}</xmp:ModifyDate>`,
        `<xmp:CreatorTool>${text(info.Creator)}</xmp:CreatorTool>`,
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${text(info.Title)}</rdf:li></rdf:Alt></dc:title>`,
        `<dc:creator><rdf:Seq><rdf:li>${text(info.Author)}</rdf:li></rdf:Seq></dc:creator>`,
        `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text(info.Subject)}</rdf:li></rdf:Alt></dc:description>`,
        '</rdf:Description>',
        '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
        `<pdf:Producer>${text(info.Producer)}</pdf:Producer>`,
        `<pdf:Keywords>${text(info.Keywords)}</pdf:Keywords>`,
        '</rdf:Description>',
      ].join('\n'),
    );
  };
}
