import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/compose/index.js';
import { loadSpec, validateSpec } from '../../src/spec/index.js';
import { getWriter } from '../../src/writers/index.js';
import { textOf } from '../writers/docx/docx-parts.js';
import { collapse, readPdf } from '../writers/pdf/read-pdf.js';

// DESIGN rule 2 end to end: a member's name, whatever it holds, reaches the text, the Word XML and the
// PDF of the agreement verbatim (after NFC; whitespace runs collapsed, since PDF extraction loses where
// lines wrapped) and never becomes markup. Words stay short so that no line break falls inside one.
const PIECES = [
  'Élan',
  'Ωμέγα',
  'Жизнь',
  'café',
  '*',
  '_',
  '#',
  '|',
  '<',
  '&',
  '{{x}}',
  ']]>',
  ':::',
  '[x](y)',
  '{#id}',
  '`a`',
  '> q',
  '1.',
  'and',
];
const NAME = fc
  .array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 6 })
  .map((parts) => `Trust ${parts.join(' ')}`.normalize('NFC'));

const base = (await loadSpec('fixtures/valid/whec-strategic-consortium.yaml')).spec!;
const [txt, docx, pdf] = await Promise.all(['txt', 'docx', 'pdf'].map((f) => getWriter(f)));

async function wordText(bytes: Uint8Array): Promise<string> {
  return textOf(await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string'));
}

describe('user text through the whole pipeline', () => {
  it('should print any member name verbatim in the text, the Word XML and the PDF of the agreement', async () => {
    await fc.assert(
      fc.asyncProperty(NAME, async (name) => {
        const data = structuredClone(base);
        data.members[1]!.legal_name = name;
        const checked = validateSpec(data, 'property.yaml');
        expect(checked.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const doc = composeDocument(checked.spec!, 'partnership_agreement');
        const text = new TextDecoder().decode((await txt!(doc, {})).bytes);
        expect(collapse(text)).toContain(collapse(name));
        expect(collapse(await wordText((await docx!(doc, {})).bytes))).toContain(collapse(name));
        const read = await readPdf((await pdf!(doc, {})).bytes);
        expect(collapse(read.pages.join('\n'))).toContain(collapse(name));
      }),
      { numRuns: 8, seed: 20261125 },
    );
  }, 240_000);
});
