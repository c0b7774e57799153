/**
 * Which paragraphs a writer keeps on the page of what follows them, in both formats alike: a paragraph
 * that introduces a table, and the words of execution just before a signatures block (who signs, and on
 * what authority), which mean nothing on a page without the signatures they speak of.
 */
import type { Block } from '../model/index.js';

/** Whether the block at `index` is a paragraph with a signatures block right after it. */
export function introducesSignatures(blocks: readonly Block[], index: number): boolean {
  return blocks[index]?.type === 'paragraph' && blocks[index + 1]?.type === 'signatures';
}

/** Whether the paragraph at `index` stays on the page of the block after it. */
export function keepsWithNext(blocks: readonly Block[], index: number): boolean {
  if (blocks[index]?.type !== 'paragraph') return false;
  return blocks[index + 1]?.type === 'table' || introducesSignatures(blocks, index);
}
