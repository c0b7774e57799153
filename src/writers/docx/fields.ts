/**
 * Word complex fields: REF for cross-references in the body, PAGE and NUMPAGES for "Page X of Y" in
 * the footer.
 *
 * A complex field is begin / instrText / separate / result / end. A REF's result is written from the
 * model (the target's number), so the document reads right before anyone updates fields, and its
 * instruction makes Word recompute the same text when they do.
 */
import { PageNumber, TextRun } from 'docx';
import { escapeText, runXml, textXml, type RunFormat, type Revision } from './ooxml.js';

/**
 * The instruction of a cross-reference to the numbered paragraph holding `bookmark`: `\w` gives its
 * number in full context ("14.3", "Schedule 4", "(b)(ii)"), `\h` makes it a link.
 */
export function refInstruction(bookmark: string): string {
  return `REF ${bookmark} \\w \\h`;
}

/** A complex field in one run: instruction and result, in a tracked insertion when `revision` says so. */
export function fieldXml(
  instruction: string,
  result: string,
  format: RunFormat = {},
  revision: Revision | null = null,
): string {
  const parts =
    '<w:fldChar w:fldCharType="begin"/>' +
    `<w:instrText xml:space="preserve"> ${escapeText(instruction)} </w:instrText>` +
    '<w:fldChar w:fldCharType="separate"/>' +
    textXml(result) +
    '<w:fldChar w:fldCharType="end"/>';
  return runXml(parts, format, revision);
}

/** A run holding the current page number (docx writes the PAGE field). */
export function pageField(): TextRun {
  return new TextRun({ children: [PageNumber.CURRENT] });
}

/** A run holding the number of pages of the document (docx writes the NUMPAGES field). */
export function numPagesField(): TextRun {
  return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
}
