/**
 * The contents list of a long document, as Word makes its own: a TOC field over the Heading 1
 * paragraphs whose result is written here, one hyperlinked entry per section, so the list reads right
 * before fields are updated. Page numbers are PAGEREF fields, which Word fills in when it updates
 * the fields on opening (settings.xml asks it to); the writer cannot know Word's pagination.
 */
import { CONTENTS_TITLE, sectionHeading } from '../contents.js';
import { escapeAttribute, escapeText, PAGE_BREAK_XML, runXml, TAB_XML } from './ooxml.js';
import { TEXT_WIDTH } from './page.js';
import { buildParagraph } from './paragraphs.js';
import type { RenderState } from './render-state.js';
import { inlineEnv, textRun } from './inlines.js';
import { Style } from './styles.js';

const fieldChar = (type: 'begin' | 'separate' | 'end'): string => runXml(`<w:fldChar w:fldCharType="${type}"/>`);
const instruction = (text: string): string =>
  runXml(`<w:instrText xml:space="preserve"> ${escapeText(text)} </w:instrText>`);

/** The contents heading and entries, then a page break; empty for a document without contents. */
export function contentsBlock(state: RenderState): string {
  const sections = state.contents;
  if (sections === null) return '';
  let out = buildParagraph(
    { style: Style.contentsHeading, content: textRun(CONTENTS_TITLE, inlineEnv(state)), pageBreakBefore: true },
    state,
  );
  sections.forEach((section, index) => {
    const bookmark = state.contentsBookmark(section.id);
    const page =
      bookmark === null
        ? ''
        : fieldChar('begin') + instruction(`PAGEREF ${bookmark} \\h`) + fieldChar('separate') + fieldChar('end');
    let entry = textRun(sectionHeading(section), inlineEnv(state)) + runXml(TAB_XML) + page;
    if (bookmark !== null)
      entry = `<w:hyperlink w:anchor="${escapeAttribute(bookmark)}" w:history="1">${entry}</w:hyperlink>`;
    // The TOC field opens before the first entry and closes after the last.
    if (index === 0)
      entry = fieldChar('begin') + instruction('TOC \\o "1-1" \\h \\z \\u') + fieldChar('separate') + entry;
    if (index === sections.length - 1) entry += fieldChar('end');
    out += buildParagraph(
      { style: Style.contents1, content: entry, tabs: [{ alignment: 'right', leader: 'dot', position: TEXT_WIDTH }] },
      state,
    );
  });
  return out + buildParagraph({ style: Style.body, content: runXml(PAGE_BREAK_XML) }, state);
}
