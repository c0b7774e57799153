import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberedSampleDocument } from '../../support/sample-document.js';
import { part, render, textOf, unescapeXml } from './docx-parts.js';

describe('writers/docx parts', () => {
  it('should define Title, Heading 1–3, body and table styles with the document language', async () => {
    const xml = part(await render(numberedSampleDocument()), 'word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'BodyText', 'PartnershipTable']) {
      expect(xml, id).toContain(`w:styleId="${id}"`);
    }
    expect(xml).toMatch(/<w:style w:type="table" w:styleId="PartnershipTable">/);
    expect(xml).toContain('<w:lang w:val="en-GB"/>');
  });

  it('should give Heading 1–3 outline levels 0–2, so readers and screen readers list them as headings', async () => {
    const xml = part(await render(numberedSampleDocument()), 'word/styles.xml');
    ['Heading1', 'Heading2', 'Heading3'].forEach((id, level) => {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">.*?</w:style>`).exec(xml)?.[0] ?? '';
      expect(style, id).toContain(`<w:outlineLvl w:val="${level}"/>`);
    });
  });

  it('should say who and what the document is in the footer, worded as the PDF, with page X of Y', async () => {
    const rendered = await render(numberedSampleDocument());
    const header = part(rendered, 'word/header1.xml');
    const footer = part(rendered, 'word/footer1.xml');
    // Only the DRAFT marking: no short name, which the PDF's pages do not carry and a page does not define.
    expect(textOf(header)).toBe('DRAFT');
    expect(textOf(footer)).toBe(
      "Women's Health and Equality Consortium — Partnership AgreementPage  of Version 1.1.0 · DRAFT",
    );
    expect(footer).toMatch(
      /Page <\/w:t>.*<w:instrText xml:space="preserve"> ?PAGE ?<\/w:instrText>.*> of <\/w:t>.*<w:instrText xml:space="preserve"> ?NUMPAGES ?<\/w:instrText>/,
    );
  });

  it('should drop the DRAFT marking from the header once agreed', async () => {
    const doc = numberedSampleDocument();
    const rendered = await render({ ...doc, meta: { ...doc.meta, status: 'signed' } });
    expect(part(rendered, 'word/header1.xml')).not.toContain('DRAFT');
    expect(textOf(part(rendered, 'word/footer1.xml'))).toContain('Version 1.1.0 · Signed');
  });

  it('should date the core properties from meta and record status, version and language', async () => {
    const xml = part(await render(numberedSampleDocument()), 'docProps/core.xml');
    expect(xml).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-02T00:00:00Z</dcterms:created>');
    expect(xml).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-02-02T00:00:00Z</dcterms:modified>');
    expect(xml).toContain('<dc:title>Partnership Agreement</dc:title>');
    expect(xml).toContain('<dc:creator>YWCA England &amp; Wales</dc:creator>');
    expect(xml).toContain('<dc:language>en-GB</dc:language>');
    expect(xml).toContain('<cp:contentStatus>Draft</cp:contentStatus>');
    expect(xml).toContain(
      '<cp:keywords>partnership; whec; Partnership Agreement; status draft; version 1.1.0</cp:keywords>',
    );
    expect(xml).toMatch(
      /<dc:description>.*partnership-docs 0\.1\.0 from templates sha256:0f1e2d3c.*<\/dc:description>/,
    );
  });

  it('should record tool version and template hash as custom properties', async () => {
    const xml = part(await render(numberedSampleDocument()), 'docProps/custom.xml');
    expect(xml).toMatch(/name="ToolVersion"><vt:lpwstr>0\.1\.0<\/vt:lpwstr>/);
    expect(xml).toMatch(/name="TemplateHash"><vt:lpwstr>sha256:0f1e2d3c4b5a6978/);
    expect(xml).toMatch(/name="Status"><vt:lpwstr>draft<\/vt:lpwstr>/);
  });

  // The package around the body is made once per kind of document and reused (skeleton.ts): each
  // document's values must land in its own parts, literally, whatever was rendered before it.
  it('should write each document its own footer and properties, literally, whatever was rendered before', async () => {
    const doc = numberedSampleDocument();
    const first = await render(doc);
    const writable = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
    const partnership = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }).filter((value) => writable.test(value)),
      // The skeleton's own markers, and markup.
      fc.constantFrom('\uE0000\uE001', '\uE0001\uE001\uE0002\uE001 & <w:p/>', 'O\'Brien & "Co" <Ltd>'),
    );
    const status = fc.constantFrom<'draft' | 'agreed' | 'signed'>('draft', 'agreed', 'signed');
    await fc.assert(
      fc.asyncProperty(partnership, status, async (name, state) => {
        const rendered = await render({ ...doc, meta: { ...doc.meta, partnership: name, status: state } });
        expect(rendered.warnings).toEqual([]);
        const label = state === 'draft' ? 'DRAFT' : state === 'agreed' ? 'Agreed' : 'Signed';
        expect(textOf(part(rendered, 'word/footer1.xml'))).toBe(
          `${name} — Partnership AgreementPage  of Version 1.1.0 · ${label}`,
        );
        const custom = part(rendered, 'docProps/custom.xml');
        const value = /name="Partnership"><vt:lpwstr>([^<]*)<\/vt:lpwstr>/.exec(custom)?.[1];
        expect(unescapeXml(value ?? '')).toBe(name);
        expect(part(rendered, 'word/header1.xml').includes('DRAFT')).toBe(state === 'draft');
      }),
      { numRuns: 60 },
    );
    const again = await render(doc);
    expect(Buffer.from(again.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});
