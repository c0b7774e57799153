/**
 * The running header and footer: who and what the document is on every page, a DRAFT marking while
 * the status is draft, and "Page X of Y" from PAGE and NUMPAGES fields.
 *
 * They are built with docx's own components, once per kind of package, with markers where the
 * document's values go (`skeleton.ts`).
 */
import { Footer, Header, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { DocumentMeta } from '../../model/index.js';
import { numPagesField, pageField } from './fields.js';
import { TEXT_WIDTH } from './page.js';
import { Style } from './styles.js';

const STATUS_LABELS: Record<DocumentMeta['status'], string> = {
  draft: 'Draft',
  agreed: 'Agreed',
  signed: 'Signed',
  superseded: 'Superseded',
};

/** The status as a reader sees it: "Draft", "Agreed"… */
export function statusLabel(status: DocumentMeta['status']): string {
  return STATUS_LABELS[status];
}

/** A header or footer line: text on the left, and what follows a tab at the right margin. */
function running(children: TextRun[]): Paragraph {
  return new Paragraph({
    style: Style.running,
    children,
    tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
  });
}

/** Literal text: `text`, never a string child, which docx may read as a page field. */
function text(value: string, bold = false): TextRun {
  return new TextRun({ text: value, ...(bold ? { bold: true } : {}) });
}

const tab = () => new TextRun({ children: [new Tab()] });

/** What the footer prints of `meta`, in order: who and what the document is, then version and status. */
export function footerValues(meta: DocumentMeta): [string, string] {
  const status = meta.status === 'draft' ? 'DRAFT' : statusLabel(meta.status);
  return [`${meta.partnership} \u2014 ${meta.title}`, `Version ${meta.version} \u00B7 ${status}`];
}

/**
 * The header: DRAFT at the right while a draft, else nothing. Who and what the document is are in the
 * footer, as on the PDF's pages; the short name alone, undefined on a page, no longer stands here.
 */
export function documentHeader(draft: boolean): Header {
  const children = draft ? [tab(), text('DRAFT', true)] : [];
  return new Header({ children: [running(children)] });
}

/**
 * The footer, worded as the PDF's: partnership and document, "Page X of Y" at the right; version and
 * status below, bold while a draft. `values` are `footerValues`' two lines, as they are to be written.
 */
export function documentFooter(draft: boolean, values: readonly [string, string]): Footer {
  const first = [text(values[0]), tab(), text('Page '), pageField(), text(' of '), numPagesField()];
  const second = [text(values[1], draft)];
  return new Footer({ children: [running(first), running(second)] });
}
