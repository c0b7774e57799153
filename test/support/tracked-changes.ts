/**
 * Reads the paragraphs of a Word body (`word/document.xml`) as they read with every tracked change
 * accepted, or every one rejected: our own reader, since python-docx drops the text inside `w:ins`.
 *
 * Accepting drops deleted and moved-away runs and table rows, and joins a paragraph whose mark was
 * deleted with the next; rejecting does the same for inserted and moved-here content. Field
 * instructions are not text; a field's result is.
 */
import JSZip from 'jszip';
import { unescapeXml as unescape } from '../writers/docx/docx-parts.js';

const TOKEN = /<[^>]+>|[^<]+/g;
const TRACKED = new Set(['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo']);

/**
 * The paragraphs' texts of `xml` with every change accepted (`accept`) or rejected (`reject`).
 * @param xml the content of word/document.xml
 * @param mode which way to resolve the changes
 */
export function resolvedParagraphs(xml: string, mode: 'accept' | 'reject'): string[] {
  const drop = mode === 'accept' ? new Set(['w:del', 'w:moveFrom']) : new Set(['w:ins', 'w:moveTo']);
  const out: string[] = [];
  let carried = '';
  let text = '';
  let markDropped = false;
  let rowDropped = false;
  const stack: string[] = [];
  let inText = false;
  let inProps = 0;
  for (const token of xml.match(TOKEN) ?? []) {
    if (!token.startsWith('<')) {
      if (inText && !stack.some((t) => drop.has(t)) && !rowDropped) text += unescape(token);
      continue;
    }
    const close = token.startsWith('</');
    const selfClosing = token.endsWith('/>');
    const name = /^<\/?([\w:]+)/.exec(token)?.[1] ?? '';
    if (name === 'w:t' || name === 'w:delText') inText = !close && !selfClosing;
    if (name === 'w:pPr' || name === 'w:trPr') inProps += close ? -1 : selfClosing ? 0 : 1;
    if (inProps > 0 && selfClosing && drop.has(name)) {
      if (stack.includes('w:trPr')) rowDropped = true;
      else markDropped = true;
    }
    if (name === 'w:tr' && close) rowDropped = false;
    // A tab in a run is text (a tab stop in paragraph properties is not).
    if (name === 'w:tab' && selfClosing && inProps === 0 && !stack.some((t) => drop.has(t)) && !rowDropped)
      text += '\t';
    if (name === 'w:p' && close) {
      if (!rowDropped) {
        if (markDropped) carried += text;
        else out.push(carried + text);
        if (!markDropped) carried = '';
      }
      text = '';
      markDropped = false;
    }
    if (selfClosing) continue;
    if (close) stack.pop();
    else stack.push(name);
    if (name === 'w:p' && !close) text = '';
    if (TRACKED.has(name) && close === false) continue;
  }
  if (carried !== '') out.push(carried);
  return out;
}

/**
 * The body XML of a .docx file.
 * @param bytes the file
 */
export async function documentXml(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file('word/document.xml');
  if (file === null) throw new Error('no word/document.xml in the package');
  return file.async('string');
}

/**
 * `text` with clause, schedule and paragraph numbers masked, since numbering is not marked.
 * @param text one paragraph's text
 */
export function maskNumbers(text: string): string {
  return text.replace(/\b(clauses?|Schedules?|paragraphs?)\s+\d+(\.\d+)*(\([a-z]+\))*/gi, '$1 #');
}
