/**
 * Named destinations and the outline (bookmarks): every section, clause and identified list item
 * gets a destination a reference can link to; sections and schedules become outline entries, with
 * their top-level clauses beneath them.
 */
import { visit, type Document } from '../../model/index.js';
import type { PdfKitDocument } from './canvas.js';

/**
 * The destination name of every id in `doc`, in document order.
 *
 * pdfkit sorts the names tree with `localeCompare`, whose order depends on the locale of the process,
 * while a PDF reader looks names up in byte order. A zero-padded counter first makes both orders the
 * same in every locale (the digits differ before the id is ever compared), and keeps the id readable.
 */
export function destinationNames(doc: Document): Map<string, string> {
  const names = new Map<string, string>();
  visit(doc, (node) => {
    const id = node.type === 'section' || node.type === 'clause' || node.type === 'listItem' ? node.id : null;
    if (id !== null && !names.has(id)) names.set(id, `d${String(names.size + 1).padStart(5, '0')}-${id}`);
  });
  return names;
}

/** Builds the outline as headings are placed; call each method while its heading's page is current. */
export class Outline {
  private section: PDFKit.PDFOutline | null = null;

  constructor(private readonly doc: PdfKitDocument) {}

  /** Pointing the entry at the heading's own destination (not pdfkit's whole-page fit) lands on the heading. */
  private point(entry: PDFKit.PDFOutline, destination: string): void {
    (entry as unknown as { outlineData: Record<string, unknown> }).outlineData.Dest = new String(destination);
  }

  /** A top-level entry for a section or schedule. */
  addSection(title: string, destination: string): void {
    const entry = this.doc.outline.addItem(title);
    this.point(entry, destination);
    this.section = entry;
  }

  /** An entry for a top-level clause, under the current section. */
  addClause(title: string, destination: string): void {
    const parent = this.section ?? this.doc.outline;
    this.point(parent.addItem(title), destination);
  }
}
