import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import type { NumberedDocument } from '../../../src/model/index.js';
import { writePdf } from '../../../src/writers/pdf/index.js';
import { rtlDocument } from '../../support/rtl-document.js';
import { numberedSampleDocument } from '../../support/sample-document.js';
import { contentIds, readTagged, roles, treeText, type TaggedPdf } from './structure-tree.js';

const tagged = new Map<string, Promise<{ bytes: Uint8Array; read: TaggedPdf }>>();
function render(name: string, doc: () => NumberedDocument) {
  let found = tagged.get(name);
  if (found === undefined) {
    found = writePdf(doc(), {}).then(async ({ bytes }) => ({ bytes, read: await readTagged(bytes) }));
    tagged.set(name, found);
  }
  return found;
}
const DOCUMENTS: [string, () => NumberedDocument][] = [
  ['the sample agreement', numberedSampleDocument],
  ['the right-to-left agreement', rtlDocument],
];

describe.each(DOCUMENTS)('writePdf structure tree of %s', (name, doc) => {
  it('should put every marked-content sequence in the tree, and all other text in artifacts', async () => {
    const { read } = await render(name, doc);
    expect(read.unmarked).toEqual([]);
    const inTree = new Set(read.trees.flatMap((tree) => [...contentIds(tree)]));
    expect(read.order.length).toBeGreaterThan(20);
    expect(read.order.filter((id) => !inTree.has(id))).toEqual([]);
    expect(read.artifacts.join(' ')).toMatch(/Page 1 of \d+/);
  });

  it('should read, tree in order, exactly the text set on the pages outside artifacts', async () => {
    const { read } = await render(name, doc);
    const fromTree = read.trees.map((tree) => treeText(tree, read.marked)).join('');
    const fromPages = read.order.map((id) => read.marked.get(id) ?? '').join('');
    expect(fromTree.length).toBeGreaterThan(500);
    expect(fromTree).toBe(fromPages);
  });
});

describe('writePdf tagging', () => {
  it('should tag the title H1, sections H2, clause titles H3, and keep page furniture out', async () => {
    const { read } = await render('the sample agreement', numberedSampleDocument);
    const all = read.trees.flatMap((tree) => roles(tree));
    const text = (role: string) =>
      read.trees.flatMap((tree) => headingTexts(tree, role, read.marked)).map((t) => t.trim());
    expect(text('H1')).toEqual(['Partnership Agreement']);
    expect(text('H2')).toContain('1. Definitions and interpretation');
    expect(text('H2')).toContain('Schedule 1 — Partner details');
    expect(text('H3').length).toBeGreaterThan(0);
    expect(all.map((r) => r.role)).not.toContain('Artifact');
    expect(read.artifacts).toContain('DRAFT');
  });

  it('should tag lists as labels and bodies, tables with header cells, and links with their annotations', async () => {
    const { read } = await render('the sample agreement', numberedSampleDocument);
    const all = read.trees.flatMap((tree) => roles(tree));
    for (const li of all.filter((r) => r.role === 'LI')) expect(li.children).toEqual(['Lbl', 'LBody']);
    expect(all.find((r) => r.role === 'Table')?.children.every((c) => c === 'TR')).toBe(true);
    expect(all.some((r) => r.role === 'TR' && r.children.every((c) => c === 'TH'))).toBe(true);
    const links = all.filter((r) => r.role === 'Link');
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(link.children).toEqual(['content', 'object']);
  });

  it('should say the document is tagged, in en-GB, titled in the window, tab order by structure', async () => {
    const { bytes } = await render('the sample agreement', numberedSampleDocument);
    const file = Buffer.from(bytes).toString('latin1');
    expect(file).toMatch(/\/MarkInfo \d+ 0 R/);
    expect(file).toContain('/Marked true');
    expect(file).toContain('/Lang (en-GB)');
    expect(file).toContain('/DisplayDocTitle true');
    expect(file).toMatch(/\/Type \/StructTreeRoot/);
    const pages = file.match(/\/Type \/Page\n/g)?.length ?? 0;
    expect(file.match(/\/Tabs \/S/g)?.length).toBe(pages);
  });
});

function headingTexts(
  node: import('./structure-tree.js').TreeNode,
  role: string,
  marked: ReadonlyMap<string, string>,
): string[] {
  if (node.role === role) return [treeText(node, marked)];
  return (node.children ?? []).flatMap((child) => headingTexts(child, role, marked));
}
