import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composePack,
  loadSpec,
  redlineDocument,
  render,
  SUMMARY_ID,
  type NumberedDocument as Document,
  type DocumentKind,
  type PartnershipSpec,
} from '../../src/index.js';
import { documentXml, maskNumbers, resolvedParagraphs } from '../support/tracked-changes.js';

const KINDS: DocumentKind[] = ['partnership_agreement'];

async function spec(file: string): Promise<PartnershipSpec> {
  const loaded = await loadSpec(file);
  if (loaded.spec === null) throw new Error(`${file} is invalid`);
  return loaded.spec;
}

const base = await spec('fixtures/valid/whec-strategic-consortium.yaml');
const joined = await spec('fixtures/diff/membership/new.yaml');
const WORDS = ['promptly', 'in writing', 'jointly', 'at least', 'the Partners', 'each year', '£1,000'];

/** One random set of the edits a new version makes. */
interface Edits {
  member: boolean;
  pence: number;
  word: { at: number; text: string } | null;
  complaints: boolean;
  early: string | null;
}

const edits: fc.Arbitrary<Edits> = fc.record({
  member: fc.boolean(),
  pence: fc.nat({ max: 2_000_000 }),
  word: fc.option(fc.record({ at: fc.nat({ max: 40 }), text: fc.constantFrom(...WORDS) }), { nil: null }),
  complaints: fc.boolean(),
  early: fc.option(fc.constantFrom(...WORDS), { nil: null }),
});

const money = (pence: number): string => `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;

function edited(e: Edits): PartnershipSpec {
  const s = structuredClone(base);
  if (e.member) {
    s.members = structuredClone(joined.members);
    s.governance = structuredClone(joined.governance);
    s.signatures = structuredClone(joined.signatures);
  }
  const allocations = s.funding?.allocations ?? [];
  const [first, second] = allocations;
  if (first && second && e.pence > 0) {
    first.amount = money(8_100_000 + e.pence);
    second.amount = money(8_100_000 - e.pence);
  }
  if (e.word) {
    const words = s.partnership.purpose.split(' ');
    words.splice(e.word.at % words.length, 0, e.word.text);
    s.partnership.purpose = words.join(' ');
  }
  if (!e.complaints) delete s.complaints;
  if (e.early !== null) {
    s.custom_clauses = [{ id: 'early-review', after: 'term-duration', text: `The Partners will review ${e.early}.` }];
  }
  return s;
}

async function paragraphs(doc: Document, mode: 'accept' | 'reject'): Promise<string[]> {
  const { bytes } = await render('docx', doc);
  return resolvedParagraphs(await documentXml(bytes), mode).map(maskNumbers);
}

describe('redline (property)', () => {
  it("should give the new version's paragraphs with every change accepted, and the old one's with every change rejected", async () => {
    await fc.assert(
      fc.asyncProperty(edits, edits, async (a, b) => {
        const [before] = composePack(edited(a), KINDS);
        const [after] = composePack(edited(b), KINDS);
        if (!before || !after) throw new Error('nothing composed');
        const redline = redlineDocument(before, after, 'Reviewer');
        const [summary, pageBreak, ...body] = redline.document.children;
        expect(summary).toMatchObject({ type: 'section', id: SUMMARY_ID });
        expect(pageBreak?.type).toBe('pageBreak');
        const marked: Document = { ...redline.document, children: body };
        // The cover and properties are the new version's in both readings; only the body is compared, as a
        // redline sets it (without a contents list).
        const meta = { ...after.meta, revisionAuthor: 'Reviewer' };
        const old: Document = { ...before, meta };
        expect(await paragraphs(marked, 'accept')).toEqual(await paragraphs({ ...after, meta }, 'accept'));
        expect(await paragraphs(marked, 'reject')).toEqual(await paragraphs(old, 'accept'));
      }),
      { numRuns: 8 },
    );
  }, 120_000);
});
