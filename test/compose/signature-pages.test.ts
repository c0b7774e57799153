import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Signatures } from '../../src/model/index.js';
import { GOLDEN_DIR, VALID_FIXTURES, asText, compose, loadFixture, numberOf } from './document-set.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');
const blockOf = (doc: { children: { type: string }[] }): Signatures =>
  doc.children
    .flatMap((b) => ('children' in b ? (b.children as { type: string }[]) : []))
    .find((b) => b.type === 'signatures') as Signatures;

describe('signature-pages', () => {
  for (const fixture of VALID_FIXTURES) {
    it(`should match the golden text of every signature page of ${fixture}`, async () => {
      const spec = await loadFixture(fixture);
      for (const doc of compose(spec, ['signature_pages'])) {
        await expect(await asText(doc)).toMatchFileSnapshot(join(GOLDEN_DIR, spec.meta.spec_id, `${doc.name}.txt`));
      }
    });
  }

  it('should write one page per active signing party, each with that party alone', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    const docs = compose(spec, ['signature_pages']);
    const active = spec.members.filter((m) => m.status === 'active').map((m) => m.id);
    expect(docs.map((doc) => doc.name)).toEqual(
      spec.signatures.signatories
        .filter((s) => active.includes(s.member_id))
        .map((s) => `signature-pages-${s.member_id}`),
    );
    for (const doc of docs) {
      const member = spec.members.find((m) => `signature-pages-${m.id}` === doc.name)!;
      expect(blockOf(doc).parties.map((b) => b.party)).toEqual([member.legal_name]);
      expect(doc.meta.title).toBe(`Signature Page: ${member.legal_name}`);
    }
  });

  it('should say which agreement and version the page executes and cite its counterparts clause', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const docs = compose({ ...spec, meta: { ...spec.meta, documents: [...spec.meta.documents, 'signature_pages'] } }, [
      'signature_pages',
      'partnership_agreement',
    ]);
    const page = docs[0];
    const agreement = docs.find((doc) => doc.kind === 'partnership_agreement');
    const text = flat(await asText(page!));
    expect(text).toContain(`for the Partnership Agreement of ${spec.partnership.name}, version ${spec.meta.version}`);
    expect(text).toContain(
      `As clause ${numberOf(agreement!, 'general-counterparts')} of the Partnership Agreement provides`,
    );
  });

  it('should add witness lines and the Scots counterparts statute under Scots law, and none under English law', async () => {
    const scots = compose(await loadFixture('referral-partnership.yaml'), ['signature_pages'])[0]!;
    expect(blockOf(scots).parties[0]!.signers[0]!.witness).toEqual({
      name: 'Iain Stewart',
      occupation: 'Finance Officer',
    });
    const scotsText = flat(await asText(scots));
    expect(scotsText).toMatch(/Witness name: +Iain Stewart/);
    expect(scotsText).toMatch(/Witness occupation: +Finance Officer/);
    expect(scotsText).toContain('Legal Writings (Counterparts and Delivery) (Scotland) Act 2015');
    expect(scotsText).toContain('self-proving under the Requirements of Writing (Scotland) Act 1995');
    const english = compose(await loadFixture('whec-strategic-consortium.yaml'), ['signature_pages'])[0]!;
    expect(blockOf(english).parties[0]!.signers[0]!.witness).toBeNull();
    expect(flat(await asText(english))).not.toMatch(/Scotland/);
  });
});
