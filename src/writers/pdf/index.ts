/**
 * The PDF writer: a numbered Document in, an A4 PDF out, with the bundled DejaVu Sans embedded as
 * subsets, an outline, internal links for references, page X of Y footers and document properties.
 *
 * Lines are broken here over cached word widths and written as glyph codes straight into the page
 * content; pdfkit is used for the file structure (objects, pages, annotations, outline, names tree).
 */
import PDFDocument from 'pdfkit';
import type { Diagnostic } from '../../errors.js';
import type { Document } from '../../model/index.js';
import type { Writer } from '../types.js';
import { contentsSections } from '../contents.js';
import { setBlocks } from './blocks.js';
import { Canvas } from './canvas.js';
import { ContentsPages } from './contents.js';
import type { RenderContext } from './context.js';
import { DocumentFont } from './document-font.js';
import { Flow, PAGE } from './flow.js';
import { FACES, type Face } from './fonts.js';
import type { InlineContext } from './inlines.js';
import { documentInfo, escapeXmp } from './metadata.js';
import { destinationNames, Outline } from './outline.js';
import { drawDraftMark, drawFooters, setCover } from './page-furniture.js';
import { StructureTree } from './structure/tree.js';

function glyphWarning(doc: Document, file: string, codePoint: number): Diagnostic {
  const code = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    severity: 'warning',
    code: 'pdf-glyph',
    message: `Cannot render ${code} (${String.fromCodePoint(codePoint)}) in ${doc.name}: the bundled font has no glyph for it, so the PDF shows an empty box there`,
    file,
    line: 0,
    column: 0,
    pointer: '',
    hint: 'Replace the character with one from Latin, Greek, Cyrillic, Hebrew or Arabic script, or use the Word version for this text.',
  };
}

/** The part of pdfkit's output path that `collect` takes over. */
type Sink = { _write(data: string | Buffer): void; _offset: number };

/**
 * The bytes of `pdf` once it ends. pdfkit writes every line of the file as a Buffer of its own through
 * its readable stream (three per object); a tagged document has thousands of small objects, and that
 * stream's bookkeeping cost more than writing them. Here lines are gathered as strings and turned into
 * bytes once. A line is Latin-1 (pdfkit's own "binary"), one byte per character, so the byte offsets
 * pdfkit keeps for its cross-reference table stay right.
 */
function collect(pdf: typeof PDFDocument.prototype): Promise<Uint8Array> {
  const sink = pdf as unknown as Sink;
  // What pdfkit wrote while it was being made (the file header, two lines) is already in its stream.
  // Newer Nodes hand buffered chunks out one per read(), so read until it is empty.
  const parts: Buffer[] = [];
  for (let chunk = pdf.read() as Buffer | null; chunk !== null; chunk = pdf.read() as Buffer | null) parts.push(chunk);
  let text: string[] = [];
  const settle = (): void => {
    if (text.length === 0) return;
    parts.push(Buffer.from(text.join(''), 'latin1'));
    text = [];
  };
  sink._write = (data) => {
    if (typeof data === 'string') {
      const line = `${data}\n`;
      text.push(line);
      sink._offset += line.length;
    } else {
      settle();
      parts.push(data);
      sink._offset += data.length;
    }
  };
  return new Promise((resolve, reject) => {
    pdf.on('end', () => {
      settle();
      resolve(new Uint8Array(Buffer.concat(parts)));
    });
    pdf.on('error', reject);
    // The stream still ends the document (pdfkit pushes its end); reading starts it flowing.
    pdf.resume();
  });
}

/** Renders `doc` as PDF bytes; characters the font cannot show come back as `pdf-glyph` warnings. */
export const writePdf: Writer = async (doc, options) => {
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margin: 0,
    bufferPages: true,
    pdfVersion: '1.7',
    lang: doc.meta.language,
    displayTitle: true,
    tagged: true,
    info: documentInfo(doc.meta),
    // null (not undefined) keeps pdfkit from loading its default Helvetica: every font in the file is
    // one of the document's own DejaVu subsets.
    font: null as unknown as string,
  });
  escapeXmp(pdf);
  const bytes = collect(pdf);
  const fonts = {} as Record<Face, DocumentFont>;
  FACES.forEach((face, index) => {
    fonts[face] = new DocumentFont(pdf, face, `F${index + 1}`);
  });
  const destinations = destinationNames(doc);
  const inline: InlineContext = { destinations, missing: new Set() };
  const draft = doc.meta.status === 'draft';
  const structure = new StructureTree(pdf);
  const canvas = new Canvas(pdf, fonts, PAGE.height, draft ? (page) => drawDraftMark(page, inline) : null, structure);
  const sections = contentsSections(doc);
  const flow = new Flow(canvas);
  const base = { flow, inline, outline: new Outline(pdf), destinations };
  const ctx: RenderContext = { ...base, contents: null };
  const contents = sections === null ? null : new ContentsPages(sections, ctx);
  const body: RenderContext = { ...base, contents };
  setCover(body, doc.meta);
  contents?.reserve();
  setBlocks(doc.children, body, { indent: 0, depth: 0, topLevel: false });
  flow.flushLabel();
  contents?.draw();
  drawFooters(canvas, doc.meta, inline);
  structure.finish();
  for (const face of FACES) fonts[face].embed();
  pdf.end();
  const file = options.file ?? `${doc.name}.pdf`;
  return { bytes: await bytes, warnings: [...inline.missing].map((cp) => glyphWarning(doc, file, cp)) };
};
