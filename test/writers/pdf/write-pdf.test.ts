import { describe, expect, it } from 'vitest';
import { writePdf } from '../../../src/writers/pdf/index.js';
import { numberedSampleDocument } from '../../support/sample-document.js';
import { collapse, inflatedStreams, readPdf, type ReadPdf } from './read-pdf.js';

const sample = numberedSampleDocument();
let cached: Promise<ReadPdf> | undefined;
function readSample(): Promise<ReadPdf> {
  cached ??= writePdf(sample, {}).then((result) => readPdf(result.bytes));
  return cached;
}

describe('writePdf', () => {
  it("should set the sample document's text, numbers and headings", async () => {
    const text = collapse((await readSample()).pages.join('\n'));
    expect(text).toContain('1. Definitions and interpretation');
    expect(text).toContain('2.1 Decision body');
    expect(text).toContain('(b) decide by vote, where:');
    expect(text).toContain('(ii) the chair has a casting vote.');
    expect(text).toContain('2.1.1 Quorum');
    expect(text).toContain('Schedule 2 — Funding allocations and payment timetable');
    expect(text).toContain('“Accountable Body” means the member that holds the grant');
    expect(text).toContain('Українська громада «Надія» and Σύλλογος Γυναικών Αθήνας');
    expect(text).toContain('Drafting note: user text such as *not bold*, <w:t>x</w:t>, {{name}} and \\ stays literal.');
    expect(text).toContain('Smith & Sons <Ltd> *Ltd* £0.00 £1,250.50 £1,250.50');
    expect(text).toContain('quarterly in arrearsmonthly in advance');
    expect(text).toContain('The quorum is set by clause 2.2 of the Terms of Reference.');
  });

  it('should print a named witness and leave captioned lines for what is not known', async () => {
    const text = collapse((await readSample()).pages.join('\n'));
    expect(text).toContain('Name of witness: Ірина Мельник');
    expect(text).toContain('Occupation of witness: Бухгалтерка');
    // The first party's witness is not named: every detail is a line with its caption.
    expect(text.match(/Name of witness(?!:)/g)).toHaveLength(1);
    expect(text.match(/Address of witness/g)).toHaveLength(2);
  });

  it('should put the cover block and the draft note on the first page', async () => {
    const first = collapse((await readSample()).pages[0]!);
    expect(first).toContain('Partnership Agreement');
    expect(first).toContain("Women's Health and Equality Consortium (“WHEC”)");
    expect(first).toContain('Version 1.1.0 Status Draft Date 2 February 2026');
    expect(first).toContain('Document ID whec/1.1.0/partnership-agreement Supersedes 1.0.0');
    expect(first).toContain('This is a draft for the partners’ and their advisers’ review; it is not yet agreed.');
  });

  it('should mark every page of a draft and carry the running footer with page X of Y', async () => {
    const { pages } = await readSample();
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, index) => {
      const text = collapse(page);
      expect(text).toContain('DRAFT');
      expect(text).toContain("Women's Health and Equality Consortium — Partnership Agreement");
      expect(text).toContain('Version 1.1.0 · DRAFT');
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('should leave out the DRAFT marking and the note when the document is agreed', async () => {
    const agreed = { ...sample, meta: { ...sample.meta, status: 'agreed' as const } };
    const { pages } = await readPdf((await writePdf(agreed, {})).bytes);
    const text = pages.join('\n');
    expect(text).not.toContain('DRAFT');
    expect(text).not.toContain('This is a draft');
    expect(collapse(pages[0]!)).toContain('Version 1.1.0 · Agreed');
  });

  it('should give sections and schedules outline entries with their top-level clauses beneath', async () => {
    const { outline, destinations } = await readSample();
    expect(outline.map((entry) => entry.title)).toEqual([
      'Parties',
      'Background',
      '1. Definitions and interpretation',
      '2. Governance',
      '3. Funding and finance',
      '4. Execution',
      'Schedule 1 — Partner details',
      'Schedule 2 — Funding allocations and payment timetable',
    ]);
    expect(outline[3]!.items.map((entry) => entry.title)).toEqual([
      '2.1 Decision body',
      '2.2 Change of lead',
      '2.3 Urgent decisions',
    ]);
    expect(outline[7]!.items.map((entry) => entry.title)).toEqual(['1 Timetable', '2 Review']);
    for (const entry of outline.flatMap((top) => [top, ...top.items])) expect(destinations).toContain(entry.dest);
  });

  it("should link references in the document to named destinations and leave other documents' as text", async () => {
    const { links, destinations } = await readSample();
    const targets = links.map((link) => link.dest.replace(/^d\d{5}-/, ''));
    for (const id of [
      'voting',
      'casting-vote',
      'governance',
      'decision-body',
      'decision-body-quorum',
      'one-vote',
      'funding',
      'lead-change',
      'allocation-payments',
      'invoice-received',
      'schedule-allocations',
      'allocations',
    ]) {
      expect(targets).toContain(id);
    }
    expect(targets).not.toContain('tor-quorum');
    expect(targets).not.toContain('tor-role');
    for (const link of links) expect(destinations).toContain(link.dest);
    expect(destinations.map((name) => name.replace(/^d\d{5}-/, ''))).toContain('party-ywca');
  });

  it('should record the document properties from the metadata', async () => {
    const { info } = await readSample();
    expect(info).toMatchObject({
      Title: 'Partnership Agreement',
      Author: 'YWCA England & Wales',
      Subject: "Partnership Agreement of the Women's Health and Equality Consortium",
      Creator: 'partnership-docs 0.1.0',
      CreationDate: 'D:20260202000000Z',
      ModDate: 'D:20260202000000Z',
      Language: 'en-GB',
    });
    expect(info.Keywords).toContain('status: draft');
    expect(info.Keywords).toContain('version: 1.1.0');
    expect(info.Keywords).toContain('partnership-docs 0.1.0');
    expect(info.Keywords).toContain(sample.meta.templateHash);
  });

  it('should escape the properties in the XMP packet so user text never becomes markup', async () => {
    const meta = { ...sample.meta, creator: 'Smith & Sons <Ltd>', title: 'Agreement </rdf:li> "quoted"' };
    const raw = Buffer.from((await writePdf({ ...sample, meta }, {})).bytes).toString('utf8');
    const xmp = raw.slice(raw.indexOf('<?xpacket begin'), raw.indexOf('<?xpacket end'));
    expect(xmp).toContain('<rdf:li>Smith &amp; Sons &lt;Ltd&gt;</rdf:li>');
    expect(xmp).toContain('Agreement &lt;/rdf:li&gt; &quot;quoted&quot;');
    expect(xmp).not.toContain('Smith & Sons');
    const { info } = await readPdf((await writePdf({ ...sample, meta }, {})).bytes);
    expect(info).toMatchObject({ Author: 'Smith & Sons <Ltd>', Title: 'Agreement </rdf:li> "quoted"' });
  });

  it('should underline insertions and strike through deletions, each in its own colour', async () => {
    const streams = inflatedStreams((await writePdf(sample, {})).bytes);
    const page = streams.find((content) => content.includes('0 0.35 0.75 rg'));
    expect(page).toBeDefined();
    expect(page).toMatch(/0 0\.35 0\.75 RG [\d.]+ w [\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S/);
    expect(page).toMatch(/0\.75 0\.1 0\.1 RG [\d.]+ w [\d.]+ [\d.]+ m [\d.]+ [\d.]+ l S/);
    expect(page).toContain('0.75 0.1 0.1 rg');
  });

  it('should render the Latin, Greek and Cyrillic of the sample without warnings', async () => {
    expect((await writePdf(sample, {})).warnings).toEqual([]);
  });
});
