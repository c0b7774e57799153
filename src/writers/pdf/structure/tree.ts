/**
 * The structure tree of a tagged PDF: what a screen reader follows. Elements (Document, H1–H3, P, L,
 * LI, Lbl, LBody, Table, TR, TH, TD, Link, TOC, TOCI, Reference, Div) are opened as the blocks are set,
 * each drawn line is a marked-content sequence (MCID) of the element it belongs to, links take their
 * annotation as a child, and everything else on a page (rules, shading, footers, the DRAFT marking) is an artifact.
 *
 * Element objects are made only for elements that end up with content, in the order they first get
 * some, so the same document always numbers its objects the same way. They are made when the tree is
 * written, not while the pages are set: until then the parent tree holds the elements themselves, and
 * the thousands of pdfkit objects a long document needs never outlive a page's worth of garbage.
 */
import type PDFDocument from 'pdfkit';

type Reference = PDFKit.PDFKitReference;

/** The parts of pdfkit's marking support used here that its type declarations leave out. */
type PdfKitDocument = typeof PDFDocument.prototype & {
  getStructParentTree(): { get(key: number): unknown; add(key: number, value: unknown): void };
  page: { structParentTreeKey: number; dictionary: Reference };
  _write(data: string): void;
  _offset: number;
  _refEnd(ref: Reference): void;
};

/** What pdfkit's reference objects carry beyond their declared type. */
type ReferenceObject = Reference & { id: number; offset: number };

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
  | 'Reference'
  | 'TOC'
  | 'TOCI'
  | 'Div';

/**
 * A child that is not an element: a link's annotation, or a marked-content sequence, kept as a number
 * (the page's place among pages with tagged content × SEQUENCES + its MCID): there is one per drawn
 * line, and a long document's lines are too many to keep as objects until the tree is written.
 */
type Content = number | { page: Reference; annotation: Reference };
const SEQUENCES = 2 ** 20;

/** An element of the tree. */
export interface Element {
  readonly type: StructureType;
  readonly parent: Element | null;
  readonly kids: (Element | Content)[];
  /** True once it has content (directly or below it): only such elements are written. */
  made: boolean;
  /** Its object, made when the tree is written. */
  ref: Reference | null;
  /** A header cell's scope: whether it heads a column or a row. */
  readonly scope: 'Column' | 'Row' | null;
}

/** Where drawn content belongs: an element, or the page's furniture. */
export type Tag = Element | 'artifact';

/** Builds the tree while the document is set, and writes it when the document ends. */
export class StructureTree {
  readonly root: Element;

  private readonly pdf: PdfKitDocument;

  constructor(pdf: typeof PDFDocument.prototype) {
    this.pdf = pdf as PdfKitDocument;
    this.root = { type: 'Document', parent: null, kids: [], made: false, ref: null, scope: null };
  }

  /** A new element, the last child of `parent`. */
  open(type: StructureType, parent: Element, scope: Element['scope'] = null): Element {
    const element: Element = { type, parent, kids: [], made: false, ref: null, scope };
    parent.kids.push(element);
    return element;
  }

  /** Elements with content, in the order they first got some: the order their objects are made in. */
  private readonly made: Element[] = [];
  /** Parent-tree entries that hold elements until the elements have objects: pages' arrays, annotations' keys. */
  private readonly pageParents: (Element | Reference)[][] = [];
  /** The page of each array in `pageParents`. */
  private readonly pages: Reference[] = [];
  /** The place of each page's parent-tree array in `pageParents`. */
  private readonly pageOrdinals = new Map<unknown[], number>();
  private readonly annotationKeys: [number, Element][] = [];

  /** Marks `element` and its ancestors as having content. */
  private materialise(element: Element): Element {
    if (element.made) return element;
    if (element.parent !== null) this.materialise(element.parent);
    element.made = true;
    this.made.push(element);
    return element;
  }

  /** The operator opening a marked-content sequence of `element` on the current page. */
  begin(element: Element): string {
    const page = this.pdf.page;
    const parents = this.pdf.getStructParentTree().get(page.structParentTreeKey) as (Element | Reference)[];
    let ordinal = this.pageOrdinals.get(parents);
    if (ordinal === undefined) {
      ordinal = this.pageParents.length;
      this.pageOrdinals.set(parents, ordinal);
      this.pageParents.push(parents);
      this.pages.push(page.dictionary);
    }
    const mcid = parents.length;
    parents.push(this.materialise(element));
    element.kids.push(ordinal * SEQUENCES + mcid);
    return `/${element.type} <</MCID ${mcid}>> BDC`;
  }

  /** Records the link annotation just added to the current page as a child of `link`. */
  annotation(link: Element, annotation: Reference): void {
    link.kids.push({ page: this.pdf.page.dictionary, annotation });
  }

  /** A key of the parent tree for an annotation of `link` (its /StructParent). */
  annotationKey(link: Element): number {
    const key = this.pdf.createStructParentTreeNextKey();
    // pdfkit starts every key as a page's array; an annotation's entry is its element itself.
    this.annotationKeys.push([key, this.materialise(link)]);
    return key;
  }

  /** Writes every element that has content, and hangs the tree from the document's catalog. */
  finish(): void {
    const root = this.pdf.getStructTreeRoot();
    if (!this.root.made) return;
    for (const element of this.made) element.ref = this.pdf.ref({});
    for (const parents of this.pageParents)
      parents.forEach((entry, index) => {
        parents[index] = (entry as Element).ref!;
      });
    const tree = this.pdf.getStructParentTree();
    for (const [key, element] of this.annotationKeys) tree.add(key, element.ref!);
    this.write(this.root, root);
    root.data.K = [this.root.ref];
  }

  /**
   * Writes `element`'s object and those below it. The dictionaries are written here as text, in the
   * layout pdfkit gives its own objects, rather than through pdfkit's generic serialiser: a document has
   * thousands of elements, and the generic path was most of the cost of tagging.
   */
  private write(element: Element, parent: Reference): void {
    const ref = element.ref! as ReferenceObject;
    const kids: string[] = [];
    // The element's page is that of its first content; content on it is a bare MCID, cheaper to write
    // and read than a marked-content reference, which only content on later pages needs.
    let page: Reference | null = null;
    for (const kid of element.kids) {
      if (typeof kid === 'number') {
        const kidPage = this.pages[Math.floor(kid / SEQUENCES)]!;
        const mcid = kid % SEQUENCES;
        page ??= kidPage;
        kids.push(kidPage === page ? String(mcid) : `<<\n/Type /MCR\n/Pg ${kidPage}\n/MCID ${mcid}\n>>`);
      } else if ('type' in kid) {
        if (!kid.made) continue;
        this.write(kid, ref);
        kids.push(String(kid.ref));
      } else {
        kids.push(`<<\n/Type /OBJR\n/Pg ${kid.page}\n/Obj ${kid.annotation}\n>>`);
      }
    }
    let body = `<<\n/Type /StructElem\n/S /${element.type}\n/P ${parent}\n`;
    if (page !== null) body += `/Pg ${page}\n`;
    body += `/K [${kids.join(' ')}]\n`;
    if (element.scope !== null) body += `/A <<\n/O /Table\n/Scope /${element.scope}\n>>\n`;
    ref.offset = this.pdf._offset;
    this.pdf._write(`${ref.id} 0 obj\n${body}>>\nendobj`);
    this.pdf._refEnd(ref);
  }
}
