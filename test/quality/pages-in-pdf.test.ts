/**
 * Pages that hold, in every PDF of every fixture: no heading left alone at the foot of a page, each
 * schedule starting a page of its own, and a long document opening with a contents list that gives
 * each section's page and links to it.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import type { Block, NumberedDocument, Section } from '../../src/model/index.js';
import { readPdf, type ReadPdf } from '../writers/pdf/read-pdf.js';
import { everyDocument } from './pack.js';

/** Where the body ends on an A4 page: below it only the running footer. */
const BODY_BOTTOM = 841.89 - 78;

function sectionHeading(section: Section): string {
  if (!section.number) return section.title;
  return section.kind === 'schedule' ? `${section.number} — ${section.title}` : `${section.number}. ${section.title}`;
}

/** Every heading as printed: sections, and clause titles after their numbers. */
function headings(blocks: readonly Block[], out: string[] = []): string[] {
  for (const block of blocks) {
    if (block.type === 'section') out.push(sectionHeading(block));
    if (block.type === 'clause' && block.title !== null) out.push(`${block.number ?? ''} ${block.title}`.trim());
    if (block.type === 'section' || block.type === 'clause' || block.type === 'changed') headings(block.children, out);
  }
  return out;
}

/** The body's text lines of each page, top to bottom (footer and DRAFT marking left out). */
function bodyLines(read: ReadPdf): string[][] {
  return read.items.map((items) => {
    const lines = new Map<number, string[]>();
    for (const item of items) {
      if (item.y > BODY_BOTTOM || item.str === 'DRAFT') continue;
      const y = Math.round(item.y);
      lines.set(y, [...(lines.get(y) ?? []), item.str]);
    }
    return [...lines.keys()].sort((a, b) => a - b).map((y) => lines.get(y)!.join(' ').replace(/\s+/g, ' ').trim());
  });
}

const reads = new Map<string, Promise<ReadPdf>>();
function readOf(doc: NumberedDocument): Promise<ReadPdf> {
  let found = reads.get(doc.name + doc.meta.documentId);
  if (found === undefined) {
    found = render('pdf', doc).then((result) => readPdf(result.bytes));
    reads.set(doc.name + doc.meta.documentId, found);
  }
  return found;
}

describe('pages in the PDF', () => {
  it.each(everyDocument())('should end no page of %s %s with a heading', async (fixture, _name, _pack, doc) => {
    if (doc === null) throw new Error(`${fixture}: the pack was not composed`);
    const wanted = headings(doc.children);
    const pages = bodyLines(await readOf(doc));
    const alone = pages.flatMap((lines, index) => {
      const last = lines[lines.length - 1];
      if (last === undefined || index === pages.length - 1) return [];
      return wanted.some((h) => h === last || (last.length >= 8 && h.startsWith(last)))
        ? [`page ${index + 1}: ${last}`]
        : [];
    });
    expect(alone).toEqual([]);
  });

  it.each(everyDocument())('should start each schedule of %s %s on a new page', async (fixture, _name, _pack, doc) => {
    if (doc === null) throw new Error(`${fixture}: the pack was not composed`);
    const schedules = doc.children.filter((b): b is Section => b.type === 'section' && b.kind === 'schedule');
    const pages = bodyLines(await readOf(doc));
    for (const schedule of schedules) {
      const heading = sectionHeading(schedule);
      // A long title wraps: the heading is what a page's first lines begin with.
      expect(pages.filter((lines) => lines.join(' ').startsWith(heading)).length, heading).toBe(1);
    }
  });

  it.each(everyDocument())(
    'should list every section of a long %s %s with its page and a link',
    async (fixture, _name, _pack, doc) => {
      if (doc === null) throw new Error(`${fixture}: the pack was not composed`);
      const read = await readOf(doc);
      const pages = bodyLines(read);
      const sections = doc.children.filter((b): b is Section => b.type === 'section');
      if (doc.kind === 'partnership_agreement' && pages.length > 18) expect(pages[1]![0]).toBe('Contents');
      if (pages[1]?.[0] !== 'Contents') return;
      const contentsPages = pages.findIndex((lines, index) => index > 0 && lines[0] === sectionHeading(sections[0]!));
      const listed = pages.slice(1, contentsPages).flat();
      for (const section of sections) {
        const heading = sectionHeading(section);
        const entry = listed.find((line) => line.startsWith(`${heading} `));
        expect(entry, heading).toBeDefined();
        const page = Number(entry!.slice(heading.length + 1));
        expect(pages[page - 1]!.join(' '), `${heading} on page ${page}`).toContain(heading);
      }
      const links = read.links.filter((link) => link.page > 1 && link.page <= contentsPages);
      expect(links.map((link) => link.dest)).toHaveLength(sections.length);
      expect(new Set(links.map((link) => link.dest)).size).toBe(sections.length);
    },
  );
});
