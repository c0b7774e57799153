/**
 * Conversion of a numbered Document to a Word (.docx) file.
 *
 * The flow: docx makes the package around the body (styles, numbering definitions, header and footer,
 * settings, properties), once per kind of document (`skeleton.ts`); the body (cover and blocks) is
 * written as XML by the block and inline handlers, which number each list instance the body uses; the
 * package is then zipped with the body, the list instances and the document's own values in place,
 * every entry dated the document's date. Everything
 * counted (bookmarks, revisions, list instances) is counted per render, so the same Document gives the
 * same bytes in any process and time zone.
 */
import { SKIP, visit, type Document } from '../../model/index.js';
import type { Writer, WriterResult } from '../types.js';
import { documentPlace, renderBlocks } from './blocks.js';
import { contentsBlock } from './contents.js';
import { coverBlock } from './cover.js';
import { packageWith } from './package.js';
import { documentParts, packageValues, skeletonKind } from './skeleton.js';
import { insertedParagraphMarks } from './paragraph-marks.js';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './properties.js';
import { RenderState } from './render-state.js';
import { COMMENTS_PATH, commentsXml } from './comments.js';

/** Whether the document holds redline marks, so Word should go on tracking the reviewer's changes. */
function hasRevisions(doc: Document): boolean {
  let found = false;
  visit(doc, (node) => {
    if (node.type === 'insertion' || node.type === 'deletion' || node.type === 'changed') found = true;
    return found ? SKIP : undefined;
  });
  return found;
}

/** Whether the document is a reviewer copy, whose values carry their sources as comments. */
function hasSources(doc: Document): boolean {
  let found = false;
  visit(doc, (node) => {
    if (node.type === 'text' && node.source !== undefined) found = true;
    return found ? SKIP : undefined;
  });
  return found;
}

/** Renders `doc` as .docx bytes; warnings report what could not be written as given. */
export const writeDocx: Writer = async (doc, options): Promise<WriterResult> => {
  const state = new RenderState(doc, options.file ?? `${doc.name}.docx`);
  const kind = skeletonKind(doc, state, { trackRevisions: hasRevisions(doc), comments: hasSources(doc) });
  const values = packageValues(doc, state);
  const body = insertedParagraphMarks(
    coverBlock(doc.meta, state) + contentsBlock(state) + renderBlocks(doc.children, documentPlace(), state),
    state,
  );
  const { entries, parts } = await documentParts(kind, body, values, state);
  parts.set(CORE_PROPERTIES_PATH, corePropertiesXml(doc.meta, state));
  if (state.comments.length > 0) parts.set(COMMENTS_PATH, commentsXml(state));
  return { bytes: packageWith(entries, parts, doc.meta.date), warnings: state.warnings };
};
