import { describe, expect, it } from 'vitest';
import {
  clause,
  documentOf,
  item,
  list,
  numberDocument,
  paragraph,
  schedule,
  section,
  visit,
  type Document,
} from '../../../src/model/index.js';
import { numberedSampleDocument, sampleMeta } from '../../support/sample-document.js';
import { paragraphsOf, part, render } from './docx-parts.js';
import { levelsByNum, wordNumbers } from './word-numbers.js';

function abstractLevels(numberingXml: string, firstLevelText: string): { text?: string; format?: string }[] {
  for (const m of numberingXml.matchAll(/<w:abstractNum .*?<\/w:abstractNum>/g)) {
    const levels = [...m[0].matchAll(/<w:lvl w:ilvl="\d+".*?<\/w:lvl>/g)].map((l) => ({
      format: /<w:numFmt w:val="([^"]+)"/.exec(l[0])?.[1],
      text: /<w:lvlText w:val="([^"]*)"/.exec(l[0])?.[1],
    }));
    if (levels[0]?.text === firstLevelText) return levels;
  }
  throw new Error(`Cannot find a numbering definition starting ${firstLevelText}`);
}

/** id → number for every numbered node of the model. */
function modelNumbers(doc: Document): Map<string, string> {
  const numbers = new Map<string, string>();
  visit(doc, (node) => {
    if ((node.type === 'section' || node.type === 'clause') && node.number) numbers.set(node.id, node.number);
    if (node.type === 'listItem' && node.id !== null && node.number) numbers.set(node.id, node.number);
  });
  return numbers;
}

function paragraphWithBookmark(documentXml: string, id: string): string {
  const found = paragraphsOf(documentXml).find((p) => p.includes(`w:name="_Ref_${id.replace(/-/g, '_')}"/>`));
  if (found === undefined) throw new Error(`Cannot find the paragraph of ${id}`);
  return found;
}

const numPrOf = (p: string) => /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/>/.exec(p)?.slice(1) ?? null;

describe('writers/docx numbering', () => {
  it('should define sections, clauses, sub-clauses, lettered and roman items as one multi-level list', async () => {
    const xml = part(await render(numberedSampleDocument()), 'word/numbering.xml');
    const levels = abstractLevels(xml, '%1.');
    expect(levels.slice(0, 5)).toEqual([
      { format: 'decimal', text: '%1.' },
      { format: 'decimal', text: '%1.%2' },
      { format: 'decimal', text: '%1.%2.%3' },
      { format: 'lowerLetter', text: '(%4)' },
      { format: 'lowerRoman', text: '(%5)' },
    ]);
    expect(abstractLevels(xml, 'Schedule %1')[0]).toEqual({ format: 'decimal', text: 'Schedule %1' });
    expect(abstractLevels(xml, '(%1)').slice(0, 2)).toEqual([
      { format: 'lowerLetter', text: '(%1)' },
      { format: 'lowerRoman', text: '(%2)' },
    ]);
  });

  it('should make Word show exactly the numbers of the model', async () => {
    const doc = numberedSampleDocument();
    const rendered = await render(doc);
    const shown = wordNumbers(part(rendered, 'word/document.xml'), part(rendered, 'word/numbering.xml'));
    const expected = modelNumbers(doc);
    expect(expected.size).toBeGreaterThan(15);
    for (const [id, number] of expected) {
      const word = shown.get(`_Ref_${id.replace(/-/g, '_')}`);
      // Word prints a section's number with a full stop after it ("3."); the model's number is "3".
      expect(word?.replace(/\.$/, ''), id).toBe(number);
    }
  });

  it('should number clauses at level 1 and sub-clauses at level 2 of the body list, schedules in lists of their own', async () => {
    const xml = part(await render(numberedSampleDocument()), 'word/document.xml');
    const [sectionLevel, bodyList] = numPrOf(paragraphWithBookmark(xml, 'governance')) ?? [];
    expect(sectionLevel).toBe('0');
    expect(paragraphWithBookmark(xml, 'governance')).toContain('<w:pStyle w:val="Heading1"/>');
    expect(numPrOf(paragraphWithBookmark(xml, 'decision-body'))).toEqual(['1', bodyList]);
    expect(paragraphWithBookmark(xml, 'decision-body')).toContain('<w:pStyle w:val="Heading2"/>');
    expect(numPrOf(paragraphWithBookmark(xml, 'decision-body-quorum'))).toEqual(['2', bodyList]);
    const [scheduleLevel, scheduleList] = numPrOf(paragraphWithBookmark(xml, 'allocation-timetable')) ?? [];
    expect(scheduleLevel).toBe('0');
    expect(scheduleList).not.toBe(bodyList);
  });

  it('should restart the paragraphs of each schedule at 1', async () => {
    const doc = numberDocument(
      documentOf('partnership_agreement', 'agreement', sampleMeta('Agreement', 'agreement'), [
        schedule('s1', 'First', [clause('s1-a', null, ['one']), clause('s1-b', null, ['two'])]),
        schedule('s2', 'Second', [clause('s2-a', null, ['one again'])]),
      ]),
    );
    const rendered = await render(doc);
    const shown = wordNumbers(part(rendered, 'word/document.xml'), part(rendered, 'word/numbering.xml'));
    expect([shown.get('_Ref_s1'), shown.get('_Ref_s1_b'), shown.get('_Ref_s2'), shown.get('_Ref_s2_a')]).toEqual([
      'Schedule 1',
      '2.',
      'Schedule 2',
      '1.',
    ]);
  });

  it('should give unnumbered sections a heading without numbering', async () => {
    const xml = part(await render(numberedSampleDocument()), 'word/document.xml');
    const heading = paragraphsOf(xml).find((p) => p.includes('>Background<'));
    expect(heading).toContain('<w:pStyle w:val="Heading1"/>');
    expect(heading).not.toContain('<w:numPr>');
  });

  it('should start every ordered list at (a), even two in one clause', async () => {
    const doc = numberDocument(
      documentOf('partnership_agreement', 'agreement', sampleMeta('Agreement', 'agreement'), [
        section('s', 'Section', [
          clause('c', null, [
            'First list:',
            list(true, [item('one', 'first-a'), item('two', 'first-b')]),
            'Second list:',
            list(true, [item('three', 'second-a')]),
          ]),
        ]),
      ]),
    );
    const rendered = await render(doc);
    const shown = wordNumbers(part(rendered, 'word/document.xml'), part(rendered, 'word/numbering.xml'));
    expect([shown.get('_Ref_first_a'), shown.get('_Ref_first_b'), shown.get('_Ref_second_a')]).toEqual([
      '(a)',
      '(b)',
      '(a)',
    ]);
  });

  it('should write bullets from a bullet definition', async () => {
    const rendered = await render(numberedSampleDocument());
    const xml = part(rendered, 'word/document.xml');
    const bullet = paragraphsOf(xml).find((p) => p.includes('the funder is told'));
    const [level, numId] = numPrOf(bullet ?? '') ?? [];
    expect(levelsByNum(part(rendered, 'word/numbering.xml')).get(numId ?? '')?.[Number(level)]?.format).toBe('bullet');
  });

  it('should write the number of a clause nested deeper than Word levels allow as text, with a warning', async () => {
    const doc = numberDocument(
      documentOf('partnership_agreement', 'agreement', sampleMeta('Agreement', 'agreement'), [
        section('s', 'Section', [clause('c', null, [clause('c1', null, [clause('c2', null, [paragraph('Deep.')])])])]),
      ]),
    );
    const rendered = await render(doc);
    const deep = paragraphWithBookmark(part(rendered, 'word/document.xml'), 'c2');
    expect(deep).not.toContain('<w:numPr>');
    expect(deep).toContain('>1.1.1.1<');
    expect(rendered.warnings.map((w) => w.code)).toEqual(['docx-numbering']);
  });
});
