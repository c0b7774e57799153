/**
 * A draft's drafting notes speak to the partners: plain English grouped by subject, with no rule
 * codes, field paths or file names, so that where a spec is kept changes no byte of its documents.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDocument, loadSpec, render, validateSource, type Diagnostic } from '../../src/index.js';
import type { DocumentKind } from '../../src/compose/index.js';

const WARNINGS = 'fixtures/warnings';

/** The text of a draft's drafting notes page, from the text writer's output. */
async function notesText(file: string): Promise<{ notes: string; warnings: Diagnostic[] }> {
  const result = validateSource(readFileSync(file, 'utf8'), file);
  const spec = result.spec!;
  spec.meta.status = 'draft';
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
  const kind = spec.meta.documents[0] as DocumentKind;
  const { bytes } = await render('txt', composeDocument(spec, kind, { warnings }));
  const text = Buffer.from(bytes).toString('utf8');
  return { notes: text.slice(text.lastIndexOf('Drafting notes')), warnings };
}

describe('drafting notes', () => {
  const fixtures = readdirSync(WARNINGS).filter((f) => f.endsWith('.yaml'));

  it.each(fixtures)('should put the warnings of %s to the partners without codes or paths', async (name) => {
    const { notes, warnings } = await notesText(join(WARNINGS, name));
    expect(warnings.length).toBeGreaterThan(0);
    for (const warning of warnings) {
      expect(warning.note, `${warning.code} ${warning.message}`).toBeDefined();
      expect(notes).toContain(warning.note!.subject);
    }
    expect(notes).not.toMatch(/\bR\d\d\b/);
    expect(notes).not.toMatch(/\.ya?ml|\/[a-z_]+\/|\[\d+\]|[a-z]+_[a-z_]+\b/);
    expect(notes).not.toContain(name);
  });

  it('should list each subject once, its points beneath it', async () => {
    const { notes } = await notesText(join(WARNINGS, 'R54-unincorporated-party.yaml'));
    expect(notes.match(/Parties and signing/g)).toHaveLength(1);
    expect(notes).toContain('Positively Women is an unincorporated association with one signatory named');
  });

  it('should give identical bytes for the same spec kept in another folder', async () => {
    const source = join(WARNINGS, 'R54-unincorporated-party.yaml');
    const near = mkdtempSync(join(tmpdir(), 'notes-a-'));
    const far = join(mkdtempSync(join(tmpdir(), 'notes-b-')), 'deeper', 'still');
    mkdirSync(far, { recursive: true });
    const outputs = await Promise.all(
      [join(near, 'spec.yaml'), join(far, 'other-name.yaml')].map(async (file) => {
        copyFileSync(source, file);
        const { spec, diagnostics } = await loadSpec(file);
        spec!.meta.status = 'draft';
        const doc = composeDocument(spec!, 'partnership_agreement', { warnings: diagnostics });
        return Promise.all(['txt', 'docx', 'pdf'].map(async (format) => (await render(format, doc)).bytes));
      }),
    );
    const [first, second] = outputs;
    for (let i = 0; i < 3; i++) expect(Buffer.from(second![i]!).equals(Buffer.from(first![i]!))).toBe(true);
  });
});
