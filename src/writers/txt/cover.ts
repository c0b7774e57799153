/**
 * The cover block of a text document: what it is, whose it is, which version, and, for a draft, a
 * visible DRAFT marking with a note saying the text is not yet agreed.
 */
import type { DocumentMeta } from '../../model/index.js';
import { columnsOf, fill } from './wrap.js';
import { DRAFT_NOTE } from '../cover-words.js';

const LABEL_WIDTH = 14;

const STATUS_NAMES: Readonly<Record<DocumentMeta['status'], string>> = {
  draft: 'Draft',
  agreed: 'Agreed',
  signed: 'Signed',
  superseded: 'Superseded',
};

function field(label: string, value: string): string[] {
  const [first = '', ...rest] = fill(value, LABEL_WIDTH);
  return [label.padEnd(LABEL_WIDTH) + first.trimStart(), ...rest];
}

/** The cover lines for `meta`; fields the spec leaves empty (short name, supersedes) are left out. */
export function coverLines(meta: DocumentMeta): string[] {
  const draft = meta.status === 'draft';
  const title = fill(meta.title, 0);
  const lines = [
    ...(draft ? ['*** DRAFT ***', ''] : []),
    ...title,
    '='.repeat(Math.max(...title.map(columnsOf))),
    '',
    ...field('Partnership:', meta.partnership),
    ...(meta.shortName === null ? [] : field('Short name:', meta.shortName)),
    ...field('Version:', meta.version),
    ...field('Status:', STATUS_NAMES[meta.status]),
    ...field('Date:', meta.dateText),
    ...field('Document ID:', meta.documentId),
    ...(meta.supersedes === null ? [] : field('Supersedes:', meta.supersedes)),
  ];
  if (draft) lines.push('', ...fill(DRAFT_NOTE, 0));
  return lines;
}
