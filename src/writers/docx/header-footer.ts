/**
 * The running header and footer: who and what the document is on every page, a DRAFT marking while
 * the status is draft, and "Page X of Y" from PAGE and NUMPAGES fields.
 */
import { Footer, Header, Tab, TabStopType, TextRun, type ParagraphChild } from 'docx';
import type { DocumentMeta } from '../../model/index.js';
import { numPagesField, pageField } from './fields.js';
import { inlineEnv, textRun } from './inlines.js';
import { TEXT_WIDTH } from './page.js';
import { buildParagraph } from './paragraphs.js';
import type { RenderState } from './render-state.js';
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

const TAB = () => new TextRun({ children: [new Tab()] });

function running(children: ParagraphChild[], state: RenderState) {
  return buildParagraph(
    { style: Style.running, children, tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }] },
    state,
  );
}

/** The header: the partnership's short name (or name), and DRAFT at the right while a draft. */
export function documentHeader(meta: DocumentMeta, state: RenderState): Header {
  const env = inlineEnv(state);
  const children = textRun(meta.shortName ?? meta.partnership, env);
  if (meta.status === 'draft') children.push(TAB(), ...textRun('DRAFT', inlineEnv(state, { bold: true })));
  return new Header({ children: [running(children, state)] });
}

/** The footer: partnership, document, version and status, and "Page X of Y" at the right. */
export function documentFooter(meta: DocumentMeta, state: RenderState): Footer {
  const env = inlineEnv(state);
  const says = `${meta.partnership} \u2014 ${meta.title}, version ${meta.version} (${statusLabel(meta.status)})`;
  const children: ParagraphChild[] = [
    ...textRun(says, env),
    TAB(),
    ...textRun('Page ', env),
    pageField(),
    ...textRun(' of ', env),
    numPagesField(),
  ];
  return new Footer({ children: [running(children, state)] });
}
