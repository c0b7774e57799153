import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composePack, loadSpec, render, SOURCES_ID, type Document } from '../../src/index.js';
import { visit } from '../../src/model/index.js';
import { runCli } from '../support/run-cli.js';

const FILE = 'fixtures/valid/referral-partnership.yaml';
const lines = readFileSync(FILE, 'utf8').split('\n');
const loaded = await loadSpec(FILE);
const spec = loaded.spec!;
const [copy] = composePack(spec, ['mou'], { review: true, locate: loaded.locate });
const [plain] = composePack(spec, ['mou'], { locate: loaded.locate });

const unescape = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Each comment of a .docx: the text its range covers and what it says. */
async function comments(bytes: Uint8Array): Promise<{ range: string; text: string }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const body = await zip.file('word/document.xml')!.async('string');
  const part = await zip.file('word/comments.xml')!.async('string');
  const texts = new Map(
    [...part.matchAll(/<w:comment w:id="(\d+)"[^>]*>(.*?)<\/w:comment>/g)].map((m) => [
      m[1]!,
      unescape([...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    ]),
  );
  return [...body.matchAll(/<w:commentRangeStart w:id="(\d+)"\/>(.*?)<w:commentRangeEnd w:id="\1"\/>/g)].map((m) => ({
    range: unescape([...m[2]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
    text: texts.get(m[1]!) ?? '',
  }));
}

/** Whether line `n` of the spec file holds the field's own key or the value. */
function lineHolds(n: number, field: string, value: string): boolean {
  const line = lines[n - 1] ?? '';
  const key = field
    .replace(/\[\d+\]/g, '')
    .split('.')
    .pop()!;
  return line.includes(`${key}:`) || line.includes(value.slice(0, 20));
}

describe('reviewer copy', () => {
  it("should comment each value in Word with its spec field and that field's line", async () => {
    const found = await comments((await render('docx', copy!)).bytes);
    expect(found.length).toBeGreaterThan(30);
    expect(found[0]).toEqual({ range: "Clyde Women's Aid", text: '[1] members[0].legal_name, line 53' });
    expect(lines[52]).toContain("legal_name: Clyde Women's Aid");
    for (const { range, text } of found) {
      const match = /^\[(\d+)\] (.+)$/.exec(text);
      expect(match, text).not.toBeNull();
      for (const source of match![2]!.replace(/ and \d+ more$/, '').split('; ')) {
        const [, field, line] = /^(.+), line (\d+)$/.exec(source)!;
        expect(lineHolds(Number(line), field!, range), `${range} ← ${source}`).toBe(true);
      }
    }
  });

  it('should mark values [n] in text and PDF, and end with the table of sources', async () => {
    const txt = new TextDecoder().decode((await render('txt', copy!)).bytes);
    expect(txt).toContain("Clyde Women's Aid[1], a Scottish charitable");
    const table = txt.slice(txt.indexOf('Sources of the values'));
    // The value column wraps or not as the widest cells allow; the row holds the value, its field and line.
    expect(table).toMatch(/\n +1 +Clyde Women's(?: Aid)? +members\[0\]\.legal_name +53\n/);
    expect(table).toMatch(/\n +3 +Renfrewshire +members\[1\]\.legal_name +75\n/);
    const dir = mkdtempSync(join(tmpdir(), 'review-'));
    try {
      const file = join(dir, 'mou-review.pdf');
      writeFileSync(file, (await render('pdf', copy!)).bytes);
      const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
      expect(pdf).toContain("Clyde Women's Aid[1]");
      expect(pdf).toContain('Sources of the values');
      expect(pdf).toContain('members[0].legal_name');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should number each source once, in order of first use, and leave the documents themselves unmarked', () => {
    const numbers: number[] = [];
    const labels = new Map<number, string>();
    visit(copy!, (node) => {
      if (node.type !== 'text' || !node.source) return;
      const { number, label } = node.source;
      if (!labels.has(number)) numbers.push(number);
      expect(labels.get(number) ?? label).toBe(label);
      labels.set(number, label);
    });
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(copy!.children.at(-1)).toMatchObject({ type: 'section', id: SOURCES_ID });
    const sourced = (doc: Document) => {
      let n = 0;
      visit(doc, (node) => {
        if (node.type === 'text' && node.source) n += 1;
      });
      return n;
    };
    expect(sourced(plain!)).toBe(0);
    expect(plain!.children.some((b) => b.type === 'section' && b.id === SOURCES_ID)).toBe(false);
  });

  it('should give the same bytes on every render', async () => {
    for (const format of ['docx', 'pdf', 'txt']) {
      const [again] = composePack(spec, ['mou'], { review: true, locate: loaded.locate });
      const a = (await render(format, copy!)).bytes;
      const b = (await render(format, again!)).bytes;
      expect(Buffer.from(a).equals(Buffer.from(b)), format).toBe(true);
    }
  });
});

describe('partnership generate --review', () => {
  it('should write <document>-review.<ext> beside each document', async () => {
    const out = mkdtempSync(join(tmpdir(), 'review-cli-'));
    try {
      const result = await runCli('generate', FILE, '--out', out, '--documents', 'mou', '--review', '--quiet');
      expect(result.code).toBe(0);
      const folder = join(out, 'clyde-referral', '1.0.0');
      expect(readdirSync(folder).sort()).toEqual([
        'mou-review.docx',
        'mou-review.pdf',
        'mou-review.txt',
        'mou.docx',
        'mou.pdf',
        'mou.txt',
      ]);
      expect(readFileSync(join(folder, 'mou.txt'), 'utf8')).not.toContain('Sources of the values');
      expect(readFileSync(join(folder, 'mou-review.txt'), 'utf8')).toContain('Sources of the values');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
