import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  clause,
  deletion,
  documentOf,
  insertion,
  numberDocument,
  paragraph,
  ref,
  section,
  signatures,
  type Block,
  type NumberedDocument as Document,
} from '../../../src/model/index.js';
import { numberedSampleDocument, sampleMeta } from '../../support/sample-document.js';
import { paragraphsOf, part, render, textOf } from './docx-parts.js';

function docWith(children: Block[], name = 'agreement'): Document {
  return numberDocument(documentOf('partnership_agreement', name, sampleMeta('Agreement', name), children));
}

const documentXml = async (doc: Document) => part(await render(doc), 'word/document.xml');

describe('writers/docx document', () => {
  it('should use the Title and Heading 1–3 styles', async () => {
    const xml = await documentXml(numberedSampleDocument());
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'BodyText']) {
      expect(xml, style).toContain(`<w:pStyle w:val="${style}"/>`);
    }
  });

  it('should bookmark every numbered section, clause and list item with an id', async () => {
    const xml = await documentXml(numberedSampleDocument());
    const names = [...xml.matchAll(/<w:bookmarkStart w:id="\d+" w:name="([^"]+)"\/>/g)].map((m) => m[1]);
    for (const id of [
      'interpretation',
      'definitions',
      'voting',
      'casting-vote',
      'schedule-allocations',
      'invoice-received',
    ]) {
      expect(names).toContain(`_Ref_${id.replace(/-/g, '_')}`);
    }
    expect(names).not.toContain('_Ref_background');
    expect(new Set(names).size).toBe(names.length);
    expect(xml.match(/<w:bookmarkStart /g)?.length).toBe(xml.match(/<w:bookmarkEnd /g)?.length);
  });

  it('should make bookmark names Word accepts, unique even when long ids share a start', async () => {
    const long = 'governance.decision-making/quorum-and-voting-rules';
    const xml = await documentXml(
      docWith([section('s', 'Section', [clause(`${long}-a`, null, ['one']), clause(`${long}-b`, null, ['two'])])]),
    );
    const names = [...xml.matchAll(/<w:bookmarkStart w:id="\d+" w:name="([^"]+)"/g)].map((m) => m[1] as string);
    expect(names).toEqual([
      '_Ref_s',
      '_Ref_governance_decision_making_quorum_a',
      '_Ref_governance_decision_making_quorum_2',
    ]);
    for (const name of names) expect(name).toMatch(/^_Ref_[A-Za-z0-9_]{1,35}$/);
  });

  it('should write references as REF fields whose result is the number the model gives', async () => {
    const doc = numberedSampleDocument();
    const xml = await documentXml(doc);
    const definition = paragraphsOf(xml).find((p) => p.includes('Accountable Body”'));
    expect(definition).toContain('<w:instrText xml:space="preserve"> REF _Ref_funding \\w \\h </w:instrText>');
    expect(textOf(definition ?? '')).toBe(
      '“Accountable Body” means the member that holds the grant, as set out in clause 3.',
    );
    const lead = paragraphsOf(xml).find((p) => p.includes('A change of'));
    // "clause 2.1(b)": the clause's number and the item's marker, each from its own paragraph.
    expect(lead).toContain(' REF _Ref_decision_body \\w \\h ');
    expect(lead).toContain(' REF _Ref_voting \\w \\h ');
    expect(textOf(lead ?? '')).toContain('under clause 2.1(b) and, where clause 2.1(b)(ii) applies');
    const review = paragraphsOf(xml).find((p) => p.includes('allocations are reviewed'));
    expect(textOf(review ?? '')).toBe('The allocations are reviewed under clause 3.1 and this Schedule 2.');
  });

  it('should write a reference to another document as plain text', async () => {
    const xml = await documentXml(numberedSampleDocument());
    const quorum = paragraphsOf(xml).find((p) => p.includes('The quorum is set by'));
    expect(quorum).not.toContain('REF');
    expect(textOf(quorum ?? '')).toBe('The quorum is set by clause 2.2 of the Terms of Reference.');
  });

  it('should write insertions and deletions as tracked changes dated the document date', async () => {
    const rendered = await render(numberedSampleDocument());
    const xml = part(rendered, 'word/document.xml');
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="partnership-docs" w:date="2026-02-02T00:00:00Z"><w:r><w:delText>quarterly in arrears<\/w:delText>/,
    );
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="partnership-docs" w:date="2026-02-02T00:00:00Z"><w:r><w:t>monthly in advance<\/w:t>/,
    );
    expect(part(rendered, 'word/settings.xml')).toContain('<w:trackRevisions/>');
  });

  it('should keep a reference inside an insertion a field, and inside a deletion deleted text', async () => {
    const xml = await documentXml(
      docWith([
        section('s', 'Section', [
          clause('c', null, [paragraph('See ', insertion('now ', ref('c')), deletion('was ', ref('s')), '.')]),
        ]),
      ]),
    );
    expect(xml).toMatch(
      /<w:ins [^>]*><w:r><w:fldChar w:fldCharType="begin"\/><w:instrText xml:space="preserve"> REF _Ref_c \\w \\h <\/w:instrText>/,
    );
    expect(xml).toContain('<w:delText>clause 1</w:delText>');
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should repeat table header rows, keep rows whole and align figure columns right', async () => {
    const xml = await documentXml(numberedSampleDocument());
    const table = /<w:tbl>.*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table).toContain('<w:tblStyle w:val="PartnershipTable"/>');
    expect(table).toMatch(/<w:tr><w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>.*?>Member</);
    const figure = paragraphsOf(table).find((p) => p.includes('£82,000.00'));
    expect(figure).toContain('<w:jc w:val="right"/>');
    expect(textOf(table)).toContain('Smith & Sons <Ltd> *Ltd*');
  });

  it('should keep each signature block together, with witness lines where a witness is needed', async () => {
    const xml = await documentXml(numberedSampleDocument());
    const paragraphs = paragraphsOf(xml);
    const start = paragraphs.findIndex((p) => textOf(p) === 'Signed for and on behalf of Rape Crisis England & Wales');
    const block = paragraphs.slice(start, start + 9);
    expect(block.map(textOf)).toEqual([
      'Signed for and on behalf of Rape Crisis England & Wales',
      'Signature: ',
      'Name: Amina Okafor',
      'Job title: Chief Executive',
      'Date: ',
      'Witness signature: ',
      'Witness name: ',
      'Witness address: ',
      'Witness occupation: ',
    ]);
    for (const p of block.slice(0, -1)) expect(p).toContain('<w:keepNext/>');
    for (const p of block) expect(p).toContain('<w:keepLines/>');
    expect(block[8]).not.toContain('<w:keepNext/>');
  });

  it('should keep the words of execution on the page of the signatures, and no other paragraph', async () => {
    const xml = await documentXml(
      docWith([
        section('execution', 'Execution', [
          paragraph('This paragraph stands on its own.'),
          paragraph('Eastway Refuge Trust cannot contract in its own name; its trustees sign below.'),
          signatures([{ party: 'Eastway Refuge Trust', name: 'First Trustee', jobTitle: 'Trustee' }]),
        ]),
      ]),
    );
    const paragraphs = paragraphsOf(xml);
    const own = paragraphs.find((p) => textOf(p) === 'This paragraph stands on its own.');
    const words = paragraphs.find((p) => textOf(p).startsWith('Eastway Refuge Trust cannot contract'));
    expect(own).not.toContain('<w:keepNext/>');
    expect(words).toContain('<w:keepNext/>');
  });

  it('should print the witness the spec names and leave their address to be written in', async () => {
    const paragraphs = paragraphsOf(await documentXml(numberedSampleDocument()));
    const start = paragraphs.findIndex((p) => textOf(p) === 'Executed as a deed by Українська громада «Надія»');
    expect(paragraphs.slice(start + 5, start + 9).map(textOf)).toEqual([
      'Witness signature: ',
      'Witness name: Ірина Мельник',
      'Witness address: ',
      'Witness occupation: Бухгалтерка',
    ]);
  });

  it('should open with a cover block from meta and a draft note', async () => {
    const xml = await documentXml(numberedSampleDocument());
    const opening = paragraphsOf(xml).slice(0, 6).map(textOf);
    expect(opening).toEqual([
      'Partnership Agreement',
      "Women's Health and Equality Consortium (“WHEC”)",
      'Version 1.1.0 · Draft · 2 February 2026',
      'Document whec/1.1.0/partnership-agreement',
      'Supersedes 1.0.0',
      'DRAFT. This is a draft for the partners’ and their advisers’ review; it is not yet agreed.',
    ]);
  });

  it('should leave out the draft note once a document is agreed', async () => {
    const doc = numberedSampleDocument();
    const agreed = { ...doc, meta: { ...doc.meta, status: 'agreed' as const } };
    expect(await documentXml(agreed)).not.toContain('not yet agreed');
  });

  it('should write text that looks like fields or markup as text', async () => {
    const words = 'CURRENT TOTAL_PAGES SECTION { PAGE } <w:t>x</w:t> ]]> &amp; {{name}}';
    const xml = await documentXml(
      docWith([paragraph(words), paragraph(insertion('CURRENT')), paragraph(deletion('SECTION'))]),
    );
    expect(xml).not.toMatch(/<w:(?:del)?instrText[^>]*>\s*(PAGE|NUMPAGES|SECTION)/);
    expect(textOf(xml)).toContain(words);
    expect(xml).toContain('<w:delText>SECTION</w:delText>');
  });

  it('should keep leading, trailing and repeated spaces', async () => {
    const xml = await documentXml(docWith([paragraph(' two  spaces '), paragraph('plain')]));
    expect(xml).toContain('<w:t xml:space="preserve"> two  spaces </w:t>');
    expect(xml).toContain('<w:t>plain</w:t>');
  });

  it('should replace characters XML cannot hold with U+FFFD and say so', async () => {
    const rendered = await render(docWith([paragraph('bell\u0007 here')]));
    expect(textOf(part(rendered, 'word/document.xml'))).toContain('bell\uFFFD here');
    expect(rendered.warnings).toHaveLength(1);
    expect(rendered.warnings[0]).toMatchObject({ severity: 'warning', code: 'docx-text', file: 'agreement.docx' });
    expect(rendered.warnings[0]?.message).toContain('U+0007');
  });

  it('should write any printable text verbatim', async () => {
    const alphabet = [...'abcXYZ019 .,;:!?()[]-–—’“”£€*_#|<&>{}]]>:::/\\\'"αβγΔΩЖжЯя'].map((c) => fc.constant(c));
    const pieces = fc.oneof(
      fc.constantFrom(
        '* _ # | < & {{ ]]> :::',
        '{{name}}',
        ']]>',
        '&amp;',
        '<w:t>',
        'CURRENT',
        'Ελληνικά',
        'Кириллица',
      ),
      fc.string({ unit: fc.oneof(...alphabet), minLength: 1, maxLength: 12 }),
    );
    const texts = fc.array(pieces, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
    await fc.assert(
      fc.asyncProperty(texts, async (value) => {
        const xml = await documentXml(docWith([paragraph(value)]));
        const body = paragraphsOf(xml).map(textOf);
        expect(body).toContain(value);
      }),
      { numRuns: 60 },
    );
  });
});
