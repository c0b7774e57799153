/**
 * WordprocessingML for the document body, written as strings: paragraphs, runs, text, tabs, breaks,
 * bookmarks and tracked changes, with the child elements in the order the schema requires.
 *
 * The body is the bulk of a document, and docx's component tree costs about ten times as much per
 * paragraph as writing the XML directly (see bench/docx.mjs), so the body is written here and docx
 * packs everything around it. All text goes through `escapeText`/`escapeAttribute`; nothing a user
 * wrote can become markup.
 */

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;' };

/** Escapes element content. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (char) => TEXT_ESCAPES[char] as string);
}

/** Escapes an attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ATTRIBUTE_ESCAPES[char] as string);
}

/** Character formatting of a run. */
export interface RunFormat {
  bold?: boolean;
  italics?: boolean;
  /** Right-to-left text (Hebrew, Arabic): Word sets it with the complex-script properties and order. */
  rtl?: boolean;
}

/** What a tracked change does: insert, delete, or move text away from or to its place. */
export type RevisionKind = 'ins' | 'del' | 'moveFrom' | 'moveTo';

/** A tracked change a run belongs to. */
export interface Revision {
  kind: RevisionKind;
  id: number;
  author: string;
  date: string;
}

function runProperties(format: RunFormat): string {
  const parts =
    (format.bold ? '<w:b/><w:bCs/>' : '') + (format.italics ? '<w:i/><w:iCs/>' : '') + (format.rtl ? '<w:rtl/>' : '');
  return parts === '' ? '' : `<w:rPr>${parts}</w:rPr>`;
}

// Word drops leading, trailing and repeated spaces (and reads tabs and newlines as spaces) unless told to keep them.
const NEEDS_PRESERVE = /^\s|\s$|\s\s|[\t\n\r]/;

/** Literal text; `deleted` text is `w:delText`, as Word requires inside `w:del`. */
export function textXml(value: string, deleted = false): string {
  const name = deleted ? 'w:delText' : 'w:t';
  const space = NEEDS_PRESERVE.test(value) ? ' xml:space="preserve"' : '';
  return `<${name}${space}>${escapeText(value)}</${name}>`;
}

/** A tab character. */
export const TAB_XML = '<w:tab/>';
/** A line break. */
export const BREAK_XML = '<w:br/>';
/** A page break. */
export const PAGE_BREAK_XML = '<w:br w:type="page"/>';

/** One run of `content` (text, tabs, breaks, field characters) in `format`, inside `revision` if given. */
export function runXml(content: string, format: RunFormat = {}, revision: Revision | null = null): string {
  const run = `<w:r>${runProperties(format)}${content}</w:r>`;
  if (revision === null) return run;
  const tag = `w:${revision.kind}`;
  return `<${tag} ${revisionAttributes(revision)}>${run}</${tag}>`;
}

/** The id, author and date of a tracked change, as attributes. */
export function revisionAttributes(revision: Revision): string {
  return `w:id="${revision.id}" w:author="${escapeAttribute(revision.author)}" w:date="${revision.date}"`;
}

/** A bookmark's start and end around `content`; `id` pairs them and is unique in the part. */
export function bookmarkXml(name: string, id: number, content: string): string {
  return `<w:bookmarkStart w:id="${id}" w:name="${escapeAttribute(name)}"/>${content}<w:bookmarkEnd w:id="${id}"/>`;
}

/** A tab stop: where, which way text aligns to it, and what fills the space before it. */
export interface TabStop {
  position: number;
  alignment: 'left' | 'right';
  leader?: 'underscore' | 'dot';
}

/** Paragraph properties, by the meaning of each element. */
export interface ParagraphProperties {
  style: string;
  keepNext?: boolean;
  keepLines?: boolean;
  pageBreakBefore?: boolean;
  numbering?: { numId: number; level: number } | null;
  tabs?: readonly TabStop[];
  spacing?: { before?: number; after?: number };
  indent?: { left: number; hanging?: number };
  alignment?: 'left' | 'right' | 'both';
  /** In a redline, the tracked change of the paragraph mark itself (a paragraph inserted, deleted or moved whole). */
  mark?: Revision | null;
}

function tabsXml(tabs: readonly TabStop[]): string {
  const stops = tabs.map(
    (tab) =>
      `<w:tab w:val="${tab.alignment}"${tab.leader ? ` w:leader="${tab.leader}"` : ''} w:pos="${tab.position}"/>`,
  );
  return `<w:tabs>${stops.join('')}</w:tabs>`;
}

/**
 * A paragraph: its properties (schema order: style, keeps, page break, numbering, tabs, spacing, indent,
 * justification) and runs.
 */
export function paragraphXml(props: ParagraphProperties, content: string): string {
  let pPr = `<w:pStyle w:val="${escapeAttribute(props.style)}"/>`;
  if (props.keepNext) pPr += '<w:keepNext/>';
  if (props.keepLines) pPr += '<w:keepLines/>';
  if (props.pageBreakBefore) pPr += '<w:pageBreakBefore/>';
  if (props.numbering)
    pPr += `<w:numPr><w:ilvl w:val="${props.numbering.level}"/><w:numId w:val="${props.numbering.numId}"/></w:numPr>`;
  if (props.tabs && props.tabs.length > 0) pPr += tabsXml(props.tabs);
  if (props.spacing) {
    const { before, after } = props.spacing;
    pPr += `<w:spacing${before === undefined ? '' : ` w:before="${before}"`}${after === undefined ? '' : ` w:after="${after}"`}/>`;
  }
  if (props.indent) {
    const { left, hanging } = props.indent;
    pPr += `<w:ind w:left="${left}"${hanging === undefined ? '' : ` w:hanging="${hanging}"`}/>`;
  }
  if (props.alignment) pPr += `<w:jc w:val="${props.alignment}"/>`;
  if (props.mark) pPr += `<w:rPr><w:${props.mark.kind} ${revisionAttributes(props.mark)}/></w:rPr>`;
  return `<w:p><w:pPr>${pPr}</w:pPr>${content}</w:p>`;
}
