/**
 * Pages that hold in every Word file of every fixture, as the PDF holds them: headings kept with what
 * follows, table rows never split nor a last row left alone, body text justified, each schedule on a new
 * page, and a long document opening with a contents field whose entries are filled in and linked, which
 * Word is asked to update (page numbers) on opening.
 */
import { describe, expect, it } from 'vitest';
import { render } from '../../src/index.js';
import type { Section } from '../../src/model/index.js';
import { paragraphsOf, readParts, textOf } from '../writers/docx/docx-parts.js';
import { everyDocument } from './pack.js';

const styleOf = (paragraph: string): string => /<w:pStyle w:val="([^"]+)"/.exec(paragraph)?.[1] ?? '';

describe('pages in the Word file', () => {
  it.each(everyDocument())('should keep %s %s together as the PDF does', async (fixture, _name, _pack, doc) => {
    if (doc === null) throw new Error(`${fixture}: the pack was not composed`);
    const parts = await readParts((await render('docx', doc)).bytes);
    const xml = parts['word/document.xml']!;
    const paragraphs = paragraphsOf(xml);
    const headings = paragraphs.filter((p) => /^Heading\d$/.test(styleOf(p)));
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.filter((p) => !p.includes('<w:keepNext/>'))).toEqual([]);
    const body = paragraphs.filter((p) => styleOf(p) === 'BodyText');
    expect(body.filter((p) => !p.includes('<w:jc w:val="both"/>'))).toEqual([]);
    const rows = xml.match(/<w:tr>.*?<\/w:trPr>/g) ?? [];
    expect(rows.filter((row) => !row.includes('<w:cantSplit/>'))).toEqual([]);
    // The last row of a table goes over a page break with the row before it, never alone.
    for (const tableXml of xml.match(/<w:tbl>.*?<\/w:tbl>/g) ?? []) {
      const body = (tableXml.match(/<w:tr>.*?<\/w:tr>/g) ?? []).filter((row) => !row.includes('<w:tblHeader/>'));
      if (body.length < 3) continue;
      expect(body.at(-2)).toContain('<w:keepNext/>');
      expect(body.at(-1)).not.toContain('<w:keepNext/>');
    }
    const schedules = doc.children.filter((b): b is Section => b.type === 'section' && b.kind === 'schedule');
    const breaking = headings.filter((p) => p.includes('<w:pageBreakBefore/>')).map(textOf);
    expect(breaking).toEqual(schedules.map((s) => s.title));
  });

  it.each(everyDocument())(
    'should open a long %s %s with a filled-in, linked contents field',
    async (fixture, _name, _pack, doc) => {
      if (doc === null) throw new Error(`${fixture}: the pack was not composed`);
      const parts = await readParts((await render('docx', doc)).bytes);
      const xml = parts['word/document.xml']!;
      const long = doc.kind === 'partnership_agreement' && doc.children.length > 20;
      if (!long && !xml.includes(' TOC ')) return;
      expect(xml).toMatch(/<w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u <\/w:instrText>/);
      expect(parts['word/settings.xml']).toMatch(/<w:updateFields(?: w:val="(?:true|1)")?\/>/);
      const entries = paragraphsOf(xml).filter((p) => styleOf(p) === 'TOC1');
      const sections = doc.children.filter((b): b is Section => b.type === 'section');
      expect(entries).toHaveLength(sections.length);
      const bookmarks = new Set([...xml.matchAll(/<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/g)].map((m) => m[1]));
      entries.forEach((entry, i) => {
        const anchor = /<w:hyperlink w:anchor="([^"]+)"/.exec(entry)?.[1];
        expect(anchor, sections[i]!.title).toBeDefined();
        expect(bookmarks.has(anchor!), `${sections[i]!.title} → ${anchor}`).toBe(true);
        expect(entry).toContain(`PAGEREF ${anchor} \\h`);
        expect(textOf(entry)).toContain(sections[i]!.title);
      });
    },
  );
});
