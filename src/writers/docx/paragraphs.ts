/**
 * Builds the body's paragraphs with what the block handlers share: a style, list numbering from a
 * numbering definition, a bookmark on the numbered text for cross-references, indents and
 * keep-with-next.
 */
import type { Block, Paragraph as ParagraphNode } from '../../model/index.js';
import { inlineEnv, renderInlines, textRun } from './inlines.js';
import { NUMBER_GAP } from './numbering.js';
import { bookmarkXml, paragraphXml, runXml, TAB_XML, type ParagraphProperties } from './ooxml.js';
import type { BlockEnv, NumberedAt, Place, RenderState } from './render-state.js';
import { Style } from './styles.js';

/** What a paragraph needs beyond its runs. */
export interface ParagraphSpec {
  style: string;
  /** The runs (XML). */
  content: string;
  /** Word list numbering; the state records the use so later lists know whether they restart. */
  numbering?: NumberedAt | null;
  /** A number written as text, for a provision Word's levels cannot number (it keeps a hanging indent). */
  literalNumber?: string;
  /** Bookmark around the runs, for REF fields. */
  bookmark?: string | null;
  /** Left indent of the text (twips); with a number, the number hangs `hangBy` to its left. */
  indent?: number;
  /** How far the number or bullet hangs left of the text; `NUMBER_GAP` unless given. */
  hangBy?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  /** The paragraph starts a page (a schedule's heading). */
  pageBreakBefore?: boolean;
  alignment?: ParagraphProperties['alignment'];
  tabs?: ParagraphProperties['tabs'];
  spacing?: ParagraphProperties['spacing'];
}

/** One paragraph from `spec`. */
export function buildParagraph(spec: ParagraphSpec, state: RenderState): string {
  let content = spec.bookmark ? bookmarkXml(spec.bookmark, state.nextBookmarkId(), spec.content) : spec.content;
  if (spec.literalNumber !== undefined) {
    content = textRun(spec.literalNumber, inlineEnv(state)) + runXml(TAB_XML) + content;
  }
  const hangs = Boolean(spec.numbering) || spec.literalNumber !== undefined;
  const props: ParagraphProperties = {
    style: spec.style,
    keepNext: spec.keepNext,
    keepLines: spec.keepLines,
    pageBreakBefore: spec.pageBreakBefore,
    numbering: spec.numbering ? { numId: state.numId(spec.numbering), level: spec.numbering.level } : null,
    tabs: spec.tabs,
    spacing: spec.spacing,
    indent:
      spec.indent === undefined
        ? undefined
        : { left: spec.indent, hanging: hangs ? (spec.hangBy ?? NUMBER_GAP) : undefined },
    // Body text is justified, as agreements are set and as the PDF sets it.
    alignment: spec.alignment ?? (spec.style === Style.body ? 'both' : undefined),
    mark: state.blockRevision === null ? null : state.revision(state.blockRevision),
  };
  if (spec.numbering) state.use(spec.numbering);
  return paragraphXml(props, content);
}

const ROLE_STYLES = { body: Style.body, lead: Style.lead, note: Style.note } as const;

/** A paragraph at the place's indent; `extra` adds numbering or a bookmark (a clause's or item's first paragraph). */
export function paragraphBlock(node: ParagraphNode, env: BlockEnv, extra: Partial<ParagraphSpec> = {}): string {
  const spec: ParagraphSpec = {
    style: ROLE_STYLES[node.role ?? 'body'],
    content: renderInlines(node.children, inlineEnv(env.state)),
    ...(env.place.indent > 0 ? { indent: env.place.indent } : {}),
    ...extra,
  };
  return buildParagraph(spec, env.state);
}

/**
 * The blocks of a numbered unit (an untitled clause, a list item) at `inner`: its first paragraph carries
 * `lead` (number and bookmark); when it does not start with a paragraph, an empty numbered one stands in,
 * so Word still counts it.
 */
export function numberedBlocks(
  children: readonly Block[],
  env: BlockEnv,
  inner: Place,
  lead: Partial<ParagraphSpec>,
): string {
  const [first, ...rest] = children;
  const innerEnv: BlockEnv = { ...env, place: inner };
  if (first?.type === 'paragraph') {
    const keep = rest[0]?.type === 'table' ? { keepNext: true } : {};
    return paragraphBlock(first, innerEnv, { ...lead, ...keep }) + env.render(rest, inner);
  }
  const stand = buildParagraph({ style: Style.body, content: '', indent: inner.indent, ...lead }, env.state);
  return stand + env.render(children, inner);
}
