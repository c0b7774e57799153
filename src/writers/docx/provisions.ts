/**
 * Sections and clauses: numbered headings and provisions through Word's list numbering.
 *
 * Body sections are level 0 of the body's clause list ("3."), clauses level 1 ("3.1"), sub-clauses
 * level 2 ("3.1.1"). A schedule heading is numbered by the schedule list ("Schedule 2"), and its
 * provisions by a fresh instance of the paragraph list, so they count 1, 1.1 afresh; unnumbered
 * sections (Parties, Background) get a plain heading and a fresh paragraph list of their own too.
 */
import type { Clause, Section } from '../../model/index.js';
import { inlineEnv, titleRuns } from './inlines.js';
import { DEEPEST_PROVISION_LEVEL, NUMBER_GAP, Numbering, provisionTextIndent } from './numbering.js';
import { BREAK_XML, runXml } from './ooxml.js';
import { buildParagraph, numberedBlocks, type ParagraphSpec } from './paragraphs.js';
import type { BlockHandler, NumberedAt, Place, RenderState } from './render-state.js';
import { Style } from './styles.js';
import { ownBookmark } from './targets.js';

function bookmarkOf(id: string, state: RenderState): string | null {
  const target = state.targets.get(id);
  return target === undefined ? null : ownBookmark(target);
}

/** A fresh place for the provisions of a schedule or unnumbered section. */
function ownParagraphList(state: RenderState): Place {
  return {
    list: { reference: Numbering.paragraphs, instance: state.newInstance(Numbering.paragraphs) },
    level: 0,
    indent: 0,
    listDepth: 0,
    item: null,
    bullets: 0,
  };
}

/** How a provision numbered `number` at `place` is numbered: by Word when the level exists, else as text. */
function numberingAt(
  kind: 'section' | 'clause',
  id: string,
  number: string | null | undefined,
  place: Place,
  state: RenderState,
): Partial<ParagraphSpec> & { indent: number } {
  const level = place.level;
  if (!number) return { indent: place.indent };
  if (level <= DEEPEST_PROVISION_LEVEL) {
    const at: NumberedAt = { ...place.list, level };
    return { numbering: at, bookmark: bookmarkOf(id, state), indent: provisionTextIndent(level) };
  }
  state.warn(
    'docx-numbering',
    `Cannot number ${kind} ${number} (\`${id}\`) with Word's list numbering: it is nested ${level} levels deep, expected at most ${DEEPEST_PROVISION_LEVEL}; its number is written as text`,
  );
  return { literalNumber: number, bookmark: bookmarkOf(id, state), indent: place.indent + NUMBER_GAP };
}

/** A section: its heading, then its blocks. */
export const sectionBlock: BlockHandler<Section> = (node, env) => {
  const { state, place } = env;
  const title = titleRuns(node, inlineEnv(state));
  if (node.kind !== 'body') {
    const numbered = node.kind === 'schedule' && Boolean(node.number);
    const heading = buildParagraph(
      {
        style: Style.heading1,
        // "Schedule 2" on its own line, the title under it.
        content: numbered ? runXml(BREAK_XML) + title : title,
        numbering: numbered ? { reference: Numbering.schedules, instance: 0, level: 0 } : null,
        bookmark: numbered ? bookmarkOf(node.id, state) : state.contentsBookmark(node.id),
        keepNext: true,
        // A schedule starts a page of its own, as in the PDF.
        pageBreakBefore: node.kind === 'schedule',
      },
      state,
    );
    return heading + env.render(node.children, ownParagraphList(state));
  }
  const { indent, ...lead } = numberingAt('section', node.id, node.number, place, state);
  const style = place.level === 0 ? Style.heading1 : Style.heading2;
  const heading = buildParagraph(
    { style, content: title, keepNext: true, ...lead, ...(lead.literalNumber ? { indent } : {}) },
    state,
  );
  const inner: Place = { ...place, level: place.level + 1, indent, listDepth: 0, item: null, bullets: 0 };
  return heading + env.render(node.children, inner);
};

/** A clause: a numbered heading when it has a title, else its first paragraph carries the number. */
export const clauseBlock: BlockHandler<Clause> = (node, env) => {
  const { state, place } = env;
  const { indent, ...lead } = numberingAt('clause', node.id, node.number, place, state);
  const inner: Place = { ...place, level: place.level + 1, indent, listDepth: 0, item: null, bullets: 0 };
  // Word-numbered paragraphs take their indent from the level, so a reviewer's Tab moves the text with it.
  const ownIndent = lead.numbering ? { indent: undefined } : { indent };
  if (node.title === null) return numberedBlocks(node.children, env, inner, { ...lead, ...ownIndent });
  const firstLevel = place.list.reference === Numbering.clauses ? 1 : 0;
  const heading = buildParagraph(
    {
      style: place.level <= firstLevel ? Style.heading2 : Style.heading3,
      content: titleRuns(node, inlineEnv(state)),
      keepNext: true,
      ...lead,
      ...ownIndent,
    },
    state,
  );
  return heading + env.render(node.children, inner);
};
