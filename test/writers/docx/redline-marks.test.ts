import { describe, expect, it } from 'vitest';
import {
  clause,
  documentOf,
  numberDocument,
  paragraph,
  section,
  type Block,
  type NumberedDocument as Document,
} from '../../../src/model/index.js';
import { composePack, loadSpec, redlineDocument } from '../../../src/index.js';
import { resolvedParagraphs } from '../../support/tracked-changes.js';
import { sampleMeta } from '../../support/sample-document.js';
import { part, render } from './docx-parts.js';

const documentXml = async (doc: Document) => part(await render(doc), 'word/document.xml');

/** The w:p holding `text` (a bookmark's name or some of its text). */
function paragraphWith(xml: string, text: string): string {
  const at = xml.indexOf(text);
  if (at === -1) throw new Error(`no ${text} in the body`);
  return xml.slice(xml.lastIndexOf('<w:p>', at), xml.indexOf('</w:p>', at) + '</w:p>'.length);
}

const propertiesOf = (p: string): string => p.slice(p.indexOf('<w:pPr>'), p.lastIndexOf('</w:pPr>'));

async function agreement(file: string): Promise<Document> {
  const loaded = await loadSpec(file);
  if (loaded.spec === null) throw new Error(`${file} is invalid`);
  const [doc] = composePack(loaded.spec, ['partnership_agreement']);
  if (doc === undefined) throw new Error('nothing composed');
  return doc;
}

describe('writers/docx redline paragraph marks', () => {
  // LibreOffice joins an insertion ending a paragraph with inserted paragraphs that follow, across the
  // paragraph's untracked mark; rejecting every change then joined FORWARD's paragraph with the next.
  it('should track a party inserted after another on the mark before it, as Word records typing Enter', async () => {
    const [before, after] = await Promise.all(
      ['old', 'new'].map((side) => agreement(`fixtures/diff/membership/${side}.yaml`)),
    );
    const xml = await documentXml(redlineDocument(before!, after!, 'Reviewer').document);
    const forward = paragraphWith(xml, '_Ref_party_forward');
    const foo = paragraphWith(xml, '_Ref_party_foo');
    expect(forward).toMatch(/<w:ins [^>]*><w:r><w:t>;<\/w:t><\/w:r><\/w:ins>/);
    expect(propertiesOf(forward)).toMatch(/<w:rPr><w:ins w:id="\d+" w:author="Reviewer" [^>]*\/><\/w:rPr>$/);
    expect(propertiesOf(foo)).not.toContain('<w:rPr>');
    expect(propertiesOf(foo)).not.toContain('w:pPrChange');
    expect(foo).toMatch(/<w:ins [^>]*><w:r><w:t>Foo Women's Aid, a company/);
    const [accepted, rejected] = (['accept', 'reject'] as const).map((mode) => {
      const paragraphs = resolvedParagraphs(xml, mode);
      return paragraphs.slice(paragraphs.findIndex((p) => p.startsWith('FORWARD (')));
    });
    expect(rejected![0]).toMatch(/\(“FORWARD”\)\.$/);
    expect(rejected![1]).toMatch(/^Each of them is a Partner/);
    expect(accepted![0]).toMatch(/\(“FORWARD”\);$/);
    expect(accepted![1]).toMatch(/^Foo Women's Aid, a company/);
    expect(accepted![2]).toMatch(/^Each of them is a Partner/);
  });

  it("should give the last inserted paragraph's mark a change back to the properties of the one before", async () => {
    const doc = (children: Block[]) =>
      numberDocument(documentOf('mou', 'mou', sampleMeta('Memorandum', 'mou'), [section('one', 'One', children)]));
    const first = clause('a', null, [paragraph('First clause.')]);
    const added = clause('b', 'Review', [paragraph('The Partners review it yearly.')]);
    const redline = doc([first, { type: 'changed', change: 'inserted', moveId: null, children: [added] }]);
    const xml = await documentXml(redline);
    const before = propertiesOf(paragraphWith(xml, 'First clause.'));
    const last = propertiesOf(paragraphWith(xml, 'The Partners review it yearly.'));
    const old = before.slice('<w:pPr>'.length, before.indexOf('<w:rPr>'));
    expect(before).toMatch(/<w:rPr><w:ins [^>]*\/><\/w:rPr>$/);
    expect(last).toMatch(
      /<w:pPrChange w:id="\d+" w:author="[^"]+" w:date="[^"]+"><w:pPr>(.*)<\/w:pPr><\/w:pPrChange>$/,
    );
    expect(last.slice(last.indexOf('<w:pPrChange'))).toContain(`<w:pPr>${old}</w:pPr>`);
    expect(old).not.toBe(last.slice('<w:pPr>'.length, last.indexOf('<w:pPrChange')));
    expect(resolvedParagraphs(xml, 'reject').slice(-2)).toEqual(['One', 'First clause.']);
    expect(resolvedParagraphs(xml, 'accept').slice(-3)).toEqual([
      'First clause.',
      'Review',
      'The Partners review it yearly.',
    ]);
  });
});
