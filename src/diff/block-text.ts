/**
 * The words of a block of the document model, for matching blocks without ids and for the change summary.
 */
import { SKIP, visit, type Inline, type Node } from '../model/index.js';
import { plainText } from './word-diff.js';

const INLINE_TYPES = new Set(['text', 'strong', 'emphasis', 'reference', 'definedTerm', 'insertion', 'deletion']);

/** The text of `node`: titles, terms, parties and inline text, space-separated. */
export function nodeText(node: Node): string {
  const parts: string[] = [];
  visit(node, (n) => {
    if (n.type === 'section' || n.type === 'clause') {
      if (n.title) parts.push(n.title);
    } else if (n.type === 'definition') parts.push(`"${n.term}"`);
    else if (n.type === 'signatureBlock') parts.push(n.party);
    if (INLINE_TYPES.has(n.type) || n.type === 'lineBreak') {
      parts.push(plainText([n as Inline]));
      return SKIP;
    }
    return undefined;
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** `text` cut to about `max` characters at a word, with an ellipsis when cut. */
export function excerpt(text: string, max = 90): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max / 2 ? space : max)}…`;
}
