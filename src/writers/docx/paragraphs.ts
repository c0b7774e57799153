/**
 * Builds Word paragraphs with what the block handlers share: a style, list numbering from a numbering
 * definition, a bookmark on the numbered text for cross-references, indents and keep-with-next.
 */
import { Paragraph, Tab, TextRun, type FileChild, type IParagraphOptions, type ParagraphChild } from 'docx';
import type { Block, Paragraph as ParagraphNode } from '../../model/index.js';
import { inlineEnv, renderInlines } from './inlines.js';
import { NUMBER_GAP } from './numbering.js';
import type { BlockEnv, NumberedAt, Place, RenderState } from './render-state.js';
import { Style } from './styles.js';
import { bookmarked } from './targets.js';

/** What a paragraph needs beyond its runs. */
export interface ParagraphSpec {
  style: string;
  children: readonly ParagraphChild[];
  /** Word list numbering; the state records the use so later lists know whether they restart. */
  numbering?: NumberedAt | null;
  /** A number written as text, for a provision Word's levels cannot number (it keeps a hanging indent). */
  literalNumber?: string;
  /** Bookmark around the runs, for REF fields. */
  bookmark?: string | null;
  /** Left indent of the text (twips); with numbering, the number hangs `hangBy` to its left. */
  indent?: number;
  /** How far the number or bullet hangs left of the text; `NUMBER_GAP` unless given. */
  hangBy?: number;
  keepNext?: boolean;
  keepLines?: boolean;
  alignment?: IParagraphOptions['alignment'];
  tabStops?: IParagraphOptions['tabStops'];
  spacing?: IParagraphOptions['spacing'];
}

/** One paragraph from `spec`. */
export function buildParagraph(spec: ParagraphSpec, state: RenderState): Paragraph {
  let children = [...spec.children];
  if (spec.bookmark) children = bookmarked(spec.bookmark, state.nextBookmarkId(), children);
  const hangs = Boolean(spec.numbering) || spec.literalNumber !== undefined;
  if (spec.literalNumber !== undefined) {
    children.unshift(new TextRun({ text: spec.literalNumber }), new TextRun({ children: [new Tab()] }));
  }
  const options: IParagraphOptions = {
    style: spec.style,
    children,
    ...(spec.numbering
      ? {
          numbering: {
            reference: spec.numbering.reference,
            level: spec.numbering.level,
            instance: spec.numbering.instance,
            custom: true,
          },
        }
      : {}),
    ...(spec.indent !== undefined
      ? { indent: hangs ? { left: spec.indent, hanging: spec.hangBy ?? NUMBER_GAP } : { left: spec.indent } }
      : {}),
    ...(spec.keepNext ? { keepNext: true } : {}),
    ...(spec.keepLines ? { keepLines: true } : {}),
    ...(spec.alignment ? { alignment: spec.alignment } : {}),
    ...(spec.tabStops ? { tabStops: spec.tabStops } : {}),
    ...(spec.spacing ? { spacing: spec.spacing } : {}),
  };
  if (spec.numbering) state.use(spec.numbering);
  return new Paragraph(options);
}

const ROLE_STYLES = { body: Style.body, lead: Style.lead, note: Style.note } as const;

/** A paragraph at the place's indent; `extra` adds numbering or a bookmark (a clause's or item's first paragraph). */
export function paragraphBlock(node: ParagraphNode, env: BlockEnv, extra: Partial<ParagraphSpec> = {}): FileChild[] {
  const spec: ParagraphSpec = {
    style: ROLE_STYLES[node.role ?? 'body'],
    children: renderInlines(node.children, inlineEnv(env.state)),
    ...(env.place.indent > 0 ? { indent: env.place.indent } : {}),
    ...extra,
  };
  return [buildParagraph(spec, env.state)];
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
): FileChild[] {
  const [first, ...rest] = children;
  const innerEnv: BlockEnv = { ...env, place: inner };
  if (first?.type === 'paragraph') return [...paragraphBlock(first, innerEnv, lead), ...env.render(rest, inner)];
  const stand = buildParagraph({ style: Style.body, children: [], indent: inner.indent, ...lead }, env.state);
  return [stand, ...env.render(children, inner)];
}
