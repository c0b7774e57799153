/**
 * Reads a tagged PDF's structure tree back with pdf.js, for tests: each element with its role and
 * children in order, the text of each marked-content sequence, and what text lies outside them.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** An element of the tree as pdf.js gives it: a role and children, or a content or annotation leaf. */
export interface TreeNode {
  role?: string;
  type?: string;
  id?: string;
  lang?: string;
  children?: TreeNode[];
}

/** What a screen reader would be given. */
export interface TaggedPdf {
  /** One tree per page (pdf.js reads the tree page by page). */
  trees: TreeNode[];
  /** Text of each marked-content sequence, by pdf.js's id ("p12R_mc3"). */
  marked: Map<string, string>;
  /** Text inside artifacts, in content order. */
  artifacts: string[];
  /** Text in no marked-content sequence at all. */
  unmarked: string[];
  /** Marked content in content order: the id of each sequence with an MCID. */
  order: string[];
}

/**
 * Parses `bytes` with pdf.js and gathers its tagging.
 * @param logical text as a reader copies it (pdf.js's normalisation: right-to-left runs in logical
 *   order, ligatures expanded) rather than each glyph's character in the order drawn
 */
export async function readTagged(bytes: Uint8Array, { logical = false } = {}): Promise<TaggedPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const result: TaggedPdf = { trees: [], marked: new Map(), artifacts: [], unmarked: [], order: [] };
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ includeMarkedContent: true, disableNormalization: !logical });
    const stack: { id: string | null; tag: string | null }[] = [];
    for (const item of content.items) {
      if ('type' in item && (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')) {
        const id = 'id' in item && typeof item.id === 'string' ? item.id : null;
        stack.push({ id, tag: (item as { tag?: string }).tag ?? null });
        if (id !== null) result.order.push(id);
      } else if ('type' in item && item.type === 'endMarkedContent') {
        stack.pop();
      } else if ('str' in item && item.str !== '') {
        const owner = [...stack].reverse().find((entry) => entry.id !== null);
        if (owner !== undefined) result.marked.set(owner.id!, (result.marked.get(owner.id!) ?? '') + item.str);
        else if (stack.some((entry) => entry.tag === 'Artifact')) result.artifacts.push(item.str);
        else result.unmarked.push(item.str);
      }
    }
    result.trees.push((await page.getStructTree()) as TreeNode);
  }
  await pdf.destroy();
  return result;
}

/** The tree's text in reading order: every content leaf's text, depth first. */
export function treeText(node: TreeNode, marked: ReadonlyMap<string, string>): string {
  if (node.type === 'content') return marked.get(node.id ?? '') ?? '';
  return (node.children ?? []).map((child) => treeText(child, marked)).join('');
}

/** Every role in the tree, depth first, with the roles of its children. */
export function roles(
  node: TreeNode,
  out: { role: string; children: string[] }[] = [],
): { role: string; children: string[] }[] {
  if (node.role !== undefined)
    out.push({ role: node.role, children: (node.children ?? []).map((child) => child.role ?? child.type ?? '') });
  for (const child of node.children ?? []) roles(child, out);
  return out;
}

/** Every content leaf's id in the tree. */
export function contentIds(node: TreeNode, out = new Set<string>()): Set<string> {
  if (node.type === 'content' && node.id !== undefined) out.add(node.id);
  for (const child of node.children ?? []) contentIds(child, out);
  return out;
}
