/**
 * The cover block from `meta`: title, partnership (and short name), version, status and date,
 * document id, what it supersedes, and, for a draft, a note that it is not yet agreed.
 */
import type { DocumentMeta } from '../../model/index.js';
import { statusLabel } from './header-footer.js';
import { inlineEnv, textRun } from './inlines.js';
import { buildParagraph } from './paragraphs.js';
import type { RenderState } from './render-state.js';
import { Style } from './styles.js';
import { DRAFT_NOTE } from '../cover-words.js';

function line(style: string, text: string, state: RenderState, bold = false): string {
  return buildParagraph({ style, content: textRun(text, inlineEnv(state, bold ? { bold: true } : {})) }, state);
}

/** The paragraphs that open the document, before its first block. */
export function coverBlock(meta: DocumentMeta, state: RenderState): string {
  const name = meta.shortName === null ? meta.partnership : `${meta.partnership} (\u201C${meta.shortName}\u201D)`;
  let out =
    line(Style.title, meta.title, state) +
    line(Style.lead, name, state, true) +
    line(Style.body, `Version ${meta.version} \u00B7 ${statusLabel(meta.status)} \u00B7 ${meta.dateText}`, state) +
    line(Style.body, `Document ${meta.documentId}`, state);
  if (meta.supersedes !== null) out += line(Style.body, `Supersedes ${meta.supersedes}`, state);
  if (meta.status === 'draft') out += line(Style.note, `DRAFT. ${DRAFT_NOTE}`, state);
  return out;
}
