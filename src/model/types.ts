/**
 * The document model: what every writer renders and every template composes into.
 *
 * Closed discriminated unions on `type`. A writer switches on `type` with a `never` default, so adding
 * a variant fails to compile until every writer handles it. Numbers (`number`, reference `text`) are
 * absent after composition and filled in by `numberDocument` (model/number/); writers print them.
 */

/** What the document says about itself: cover, running footer and file properties. */
export interface DocumentMeta {
  /** The document's title, e.g. "Partnership Agreement". */
  title: string;
  /** The partnership's name, as the spec gives it. */
  partnership: string;
  /** The partnership's short name, or null. */
  shortName: string | null;
  /** `meta.spec_id`. */
  specId: string;
  /** `meta.version` (semver). */
  version: string;
  /** `meta.status`: draft, agreed, signed or superseded. */
  status: 'draft' | 'agreed' | 'signed' | 'superseded';
  /** `meta.prepared_date`, ISO `YYYY-MM-DD`; the only date any writer may embed. */
  date: string;
  /** The same date for people, e.g. "1 April 2026". */
  dateText: string;
  /** `meta.supersedes`, or null. */
  supersedes: string | null;
  /** Stable identifier of this document: `<spec_id>/<version>/<file stem>`. */
  documentId: string;
  /** Subject line for document properties. */
  subject: string;
  /** Author for document properties (the preparing member, or the partnership). */
  creator: string;
  /** partnership-docs version that produced the document. */
  toolVersion: string;
  /** Hash of the template set used, so a reviewer can tell two runs' templates apart. */
  templateHash: string;
  /** BCP 47 language of the text. */
  language: string;
  /** In a redline, who the tracked changes are attributed to; absent elsewhere. */
  revisionAuthor?: string;
}

/** A whole document: metadata plus the blocks of its body, in order. */
export interface Document {
  type: 'document';
  /** Which kind of document (`partnership_agreement`): a key of compose's document-kind registry. */
  kind: string;
  /** File stem, kebab-case: `partnership-agreement`, `terms-of-reference-network-forum`. */
  name: string;
  meta: DocumentMeta;
  children: Block[];
}

declare const numbered: unique symbol;

/**
 * A Document whose section, clause and list numbers and reference texts are filled in. Only
 * `numberDocument` makes one, and every writer takes one, so an unnumbered document cannot reach a
 * writer: before, the PDF writer printed it without numbers while the text writer threw.
 */
export type NumberedDocument = Document & { readonly [numbered]: true };

/** Blocks that may stand at the top of a document. */
export type Block = Section | Clause | Paragraph | List | Table | Signatures | Definitions | PageBreak | Changed;

/** How a whole block, item or row changed in a redline: added, removed, or moved away from or to here. */
export type BlockChange = 'inserted' | 'deleted' | 'movedFrom' | 'movedTo';

/** Blocks a redline marks whole (paragraph marks included): inserted, deleted, or moved (`moveId` pairs the ends). */
export interface Changed {
  type: 'changed';
  change: BlockChange;
  /** For a move, the same name at both ends; else null. */
  moveId: string | null;
  children: Block[];
}

/** A top-level part of the document with a heading: numbered 1, 2… or, as a schedule, "Schedule 1". */
export interface Section {
  type: 'section';
  /** Stable id, used by references and custom clauses. */
  id: string;
  title: string;
  /**
   * `body` sections are numbered 1, 2…; `schedule` sections "Schedule N"; `unnumbered` ones (Parties, Background)
   * carry no number.
   */
  kind: 'body' | 'schedule' | 'unnumbered';
  children: Block[];
  /** Filled by numbering: "3" or "Schedule 2"; null for unnumbered sections. */
  number?: string | null;
  /** In a redline whose title changed, the title with its changes marked; absent elsewhere. */
  titleMarks?: Inline[];
}

/** A numbered provision: 1.1 inside a section, 1.1.1 inside a clause; 1, 1.1 inside a schedule. */
export interface Clause {
  type: 'clause';
  /** Stable id, used by references and custom clauses. */
  id: string;
  /** Optional short heading printed in bold before the text. */
  title: string | null;
  children: Block[];
  /** Filled by numbering: "14.3" (or "2.1" inside a schedule). */
  number?: string;
  /** In a redline whose title changed, the title with its changes marked; absent elsewhere. */
  titleMarks?: Inline[];
}

/** A run of inline content. */
export interface Paragraph {
  type: 'paragraph';
  children: Inline[];
  /** `lead` paragraphs introduce a document (cover lines); `note` ones are drafting or status notes. */
  role?: 'body' | 'lead' | 'note';
}

/** A list; ordered lists inside a clause are its paragraphs (a), (b)… */
export interface List {
  type: 'list';
  ordered: boolean;
  items: ListItem[];
}

/** One item of a list; an `id` lets a reference say "clause 14.3(b)". */
export interface ListItem {
  type: 'listItem';
  id: string | null;
  children: Block[];
  /** Filled by numbering for ordered items: "(b)". */
  number?: string;
  /** In a redline, an item inserted or deleted whole; absent elsewhere. */
  change?: 'inserted' | 'deleted';
}

/** A table with one header row that repeats across pages. */
export interface Table {
  type: 'table';
  /** The spec item the whole table describes (one table per member), or absent. A redline pairs tables by it. */
  itemId?: string;
  header: TableCell[];
  rows: TableCell[][];
  /** Per column: 'left' for text, 'right' for figures. */
  align: ('left' | 'right')[];
  /**
   * Per body row: the id of the spec item the row comes from (a member, a work area), or null; absent
   * when no row has one. A redline pairs rows by it.
   */
  rowIds?: (string | null)[];
  /** In a redline, per body row: inserted, deleted or unchanged (null); absent elsewhere. */
  rowChanges?: ('inserted' | 'deleted' | null)[];
}

/** One table cell. */
export interface TableCell {
  type: 'tableCell';
  children: Inline[];
}

/** Execution blocks, one per party, never split across pages. */
export interface Signatures {
  type: 'signatures';
  parties: SignatureBlock[];
}

/** What one party's execution block shows. */
export interface SignatureBlock {
  type: 'signatureBlock';
  /** The words before the party's name, e.g. "Executed as a deed by". */
  capacity: string;
  /** The party's legal name. */
  party: string;
  /** The words after the party's name ("acting by two authorised signatories"), or null. */
  terms: string | null;
  /** Who signs, in order: one or more signatories, each with their own lines. */
  signers: Signer[];
}

/** One person signing in a party's execution block. */
export interface Signer {
  /** The signatory's name and job title (printed under the line), or null for a line to write them on. */
  name: string | null;
  jobTitle: string | null;
  /** Date as text, or null for a blank "Date:" line. */
  date: string | null;
  /** The witness lines, when this signature needs a witness (deeds, Scots self-proving execution); else null. */
  witness: Witness | null;
}

/**
 * Who witnesses a signature, as far as the spec says: what it names is printed, what it leaves out
 * (always the address, which a witness writes by hand) is a line to fill in.
 */
export interface Witness {
  name: string | null;
  occupation: string | null;
}

/** The definitions clause body: term → meaning, in order. */
export interface Definitions {
  type: 'definitions';
  items: Definition[];
}

/** One defined term and its meaning; the meaning carries its own verb ("means …", "has the meaning given in …"). */
export interface Definition {
  type: 'definition';
  term: string;
  children: Inline[];
  /** In a redline, a definition inserted or deleted whole; absent elsewhere. */
  change?: 'inserted' | 'deleted';
}

/** Start a new page (e.g. before execution or a schedule). */
export interface PageBreak {
  type: 'pageBreak';
}

/** Inline content. */
export type Inline = Text | Strong | Emphasis | Reference | DefinedTerm | Insertion | Deletion | LineBreak;

/** Literal text; never interpreted as markup by any writer. */
export interface Text {
  type: 'text';
  value: string;
  /** In a reviewer copy, the spec field this value came from; absent elsewhere. */
  source?: ValueSource;
}

/** Where a value of a reviewer copy came from: Word shows it as a comment, PDF and text as a marker `[n]`. */
export interface ValueSource {
  /** The marker's number: one per source, in the order the document first uses it. */
  number: number;
  /** The spec field and its line: "members[3].legal_name, line 88". */
  label: string;
}

/** Bold. */
export interface Strong {
  type: 'strong';
  children: Inline[];
}

/** Italic. */
export interface Emphasis {
  type: 'emphasis';
  children: Inline[];
}

/** A cross-reference to a section, clause, list item or schedule, here or in another document of the pack. */
export interface Reference {
  type: 'reference';
  /** Id of the target section, clause or list item. */
  target: string;
  /** The kind of another document of the same pack, or null for this one. */
  document: string | null;
  /** Filled by numbering: "clause 14.3(b)", "Schedule 4", "clause 10.2 of the Partnership Agreement". */
  text?: string;
}

/** A use of a defined term (capitalised in the text; checked against the definitions). */
export interface DefinedTerm {
  type: 'definedTerm';
  term: string;
}

/** Text added in a redline (a tracked insertion in Word). */
export interface Insertion {
  type: 'insertion';
  children: Inline[];
}

/** Text removed in a redline (a tracked deletion in Word). */
export interface Deletion {
  type: 'deletion';
  children: Inline[];
}

/** A forced line break inside a paragraph (e.g. a newline inside a user's value). */
export interface LineBreak {
  type: 'lineBreak';
}

/** Any node of the model. */
export type Node = Document | Block | ListItem | TableCell | SignatureBlock | Definition | Inline;
