/**
 * Conversion of a numbered Document to a Word (.docx) file.
 *
 * The flow: docx makes the package around the body (styles, numbering definitions, header and footer,
 * settings, properties; core properties are ours); the body (cover and blocks) is written as XML by the
 * block and inline handlers, which take each list instance's w:num from docx's numbering; the package
 * is then re-zipped with the body in place and every entry dated the document's date. Everything
 * counted (bookmarks, revisions, list instances) is counted per render, so the same Document gives the
 * same bytes in any process and time zone.
 */
import { File, Packer } from 'docx';
import { SKIP, visit, type Document } from '../../model/index.js';
import type { Writer, WriterResult } from '../types.js';
import { documentPlace, renderBlocks } from './blocks.js';
import { contentsBlock } from './contents.js';
import { coverBlock } from './cover.js';
import { documentFooter, documentHeader } from './header-footer.js';
import { numberingOptions } from './numbering.js';
import { packageWithBody } from './package.js';
import { insertedParagraphMarks } from './paragraph-marks.js';
import { pageProperties } from './page.js';
import { CORE_PROPERTIES_PATH, corePropertiesXml, customPropertiesOf } from './properties.js';
import { REVISION_AUTHOR, RenderState } from './render-state.js';
import { COMMENTS_PATH, commentsXml } from './comments.js';
import { stylesOptions } from './styles.js';
import { writableText } from './xml-text.js';

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

/** The docx `File` around the body: everything but the body's paragraphs. */
function packageFile(doc: Document, state: RenderState): File {
  const { meta } = doc;
  // A comment makes docx add the comments part and its relationship; the part's content is ours (comments.ts).
  const comments = hasSources(doc) ? { children: [{ id: 0, author: REVISION_AUTHOR, children: [] }] } : undefined;
  return new File({
    comments,
    ...stylesOptions(meta.language),
    numbering: numberingOptions(),
    // Word fills in the contents' page numbers when it updates the fields on opening.
    features: { trackRevisions: hasRevisions(doc), updateFields: state.contents !== null },
    customProperties: customPropertiesOf(meta).map(({ name, value }) => ({ name, value: writableText(value, state) })),
    sections: [
      {
        properties: pageProperties(),
        headers: { default: documentHeader(meta, state) },
        footers: { default: documentFooter(meta, state) },
        children: [],
      },
    ],
  });
}

/** Renders `doc` as .docx bytes; warnings report what could not be written as given. */
export const writeDocx: Writer = async (doc, options): Promise<WriterResult> => {
  const state = new RenderState(doc, options.file ?? `${doc.name}.docx`);
  const file = packageFile(doc, state);
  state.attachNumbering(file.Numbering);
  const body = insertedParagraphMarks(
    coverBlock(doc.meta, state) + contentsBlock(state) + renderBlocks(doc.children, documentPlace(), state),
    state,
  );
  const overrides = [{ path: CORE_PROPERTIES_PATH, data: corePropertiesXml(doc.meta, state) }];
  if (state.comments.length > 0) overrides.push({ path: COMMENTS_PATH, data: commentsXml(state) });
  const zip = await Packer.pack(file, 'uint8array', false, overrides);
  return { bytes: packageWithBody(zip, body, doc.meta.date), warnings: state.warnings };
};
