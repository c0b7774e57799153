/**
 * The structure tree of a tagged PDF: what a screen reader follows. Elements (Document, H1–H3, P, L,
 * LI, Lbl, LBody, Table, TR, TH, TD, Link, Div) are opened as the blocks are set, each drawn line is a
 * marked-content sequence (MCID) of the element it belongs to, links take their annotation as a child,
 * and everything else on a page (rules, shading, footers, the DRAFT marking) is an artifact.
 *
 * Element objects are made only for elements that end up with content, in the order they first get
 * some, so the same document always numbers its objects the same way.
 */
import type PDFDocument from 'pdfkit';

type Reference = PDFKit.PDFKitReference;

/** The parts of pdfkit's marking support used here that its type declarations leave out. */
type PdfKitDocument = typeof PDFDocument.prototype & {
  getStructParentTree(): { get(key: number): unknown; add(key: number, value: unknown): void };
  page: { structParentTreeKey: number; dictionary: Reference };
};

/** Structure types this writer uses (PDF 1.7 standard structure types). */
export type StructureType =
  | 'Document'
  | 'Sect'
  | 'H1'
  | 'H2'
  | 'H3'
  | 'P'
  | 'L'
  | 'LI'
  | 'Lbl'
  | 'LBody'
  | 'Table'
  | 'TR'
  | 'TH'
  | 'TD'
  | 'Link'
  | 'Div';

/** One marked-content sequence on a page, or an annotation, as an element's child. */
type Content =
  { kind: 'mcid'; page: Reference; mcid: number } | { kind: 'annotation'; page: Reference; annotation: Reference };

/** An element of the tree. */
export interface Element {
  readonly type: StructureType;
  readonly parent: Element | null;
  readonly kids: (Element | Content)[];
  /** Its object, made when it first gets content (directly or below it). */
  ref: Reference | null;
  /** Extra entries of its dictionary (a header cell's scope). */
  readonly extra: Record<string, unknown> | null;
}

/** Where drawn content belongs: an element, or the page's furniture. */
export type Tag = Element | 'artifact';

/** Builds the tree while the document is set, and writes it when the document ends. */
export class StructureTree {
  readonly root: Element;

  private readonly pdf: PdfKitDocument;

  constructor(pdf: typeof PDFDocument.prototype) {
    this.pdf = pdf as PdfKitDocument;
    this.root = { type: 'Document', parent: null, kids: [], ref: null, extra: null };
  }

  /** A new element, the last child of `parent`. */
  open(type: StructureType, parent: Element, extra: Record<string, unknown> | null = null): Element {
    const element: Element = { type, parent, kids: [], ref: null, extra };
    parent.kids.push(element);
    return element;
  }

  /** Makes the objects of `element` and its ancestors, so a page's parent tree can point at them. */
  private materialise(element: Element): Reference {
    if (element.ref !== null) return element.ref;
    if (element.parent !== null) this.materialise(element.parent);
    const ref = this.pdf.ref({});
    element.ref = ref;
    return ref;
  }

  /** The operator opening a marked-content sequence of `element` on the current page. */
  begin(element: Element): string {
    const page = this.pdf.page;
    const parents = this.pdf.getStructParentTree().get(page.structParentTreeKey) as Reference[];
    const mcid = parents.length;
    parents.push(this.materialise(element));
    element.kids.push({ kind: 'mcid', page: page.dictionary, mcid });
    return `/${element.type} <</MCID ${mcid}>> BDC`;
  }

  /** Records the link annotation just added to the current page as a child of `link`. */
  annotation(link: Element, annotation: Reference): void {
    link.kids.push({ kind: 'annotation', page: this.pdf.page.dictionary, annotation });
  }

  /** A key of the parent tree for an annotation of `link` (its /StructParent). */
  annotationKey(link: Element): number {
    const key = this.pdf.createStructParentTreeNextKey();
    // pdfkit starts every key as a page's array; an annotation's entry is its element itself.
    this.pdf.getStructParentTree().add(key, this.materialise(link));
    return key;
  }

  /** Writes every element that has content, and hangs the tree from the document's catalog. */
  finish(): void {
    const root = this.pdf.getStructTreeRoot();
    if (this.root.ref === null) return;
    this.write(this.root, root);
    root.data.K = [this.root.ref];
  }

  private write(element: Element, parent: Reference): void {
    const ref = element.ref!;
    const kids: unknown[] = [];
    // The element's page is that of its first content; content on it is a bare MCID, cheaper to write
    // and read than a marked-content reference, which only content on later pages needs.
    let page: Reference | null = null;
    for (const kid of element.kids) {
      if ('type' in kid) {
        if (kid.ref === null) continue;
        this.write(kid, ref);
        kids.push(kid.ref);
      } else if (kid.kind === 'mcid') {
        page ??= kid.page;
        kids.push(kid.page === page ? kid.mcid : { Type: 'MCR', Pg: kid.page, MCID: kid.mcid });
      } else {
        kids.push({ Type: 'OBJR', Pg: kid.page, Obj: kid.annotation });
      }
    }
    const data: Record<string, unknown> = { Type: 'StructElem', S: element.type, P: parent };
    if (page !== null) data.Pg = page;
    Object.assign(ref.data, data, { K: kids }, element.extra);
    ref.end(undefined);
  }
}
