/**
 * The package around the body, made by docx once per kind of document and reused.
 *
 * docx compiles its whole component tree into XML and zips every part on each render, and two thirds
 * of a warm render went there, for parts that are the same in every document of a kind: styles,
 * settings, theme, font table, relationships. A skeleton is docx's package for one kind (language,
 * draft or not, what Word is to do on opening, comments or not, which custom properties), made with
 * markers where a document's own values go. A render keeps the skeleton's compressed parts and writes
 * only the parts that differ: the footer and the custom properties with the values in place of the
 * markers, numbering.xml with a w:num per list instance the body used (docx's own w:num for each
 * definition, renumbered), the core properties, the comments, and the document with its body.
 */
import { File, Packer } from 'docx';
import type { Document } from '../../model/index.js';
import { PartnershipError } from '../../errors.js';
import { documentFooter, documentHeader, footerValues } from './header-footer.js';
import { FIRST_NUM_ID, Numbering, numberingOptions, type NumberingReference } from './numbering.js';
import { escapeAttribute } from './ooxml.js';
import { entryText, readEntries, type Entry } from './package.js';
import { pageProperties } from './page.js';
import { customPropertiesOf } from './properties.js';
import { REVISION_AUTHOR, type RenderState } from './render-state.js';
import { stylesOptions } from './styles.js';
import { writableText } from './xml-text.js';

/** What makes one skeleton differ from another. */
export interface SkeletonKind {
  language: string;
  draft: boolean;
  /** Word keeps tracking changes (a redline). */
  trackRevisions: boolean;
  /** Word updates the fields on opening (the contents' page numbers). */
  updateFields: boolean;
  /** The package has a comments part (a reviewer copy). */
  comments: boolean;
  /** The custom properties' names, in order. */
  customProperties: readonly string[];
}

/** A package made by docx, to be completed for one document. */
interface Skeleton {
  entries: readonly Entry[];
  /** word/document.xml before and after the body. */
  documentHead: string;
  documentTail: string;
  /** numbering.xml up to its first list instance, and its end. */
  numberingHead: string;
  numberingTail: string;
  /** Each definition's w:num, its id written as NUM_ID. */
  numberingInstances: ReadonlyMap<NumberingReference, string>;
  /** The parts with markers, as docx wrote them. */
  footer: string;
  customProperties: string;
}

const DOCUMENT_PATH = 'word/document.xml';
const NUMBERING_PATH = 'word/numbering.xml';
const FOOTER_PATH = 'word/footer1.xml';
const CUSTOM_PROPERTIES_PATH = 'docProps/custom.xml';
const BODY_OPEN = '<w:body>';
const NUMBERING_CLOSE = '</w:numbering>';
const NUM_ID = '\uE002';

/** A marker for the `index`th value: private-use characters, which nothing else in a skeleton holds. */
const marker = (index: number) => `\uE000${index}\uE001`;
const MARKERS = /\uE000(\d+)\uE001/g;

/** `xml` with each marker replaced by its value, escaped as docx escapes text (values are not scanned again). */
function fillMarkers(xml: string, values: readonly string[]): string {
  return xml.replace(MARKERS, (_, index: string) => escapeAttribute(values[Number(index)] ?? ''));
}

function corrupt(what: string): PartnershipError {
  return new PartnershipError('internal', `Cannot make the .docx package: ${what}`);
}

function partOf(entries: readonly Entry[], path: string): Entry {
  const entry = entries.find((e) => e.path === path);
  if (entry === undefined) throw corrupt(`docx wrote no ${path}`);
  return entry;
}

/** The list definitions, in the order the skeleton makes one instance of each. */
const REFERENCES: readonly NumberingReference[] = Object.values(Numbering);

async function makeSkeleton(kind: SkeletonKind): Promise<Skeleton> {
  const footerMarkers: [string, string] = [marker(0), marker(1)];
  // A comment makes docx add the comments part and its relationship; the part's content is the render's.
  const comments = kind.comments ? { children: [{ id: 0, author: REVISION_AUTHOR, children: [] }] } : undefined;
  const file = new File({
    comments,
    ...stylesOptions(kind.language),
    numbering: numberingOptions(),
    features: { trackRevisions: kind.trackRevisions, updateFields: kind.updateFields },
    customProperties: kind.customProperties.map((name, index) => ({ name, value: marker(2 + index) })),
    sections: [
      {
        properties: pageProperties(),
        headers: { default: documentHeader(kind.draft) },
        footers: { default: documentFooter(kind.draft, footerMarkers) },
        children: [],
      },
    ],
  });
  for (const reference of REFERENCES) file.Numbering.createConcreteNumberingInstance(reference, 0);
  const entries = readEntries(await Packer.pack(file, 'uint8array', false));

  const documentXml = entryText(partOf(entries, DOCUMENT_PATH));
  const bodyAt = documentXml.indexOf(BODY_OPEN);
  if (bodyAt < 0) throw corrupt(`no body in ${DOCUMENT_PATH}`);
  const cut = bodyAt + BODY_OPEN.length;

  const numberingXml = entryText(partOf(entries, NUMBERING_PATH));
  const instances = new Map<NumberingReference, string>();
  let numberingHeadEnd = -1;
  REFERENCES.forEach((reference, index) => {
    const open = `<w:num w:numId="${FIRST_NUM_ID + index}">`;
    const start = numberingXml.indexOf(open);
    const end = numberingXml.indexOf('</w:num>', start);
    if (start < 0 || end < 0) throw corrupt(`no w:num for the list \`${reference}\` in ${NUMBERING_PATH}`);
    if (index === 0) numberingHeadEnd = start;
    instances.set(reference, `<w:num w:numId="${NUM_ID}">${numberingXml.slice(start + open.length, end)}</w:num>`);
  });
  if (!numberingXml.endsWith(NUMBERING_CLOSE)) throw corrupt(`${NUMBERING_PATH} does not end as expected`);

  return {
    entries,
    documentHead: documentXml.slice(0, cut),
    documentTail: documentXml.slice(cut),
    numberingHead: numberingXml.slice(0, numberingHeadEnd),
    numberingTail: NUMBERING_CLOSE,
    numberingInstances: instances,
    footer: entryText(partOf(entries, FOOTER_PATH)),
    customProperties: entryText(partOf(entries, CUSTOM_PROPERTIES_PATH)),
  };
}

/** Skeletons made in this process, by kind; a handful of kinds cover every document of a language. */
const skeletons = new Map<string, Promise<Skeleton>>();
const MAX_SKELETONS = 32;

function skeletonFor(kind: SkeletonKind): Promise<Skeleton> {
  const key = JSON.stringify(kind);
  let skeleton = skeletons.get(key);
  if (skeleton === undefined) {
    if (skeletons.size >= MAX_SKELETONS) skeletons.delete(skeletons.keys().next().value as string);
    skeleton = makeSkeleton(kind);
    // A failed make is not kept, so the next render tries again and reports its own error.
    skeleton.catch(() => skeletons.delete(key));
    skeletons.set(key, skeleton);
  }
  return skeleton;
}

/** The kind of package `doc` needs. */
export function skeletonKind(
  doc: Document,
  state: RenderState,
  flags: { trackRevisions: boolean; comments: boolean },
): SkeletonKind {
  return {
    language: doc.meta.language,
    draft: doc.meta.status === 'draft',
    trackRevisions: flags.trackRevisions,
    updateFields: state.contents !== null,
    comments: flags.comments,
    customProperties: customPropertiesOf(doc.meta).map(({ name }) => name),
  };
}

/**
 * The values the package prints of `doc` (custom properties, then the footer's lines), made writable
 * before the body is rendered, so their warnings come first, as the package's parts do.
 */
export function packageValues(doc: Document, state: RenderState): string[] {
  const custom = customPropertiesOf(doc.meta).map(({ value }) => writableText(value, state));
  const footer = footerValues(doc.meta).map((value) => writableText(value, state));
  // Markers 0 and 1 are the footer's, then the custom properties' in order.
  return [...footer, ...custom];
}

/**
 * The package's parts for a document of `kind`: the skeleton's entries, and the XML of each part the
 * document writes itself, by path, with its `body` and its `values` (from `packageValues`).
 */
export async function documentParts(
  kind: SkeletonKind,
  body: string,
  values: readonly string[],
  state: RenderState,
): Promise<{ entries: readonly Entry[]; parts: Map<string, string> }> {
  const skeleton = await skeletonFor(kind);
  const instances = state.listInstances.map((reference, index) => {
    const num = skeleton.numberingInstances.get(reference);
    if (num === undefined) throw corrupt(`no numbering definition \`${reference}\``);
    return num.replace(NUM_ID, String(FIRST_NUM_ID + index));
  });
  const parts = new Map<string, string>([
    [DOCUMENT_PATH, skeleton.documentHead + body + skeleton.documentTail],
    [NUMBERING_PATH, skeleton.numberingHead + instances.join('') + skeleton.numberingTail],
    [FOOTER_PATH, fillMarkers(skeleton.footer, values)],
    [CUSTOM_PROPERTIES_PATH, fillMarkers(skeleton.customProperties, values)],
  ]);
  return { entries: skeleton.entries, parts };
}
