/**
 * Which paragraph mark a redline's inserted paragraphs track as inserted.
 *
 * Paragraphs inserted whole after a paragraph P are written first with every mark of theirs inserted:
 * P's text, P's mark, then the new text and marks. Word reads that right, but LibreOffice keeps an
 * insertion of whole paragraphs as the range up to the start of the paragraph that follows them, and
 * joins it with an insertion of the same author and date that ends P (its AppendRedline takes the end
 * of one paragraph and the start of the next as touching). Rejecting every change then deletes P's
 * untracked mark with them, joining P with what follows, and deletes a bookmark starting the paragraph
 * after them, emptying the REF fields to it.
 *
 * So, after the body is written, each run of wholly inserted paragraphs that directly follows an
 * untracked paragraph P is tracked as Word records typing Enter at the end of P and then the new text:
 * P's mark is the inserted one, and the run's last mark is P's old one, with a property change back to
 * P's properties where they differ. The inserted characters are the same, so Word reads the same text
 * both ways, and LibreOffice's range now ends where the inserted text does.
 */
import { revisionAttributes } from './ooxml.js';
import type { RenderState } from './render-state.js';

/** A paragraph as paragraphXml writes it: properties first, then the content. */
const PARAGRAPH = /<w:p><w:pPr>([\s\S]*?)<\/w:pPr>([\s\S]*?)<\/w:p>/g;
const MARK = /<w:rPr><w:(ins|del|moveFrom|moveTo) ([^>]*)\/><\/w:rPr>$/;
const INSERTED_RUNS = /<w:ins [^>]*>[\s\S]*?<\/w:ins>/g;

interface Paragraph {
  start: number;
  end: number;
  /** The properties without the mark's change. */
  props: string;
  /** The kind and attributes of the mark's change, or null. */
  mark: { kind: string; attributes: string } | null;
  /** Whether every run is inside a w:ins. */
  allInserted: boolean;
  content: string;
}

function paragraphsOf(body: string): Paragraph[] {
  return [...body.matchAll(PARAGRAPH)].map((match) => {
    const [xml, pPr = '', content = ''] = match;
    const mark = MARK.exec(pPr);
    return {
      start: match.index,
      end: match.index + xml.length,
      props: mark === null ? pPr : pPr.slice(0, mark.index),
      mark: mark === null ? null : { kind: mark[1] ?? '', attributes: mark[2] ?? '' },
      allInserted: !/<w:r[ >]/.test(content.replace(INSERTED_RUNS, '')),
      content,
    };
  });
}

const isInserted = (p: Paragraph): boolean => p.mark?.kind === 'ins' && p.allInserted;

function paragraphXml(props: string, mark: string, content: string): string {
  return `<w:p><w:pPr>${props}${mark}</w:pPr>${content}</w:p>`;
}

/** `body` with each run of inserted paragraphs after an untracked one tracked on the mark before it. */
export function insertedParagraphMarks(body: string, state: RenderState): string {
  const paragraphs = paragraphsOf(body);
  let out = '';
  let copied = 0;
  for (let i = 1; i < paragraphs.length; i += 1) {
    const before = paragraphs[i - 1] as Paragraph;
    const first = paragraphs[i] as Paragraph;
    if (before.mark !== null || before.end !== first.start || !isInserted(first)) continue;
    let last = i;
    for (let next = paragraphs[last + 1]; next !== undefined; next = paragraphs[last + 1]) {
      if ((paragraphs[last] as Paragraph).end !== next.start || !isInserted(next)) break;
      last += 1;
    }
    const end = paragraphs[last] as Paragraph;
    const insertedMark = `<w:rPr><w:ins ${end.mark?.attributes ?? ''}/></w:rPr>`;
    const change =
      end.props === before.props
        ? ''
        : `<w:pPrChange ${revisionAttributes(state.revision('ins'))}><w:pPr>${before.props}</w:pPr></w:pPrChange>`;
    out += body.slice(copied, before.start) + paragraphXml(before.props, insertedMark, before.content);
    out += body.slice(first.start, end.start) + paragraphXml(end.props, change, end.content);
    copied = end.end;
    i = last;
  }
  return out + body.slice(copied);
}
