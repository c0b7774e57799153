/**
 * Smart constructors for the document model, used by compose and by tests.
 *
 * Like pandoc-types' Builder: each function returns one well-formed node. Where an inline is expected a
 * plain string is accepted (it becomes a `text` node); where a block is expected a string becomes a body
 * paragraph. Builders never set `number` or reference `text`: numbering fills those in.
 */
import type {
  Block,
  Clause,
  Definition,
  DefinedTerm,
  Definitions,
  Deletion,
  Document,
  DocumentMeta,
  Emphasis,
  Inline,
  Insertion,
  LineBreak,
  List,
  ListItem,
  PageBreak,
  Paragraph,
  Reference,
  Section,
  SignatureBlock,
  Signer,
  Witness,
  Signatures,
  Strong,
  Table,
  TableCell,
  Text,
} from './types.js';

/** An inline, or a string standing for a text node. */
export type InlineLike = Inline | string;

/** A block, or a string standing for a body paragraph of that text. */
export type BlockLike = Block | string;

/** Cell content: a cell, one inline, a string, or a run of inlines. */
export type CellLike = TableCell | InlineLike | InlineLike[];

/** Turns strings into text nodes. */
export function inlines(children: readonly InlineLike[]): Inline[] {
  return children.map((child) => (typeof child === 'string' ? text(child) : child));
}

/** Turns strings into paragraphs. */
export function blocks(children: readonly BlockLike[]): Block[] {
  return children.map((child) => (typeof child === 'string' ? paragraph(child) : child));
}

/** Literal text. */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** Bold inlines. */
export function strong(...children: InlineLike[]): Strong {
  return { type: 'strong', children: inlines(children) };
}

/** Italic inlines. */
export function emphasis(...children: InlineLike[]): Emphasis {
  return { type: 'emphasis', children: inlines(children) };
}

/** A reference to a section, clause, list item or schedule id, in this document or in `document`. */
export function ref(target: string, document: string | null = null): Reference {
  return { type: 'reference', target, document };
}

/** A use of a defined term. */
export function term(name: string): DefinedTerm {
  return { type: 'definedTerm', term: name };
}

/** Inserted text in a redline. */
export function insertion(...children: InlineLike[]): Insertion {
  return { type: 'insertion', children: inlines(children) };
}

/** Deleted text in a redline. */
export function deletion(...children: InlineLike[]): Deletion {
  return { type: 'deletion', children: inlines(children) };
}

/** A forced line break. */
export function lineBreak(): LineBreak {
  return { type: 'lineBreak' };
}

/** A body paragraph. */
export function paragraph(...children: InlineLike[]): Paragraph {
  return { type: 'paragraph', children: inlines(children) };
}

/** A paragraph with an explicit role (`lead` for cover lines, `note` for drafting or status notes). */
export function paragraphAs(role: NonNullable<Paragraph['role']>, ...children: InlineLike[]): Paragraph {
  return { type: 'paragraph', children: inlines(children), role };
}

/** A top-level section; `kind` defaults to a numbered body section. */
export function section(
  id: string,
  title: string,
  children: readonly BlockLike[],
  kind: Section['kind'] = 'body',
): Section {
  return { type: 'section', id, title, kind, children: blocks(children) };
}

/** A schedule: a section numbered "Schedule N" whose clauses restart at 1. */
export function schedule(id: string, title: string, children: readonly BlockLike[]): Section {
  return section(id, title, children, 'schedule');
}

/** A clause (or sub-clause, when nested in a clause); `title` may be null. */
export function clause(id: string, title: string | null, children: readonly BlockLike[]): Clause {
  return { type: 'clause', id, title, children: blocks(children) };
}

/** A list; items given as strings become one-paragraph items without an id. */
export function list(ordered: boolean, items: readonly (ListItem | string)[]): List {
  return {
    type: 'list',
    ordered,
    items: items.map((entry) => (typeof entry === 'string' ? item([entry]) : entry)),
  };
}

/** A list item; a string stands for one paragraph. Give an `id` when a reference may point at it. */
export function item(children: readonly BlockLike[] | string, id: string | null = null): ListItem {
  const content = typeof children === 'string' ? [children] : children;
  return { type: 'listItem', id, children: blocks(content) };
}

/** One table cell. */
export function cell(...children: InlineLike[]): TableCell {
  return { type: 'tableCell', children: inlines(children) };
}

function toCell(content: CellLike): TableCell {
  if (Array.isArray(content)) return cell(...content);
  if (typeof content !== 'string' && content.type === 'tableCell') return content;
  return cell(content);
}

/** A table with one header row; `align` gives each column's alignment ('right' for figures). */
export function table(
  header: readonly CellLike[],
  rows: readonly (readonly CellLike[])[],
  align: readonly ('left' | 'right')[],
): Table {
  return {
    type: 'table',
    header: header.map(toCell),
    rows: rows.map((row) => row.map(toCell)),
    align: [...align],
  };
}

/** One definition: the term and its meaning. */
export function definition(termName: string, ...meaning: InlineLike[]): Definition {
  return { type: 'definition', term: termName, children: inlines(meaning) };
}

/** The body of a definitions clause. */
export function definitions(items: readonly Definition[]): Definitions {
  return { type: 'definitions', items: [...items] };
}

/** What `signatureBlock` needs; `capacity` defaults to "Signed for and on behalf of". */
export interface SignatureBlockInit {
  party: string;
  name: string | null;
  jobTitle: string | null;
  capacity?: string;
  terms?: string | null;
  date?: string | null;
  /** A witness to name, or `true` for blank witness lines; none by default. */
  witness?: Witness | boolean | null;
  /** Further signatories after the first (a second director, a second officer). */
  more?: readonly Signer[];
}

/** One party's execution block. */
export function signatureBlock(init: SignatureBlockInit): SignatureBlock {
  return {
    type: 'signatureBlock',
    capacity: init.capacity ?? 'Signed for and on behalf of',
    party: init.party,
    terms: init.terms ?? null,
    signers: [
      {
        name: init.name,
        jobTitle: init.jobTitle,
        date: init.date ?? null,
        witness: init.witness === true ? { name: null, occupation: null } : init.witness || null,
      },
      ...(init.more ?? []),
    ],
  };
}

/** Execution blocks, one per party. */
export function signatures(parties: readonly (SignatureBlock | SignatureBlockInit)[]): Signatures {
  return {
    type: 'signatures',
    parties: parties.map((p) => ('type' in p ? p : signatureBlock(p))),
  };
}

/** A page break. */
export function pageBreak(): PageBreak {
  return { type: 'pageBreak' };
}

/** A whole document. */
export function documentOf(kind: string, name: string, meta: DocumentMeta, children: readonly BlockLike[]): Document {
  return { type: 'document', kind, name, meta: { ...meta }, children: blocks(children) };
}
