import { describe, expect, it } from 'vitest';
import { ARABIC_NAME, HEBREW_NAME, rtlDocument } from '../../support/rtl-document.js';
import { part, render } from './docx-parts.js';

/** Every run of the body with its text and whether it is marked right to left. */
function runs(xml: string): { text: string; rtl: boolean }[] {
  return [...xml.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)?<w:t(?: [^>]*)?>([^<]*)<\/w:t><\/w:r>/g)].map((m) => ({
    text: m[2]!,
    rtl: (m[1] ?? '').includes('<w:rtl/>'),
  }));
}

describe('writers/docx right-to-left text', () => {
  it('should mark Hebrew and Arabic stretches w:rtl and leave Latin, digits and the rest unmarked', async () => {
    const all = runs(part(await render(rtlDocument()), 'word/document.xml'));
    const marked = all.filter((run) => run.rtl).map((run) => run.text);
    expect(marked).toContain('עמותת אור לנשים (מס׳ ');
    expect(marked).toContain('جمعية النور للمرأة');
    expect(marked).toContain('نور');
    for (const run of all) {
      if (run.rtl) expect(run.text, run.text).not.toMatch(/[A-Za-z0-9]/);
      else expect(run.text, run.text).not.toMatch(/[\u0590-\u06FF]/);
    }
  });

  it('should keep each name whole, in logical order, across its runs', async () => {
    const xml = part(await render(rtlDocument()), 'word/document.xml');
    const text = runs(xml)
      .map((run) => run.text)
      .join('');
    expect(text).toContain(HEBREW_NAME);
    expect(text).toContain(ARABIC_NAME);
  });

  it('should keep bold and italic on the right-to-left runs as complex-script properties', async () => {
    const xml = part(await render(rtlDocument()), 'word/document.xml');
    expect(xml).toContain('<w:rPr><w:i/><w:iCs/><w:rtl/></w:rPr><w:t>جمعية النور للمرأة</w:t>');
  });
});
