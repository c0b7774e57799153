/**
 * The page surface: content-stream operators gathered per page and handed to pdfkit once per page,
 * in the page's top-down coordinates (pdfkit flips the y axis when it adds a page).
 *
 * Text goes straight into the content stream as glyph codes of the document's fonts, which skips
 * pdfkit's per-call text machinery (option parsing, re-measuring, re-encoding) entirely.
 */
import type PDFDocument from 'pdfkit';
import { num, type DocumentFont } from './document-font.js';
import { FACES, type Face } from './fonts.js';
import type { Element, StructureTree, Tag } from './structure/tree.js';
import type { Colour } from './style.js';

/** A pdfkit document. */
export type PdfKitDocument = typeof PDFDocument.prototype;

/** Drawing operations on the current page of one document. */
export class Canvas {
  /** Operators of the current page not yet handed to pdfkit. */
  private parts: string[] = [];
  private readonly used = new Set<DocumentFont>();
  /** Index of the current page (0-based). */
  page = 0;
  /** Where the lines drawn next belong in the structure tree: set by whoever draws them. */
  tag: Tag = 'artifact';

  constructor(
    readonly doc: PdfKitDocument,
    readonly fonts: Readonly<Record<Face, DocumentFont>>,
    /** Height of a page in points. */
    readonly height: number,
    /** Drawn first on every new page (the DRAFT marking), so body text sits on top of it. */
    private readonly background: ((canvas: Canvas) => void) | null,
    /** The document's structure tree, which every drawn line is marked for. */
    readonly structure: StructureTree,
  ) {
    this.drawBackground();
  }

  private drawBackground(): void {
    if (this.background === null) return;
    const tag = this.tag;
    this.tag = 'artifact';
    this.background(this);
    this.tag = tag;
  }

  /** True while decorations are being gathered into one artifact sequence. */
  private decorating = false;

  /** Appends raw operators. */
  write(operators: string): void {
    this.endDecoration();
    this.parts.push(operators);
  }

  /** Adds graphics to the open artifact sequence, opening one when text came between. */
  private decorate(operators: string): void {
    if (!this.decorating) this.parts.push('/Artifact BMC');
    this.decorating = true;
    this.parts.push(operators);
  }

  private endDecoration(): void {
    if (this.decorating) this.parts.push('EMC');
    this.decorating = false;
  }

  /** The document font of `face`, recorded as a resource of the current page. */
  font(face: Face): DocumentFont {
    const font = this.fonts[face];
    this.used.add(font);
    return font;
  }

  /** Hands the gathered operators and font resources of the current page to pdfkit. */
  flush(): void {
    this.endDecoration();
    if (this.parts.length > 0) this.doc.addContent(this.parts.join('\n'));
    const resources = this.doc.page.fonts as Record<string, PDFKit.PDFKitReference>;
    for (const face of FACES) {
      const font = this.fonts[face];
      if (this.used.has(font)) resources[font.id] = font.resource();
    }
    this.parts = [];
    this.used.clear();
  }

  /** Ends the current page and starts the next. */
  newPage(): void {
    this.flush();
    this.doc.addPage();
    this.page += 1;
    this.drawBackground();
  }

  /** Makes buffered page `index` current, to draw on it after the body is laid out (footers). */
  revisit(index: number): void {
    this.flush();
    this.doc.switchToPage(index);
    this.page = index;
  }

  // Shading, rules and underlines only decorate the text a reader is given: artifacts, never content.

  /** A filled rectangle; y is the top edge. */
  fillRect(x: number, y: number, width: number, height: number, colour: Colour): void {
    this.decorate(`${colour} rg ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f`);
  }

  /** A straight stroked line. */
  line(x1: number, y1: number, x2: number, y2: number, width: number, colour: Colour): void {
    this.decorate(`${colour} RG ${num(width)} w ${num(x1)} ${num(y1)} m ${num(x2)} ${num(y2)} l S`);
  }

  /**
   * A link annotation over a rectangle (y is the top edge) to the named destination `name`; with its
   * Link element, the annotation joins the structure tree beside the words it covers.
   */
  link(x: number, y: number, width: number, height: number, name: string, element: Element | null = null): void {
    if (element === null) {
      this.doc.goTo(x, y, width, height, name);
      return;
    }
    this.doc.goTo(x, y, width, height, name, { StructParent: this.structure.annotationKey(element) });
    const annotations = this.doc.page.annotations as PDFKit.PDFKitReference[];
    this.structure.annotation(element, annotations[annotations.length - 1]!);
  }

  /** A named destination at height `y` of the current page, for links and outline entries. */
  destination(name: string, y: number): void {
    this.doc.addNamedDestination(name, 'XYZ', 0, y, 0);
  }
}
