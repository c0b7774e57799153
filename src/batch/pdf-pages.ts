/**
 * Counts the pages of a PDF this tool wrote, for the manifest and the summary. pdfkit writes every page
 * object as a plain dictionary `/Type /Page` (never inside a compressed object stream), so counting those
 * is exact for our own files without parsing the PDF.
 */

const PAGE = /\/Type\s*\/Page(?![a-zA-Z])/g;

/** Number of page objects in a PDF written by the pdf writer. */
export function countPdfPages(bytes: Uint8Array): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').match(PAGE)?.length ?? 0;
}
