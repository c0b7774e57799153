import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  composePack,
  loadSpec,
  numberDocument,
  redlineDocument,
  render,
  type NumberedDocument as Document,
  type PartnershipSpec,
} from '../../src/index.js';
import { clause, documentOf, paragraph, section } from '../../src/model/index.js';
import { sampleMeta } from '../support/sample-document.js';
import { runCli } from '../support/run-cli.js';
import { documentXml, resolvedParagraphs } from '../support/tracked-changes.js';

async function spec(file: string): Promise<PartnershipSpec> {
  const loaded = await loadSpec(file);
  if (loaded.spec === null) throw new Error(`${file} is invalid`);
  return loaded.spec;
}

async function agreements(pair: string): Promise<[Document, Document]> {
  const [before] = composePack(await spec(`fixtures/diff/${pair}/old.yaml`), ['partnership_agreement']);
  const [after] = composePack(await spec(`fixtures/diff/${pair}/new.yaml`), ['partnership_agreement']);
  if (!before || !after) throw new Error('nothing composed');
  return [before, after];
}

/** The body XML after the change summary (which ends at the first page break). */
function bodyAfterSummary(xml: string): string {
  return xml.slice(xml.indexOf('w:type="page"', xml.indexOf('Summary of changes')));
}

describe('redline', () => {
  it('should mark only the clause inserted early: later clauses are renumbered without a mark', async () => {
    const [before, after] = await agreements('early-insertion');
    const redline = redlineDocument(before, after, 'Reviewer');
    expect(redline.changes).toEqual([
      {
        kind: 'inserted',
        where: 'clause 2.2',
        text: 'Early review The Partners will review how the Partnership is working six months after the…',
      },
    ]);
    const xml = bodyAfterSummary(await documentXml((await render('docx', redline.document)).bytes));
    const accepted = resolvedParagraphs(xml, 'accept');
    const rejected = resolvedParagraphs(xml, 'reject');
    const added = accepted.filter((p) => !rejected.includes(p));
    expect(added).toEqual([
      'Early review',
      'The Partners will review how the Partnership is working six months after the Commencement Date.',
    ]);
    expect(accepted.length - rejected.length).toBe(2);
    expect(xml.match(/<w:del /g)).toBeNull();
  });

  it("should attribute every change to the author on the new version's date, never the clock", async () => {
    const [before, after] = await agreements('governance');
    const redline = redlineDocument(before, after, 'A. Reviewer & Co');
    const xml = await documentXml((await render('docx', redline.document)).bytes);
    const stamps = new Set(xml.match(/w:author="[^"]*" w:date="[^"]*"/g));
    expect([...stamps]).toEqual(['w:author="A. Reviewer &amp; Co" w:date="2026-06-01T00:00:00Z"']);
    const again = await render('docx', redlineDocument(before, after, 'A. Reviewer & Co').document);
    expect(Buffer.from(again.bytes).equals(Buffer.from((await render('docx', redline.document)).bytes))).toBe(true);
  });

  it('should say there is no change to the text, and mark nothing, when only unprinted fields changed', async () => {
    const [before, after] = await agreements('no-text-change');
    const redline = redlineDocument(before, after, 'Reviewer');
    expect(redline.changes).toEqual([]);
    const txt = new TextDecoder().decode((await render('txt', redline.document)).bytes);
    expect(txt).toContain('There is no change to the text.');
    expect(txt.slice(txt.indexOf('page break'))).not.toMatch(/\{\+|\[-/);
    const xml = bodyAfterSummary(await documentXml((await render('docx', redline.document)).bytes));
    expect(xml).not.toMatch(/<w:(ins|del|moveFrom|moveTo)\b/);
  });

  it('should insert a table row whole when a member joins', async () => {
    const [before, after] = await agreements('membership');
    const redline = redlineDocument(before, after, 'Reviewer');
    expect(redline.changes.some((c) => c.kind === 'inserted' && c.text.startsWith("Foo Women's Aid"))).toBe(true);
    const xml = await documentXml((await render('docx', redline.document)).bytes);
    expect(xml).toMatch(/<w:trPr><w:cantSplit\/><w:ins w:id="\d+" w:author="Reviewer"/);
  });

  it("should mark only the joining party's execution block, the others' unmarked", async () => {
    const [before, after] = await agreements('membership');
    const redline = redlineDocument(before, after, 'Reviewer');
    // Clause 27 is the execution clause: its one change is the party that joins.
    expect(redline.changes.filter((c) => c.where === 'clause 27')).toEqual([
      { kind: 'inserted', where: 'clause 27', text: "Foo Women's Aid" },
    ]);
    const xml = bodyAfterSummary(await documentXml((await render('docx', redline.document)).bytes));
    const rejected = resolvedParagraphs(xml, 'reject');
    const added = resolvedParagraphs(xml, 'accept').filter((p) => !rejected.includes(p));
    expect(added.filter((p) => p.startsWith('Signed for'))).toEqual(["Signed for and on behalf of Foo Women's Aid"]);
    expect(xml).not.toMatch(/<w:del [^>]*><w:r><w:delText xml:space="preserve">Signed for/);
  });

  it('should open with a legend of the marks, which the PDF and the text both print', async () => {
    const [before, after] = await agreements('clause-text');
    const redline = redlineDocument(before, after, 'Reviewer');
    const txt = new TextDecoder().decode((await render('txt', redline.document)).bytes);
    const legend = txt.slice(txt.indexOf('Summary of changes'), txt.indexOf('page break'));
    expect(legend).toMatch(/Inserted +blue and underlined +between \{\+ and \+\}/);
    expect(legend).toMatch(/Deleted +red and struck through +between \[- and -\]/);
    const dir = mkdtempSync(join(tmpdir(), 'legend-'));
    try {
      const file = join(dir, 'redline.pdf');
      writeFileSync(file, (await render('pdf', redline.document)).bytes);
      const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', '-l', '2', file, '-']).toString();
      for (const words of ['blue and underlined', 'red and struck through', 'between {+ and +}', 'between [- and -]'])
        expect(pdf).toContain(words);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should keep a rewritten first paragraph on its clause number: accepting or rejecting leaves no blank line', async () => {
    const doc = (text: string) =>
      numberDocument(
        documentOf('mou', 'mou', sampleMeta('Memorandum', 'mou'), [
          section('one', 'One', [clause('purpose', null, [paragraph(text), paragraph('A second paragraph.')])]),
        ]),
      );
    // Too unlike to be the same paragraph edited: paired only because it carries the number.
    const before = doc('The members will reduce health inequalities for women and girls.');
    const after = doc('Share practice, learning and intelligence across Northern Ireland.');
    const xml = await documentXml((await render('docx', redlineDocument(before, after, 'Reviewer').document)).bytes);
    const plain = async (d: Document) =>
      resolvedParagraphs(await documentXml((await render('docx', d)).bytes), 'accept');
    const body = (paragraphs: string[]) => paragraphs.slice(paragraphs.indexOf('One'));
    expect(body(resolvedParagraphs(xml, 'accept'))).toEqual(body(await plain(after)));
    expect(body(resolvedParagraphs(xml, 'reject'))).toEqual(body(await plain(before)));
  });

  it('should show a moved clause once, as moved, with both ends named alike', async () => {
    const a = clause('a', null, [paragraph('First clause.')]);
    const b = clause('b', null, [paragraph('Second clause.')]);
    const c = clause('c', null, [paragraph('Third clause, which moves.')]);
    const doc = (children: ReturnType<typeof section>[]) =>
      numberDocument(documentOf('mou', 'mou', sampleMeta('Memorandum', 'mou'), children));
    const before = doc([section('one', 'One', [a, b, c]), section('two', 'Two', [paragraph('x')])]);
    const after = doc([section('one', 'One', [a, b]), section('two', 'Two', [c, paragraph('x')])]);
    const redline = redlineDocument(before, after, 'Reviewer');
    expect(redline.changes).toEqual([{ kind: 'moved', where: 'clause 2.1', text: 'Third clause, which moves.' }]);
    const xml = await documentXml((await render('docx', redline.document)).bytes);
    expect(xml).toMatch(/<w:moveFromRangeStart [^>]*w:name="move-c"\/>/);
    expect(xml).toMatch(/<w:moveToRangeStart [^>]*w:name="move-c"\/>/);
    expect(xml).not.toMatch(/<w:(ins|del) /);
    const txt = new TextDecoder().decode((await render('txt', redline.document)).bytes);
    expect(txt).toMatch(/\[-1\.3 +Third clause, which moves\.-\]/);
    expect(txt).toMatch(/\{\+2\.1 +Third clause, which moves\.\+\}/);
  });
});

describe('partnership diff --redline', () => {
  it('should write byte-identical redlines in two processes in two time zones', () => {
    const pair = 'fixtures/diff/membership';
    const dirs = ['UTC', 'Pacific/Auckland'].map((tz) => {
      const dir = mkdtempSync(join(tmpdir(), 'redline-tz-'));
      execFileSync(
        process.execPath,
        ['dist/cli/bin.cjs', 'diff', `${pair}/old.yaml`, `${pair}/new.yaml`, '--redline', dir],
        { env: { ...process.env, TZ: tz }, stdio: 'ignore' },
      );
      return dir;
    });
    try {
      const names = readdirSync(dirs[0]!).sort();
      expect(names).toContain('partnership-agreement-redline.docx');
      expect(names).toContain('partnership-agreement-redline.pdf');
      expect(names).toContain('partnership-agreement-redline.txt');
      expect(readdirSync(dirs[1]!).sort()).toEqual(names);
      for (const name of names) {
        const [a, b] = dirs.map((dir) => readFileSync(join(dir, name)));
        expect(a!.equals(b!), name).toBe(true);
      }
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('should write <document>-redline.<ext> for each document and format asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-'));
    try {
      const result = await runCli(
        'diff',
        'fixtures/diff/clause-text/old.yaml',
        'fixtures/diff/clause-text/new.yaml',
        '--redline',
        dir,
        '--documents',
        'partnership_agreement',
        '--format',
        'txt,docx',
        '--author',
        'Reviewer',
      );
      expect(result.code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual([
        'partnership-agreement-redline.docx',
        'partnership-agreement-redline.txt',
      ]);
      const txt = readFileSync(join(dir, 'partnership-agreement-redline.txt'), 'utf8');
      expect(txt).toContain('women and girls{+ across England+},');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should redline a document added to meta.documents as all inserted, and one dropped as all deleted', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-'));
    try {
      // The money pair's old version, and a version 1.1.0 listing a memorandum instead of the meetings protocol.
      const old = readFileSync('fixtures/diff/money/old.yaml', 'utf8');
      const next = old
        .replace('version: "1.0.0"', 'version: "1.1.0"')
        .replace('prepared_date: 2026-02-02', 'prepared_date: 2026-06-01')
        .replace('[partnership_agreement, terms_of_reference, meetings_protocol]', '[partnership_agreement, mou]')
        .replace(
          /(\n {4}- \{version: "1\.0\.0".*)/,
          '$1\n    - {version: "1.1.0", date: 2026-06-01, summary: "Memorandum"}',
        );
      writeFileSync(join(dir, 'old.yaml'), old);
      writeFileSync(join(dir, 'new.yaml'), next);
      const out = join(dir, 'redlines');
      const files = [join(dir, 'old.yaml'), join(dir, 'new.yaml')];
      const result = await runCli('diff', ...files, '--redline', out, '--format', 'txt,docx');
      expect(result.code).toBe(0);
      expect(readdirSync(out).filter((f) => f.endsWith('.docx'))).toEqual(
        expect.arrayContaining(['mou-redline.docx', 'meetings-protocol-redline.docx']),
      );
      const body = async (name: string, mode: 'accept' | 'reject') =>
        resolvedParagraphs(bodyAfterSummary(await documentXml(readFileSync(join(out, name)))), mode).filter(
          (text) => text.trim() !== '',
        );
      // The old version produced no memorandum, the new one no meetings protocol.
      expect(await body('mou-redline.docx', 'reject')).toEqual([]);
      expect(await body('mou-redline.docx', 'accept')).not.toEqual([]);
      expect(await body('meetings-protocol-redline.docx', 'accept')).toEqual([]);
      expect(await body('meetings-protocol-redline.docx', 'reject')).not.toEqual([]);
      // Each says from which version to which, as every redline does.
      for (const name of ['mou-redline.txt', 'meetings-protocol-redline.txt']) {
        expect(readFileSync(join(out, name), 'utf8').replace(/\s+/g, ' ')).toContain(
          'changes from version 1.0.0 (2 February 2026) to version 1.1.0 (1 June 2026)',
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
