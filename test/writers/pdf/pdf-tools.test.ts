import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePdf } from '../../../src/writers/pdf/index.js';
import { numberedSampleDocument } from '../../support/sample-document.js';
import { has } from './read-pdf.js';

describe('writePdf output checked by PDF tools', () => {
  let folder = '';
  let file = '';
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'pdf-tools-'));
    file = join(folder, 'sample.pdf');
    writeFileSync(file, (await writePdf(numberedSampleDocument(), {})).bytes);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it.skipIf(!has('qpdf'))('should pass qpdf --check', () => {
    const report = execFileSync('qpdf', ['--check', file]).toString();
    expect(report).toContain('No syntax or stream encoding errors found');
  });

  it.skipIf(!has('pdffonts'))('should embed every font, and only DejaVu subsets', () => {
    const rows = execFileSync('pdffonts', [file]).toString().trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toMatch(
        /^[A-Z]{6}\+DejaVuSans(-Bold|-Oblique|-BoldOblique)?\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes\s/,
      );
    }
  });

  it.skipIf(!has('pdftoppm'))(
    'should rasterise every page, accented composite glyphs included, without complaint',
    () => {
      const run = spawnSync('pdftoppm', ['-r', '20', '-png', file, join(folder, 'page')], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
    },
  );

  it.skipIf(!has('pdftotext'))('should extract the Greek and Cyrillic text with pdftotext too', () => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString();
    expect(text).toContain('Українська громада «Надія»');
    expect(text).toContain('Σύλλογος Γυναικών Αθήνας');
  });
});
