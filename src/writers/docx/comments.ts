/**
 * Word comments, for a reviewer copy: each value that came from the spec is a comment's range, and the
 * comment names the spec field and its line. docx makes the comments part, its relationship and content
 * type; its content is written here once the body has given every comment its id, in document order.
 */
import { escapeAttribute, escapeText } from './ooxml.js';
import type { RenderState } from './render-state.js';

/** Where the comments part is in the package. */
export const COMMENTS_PATH = 'word/comments.xml';

const NAMESPACES =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** `runs` as the range of a new comment with `text`, followed by the comment's reference mark. */
export function commented(runs: string, text: string, state: RenderState): string {
  const id = state.addComment(text);
  return (
    `<w:commentRangeStart w:id="${id}"/>${runs}<w:commentRangeEnd w:id="${id}"/>` +
    `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`
  );
}

/** The comments part: every comment the body made, by the reviewer copy's author on the document's date. */
export function commentsXml(state: RenderState): string {
  const author = escapeAttribute(state.commentAuthor);
  const comments = state.comments
    .map(
      (text, id) =>
        `<w:comment w:id="${id}" w:author="${author}" w:date="${state.revisionDate}" w:initials="pd">` +
        `<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:t xml:space="preserve">${escapeText(text)}</w:t></w:r></w:p>` +
        `</w:comment>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${NAMESPACES}>${comments}</w:comments>`;
}
