/**
 * The running header and footer: who and what the document is on every page, a DRAFT marking while
 * the status is draft, and "Page X of Y" from PAGE and NUMPAGES fields.
 *
 * These are small and once per document, so they are built with docx's own components.
 */
import { Footer, Header, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { DocumentMeta } from '../../model/index.js';
import { numPagesField, pageField } from './fields.js';
import { TEXT_WIDTH } from './page.js';
import type { RenderState } from './render-state.js';
import { Style } from './styles.js';
import { writableText } from './xml-text.js';

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
function text(value: string, state: RenderState, bold = false): TextRun {
  return new TextRun({ text: writableText(value, state), ...(bold ? { bold: true } : {}) });
}

const tab = () => new TextRun({ children: [new Tab()] });

/**
 * The header: DRAFT at the right while a draft, else nothing. Who and what the document is are in the
 * footer, as on the PDF's pages; the short name alone, undefined on a page, no longer stands here.
 */
export function documentHeader(meta: DocumentMeta, state: RenderState): Header {
  const children = meta.status === 'draft' ? [tab(), text('DRAFT', state, true)] : [];
  return new Header({ children: [running(children)] });
}

/** The footer, worded as the PDF's: partnership and document, "Page X of Y" at the right; version and status below. */
export function documentFooter(meta: DocumentMeta, state: RenderState): Footer {
  const status = meta.status === 'draft' ? 'DRAFT' : statusLabel(meta.status);
  const first = [
    text(`${meta.partnership} \u2014 ${meta.title}`, state),
    tab(),
    text('Page ', state),
    pageField(),
    text(' of ', state),
    numPagesField(),
  ];
  const second = [text(`Version ${meta.version} \u00B7 ${status}`, state, meta.status === 'draft')];
  return new Footer({ children: [running(first), running(second)] });
}
