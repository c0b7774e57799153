/**
 * Conversion of a numbered Document to plain text: the basis of golden tests and plain-text review.
 *
 * UTF-8, NFC, LF line endings, lines filled to 78 columns, exactly one trailing newline; no trailing
 * spaces. Deterministic: the output depends on the document alone.
 */
import type { NumberedDocument } from '../../model/index.js';
import type { Writer, WriterResult } from '../types.js';
import { blocksLines } from './blocks.js';
import { coverLines } from './cover.js';

/** The text of `doc`, as a string (what `writeText` encodes). */
export function documentText(doc: NumberedDocument): string {
  const body = blocksLines(doc.children, 0);
  const lines = [...coverLines(doc.meta), '', '', ...body].map((line) => line.trimEnd());
  return `${lines.join('\n').normalize('NFC').replace(/\n+$/u, '')}\n`;
}

/** The plain-text writer: a numbered Document in, UTF-8 bytes out; it has nothing to warn about. */
export const writeText: Writer = async (doc: NumberedDocument): Promise<WriterResult> => {
  return { bytes: new TextEncoder().encode(documentText(doc)), warnings: [] };
};
