import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PartnershipSpec } from '../../src/spec/index.js';
import { GOLDEN_DIR, VALID_FIXTURES, asText, compose, hasId, loadFixture, numberOf } from './document-set.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** A copy of the spec with its partnership section changed. */
function withPartnership(spec: PartnershipSpec, change: Partial<PartnershipSpec['partnership']>): PartnershipSpec {
  return { ...spec, partnership: { ...spec.partnership, ...change } };
}

describe('mou', () => {
  for (const fixture of VALID_FIXTURES) {
    it(`should match the golden text of the memorandum of understanding of ${fixture}, when it asks for one`, async () => {
      const spec = await loadFixture(fixture);
      if (!spec.meta.documents.includes('mou')) return;
      const [doc] = compose(spec, ['mou']);
      await expect(await asText(doc!)).toMatchFileSnapshot(join(GOLDEN_DIR, spec.meta.spec_id, 'mou.txt'));
    });
  }

  it('should hold every item of the outline for a referral partnership that uses every option', async () => {
    const [doc] = compose(await loadFixture('referral-partnership.yaml'), ['mou']);
    for (const id of [
      'mou-parties',
      'mou-background',
      'mou-purpose',
      'mou-objectives',
      'mou-principles',
      'mou-roles',
      'mou-governance',
      'mou-resources',
      'mou-communications',
      'mou-confidentiality',
      'mou-data',
      'mou-status',
      'mou-duration',
      'mou-withdrawal',
      'mou-disputes',
      'mou-new-members',
      'mou-signatures',
    ]) {
      expect(hasId(doc!, id), id).toBe(true);
    }
    const text = flat(await asText(doc!));
    expect(text).toContain(
      'Each Partner bears its own costs of taking part in the Partnership, unless the Partners agree otherwise in writing',
    );
    expect(text).toContain('by giving the other Partners not less than 3 months’ notice in writing');
  });

  it('should name the binding clauses of a partly binding memorandum by their numbers, with the law that governs them', async () => {
    const [doc] = compose(await loadFixture('referral-partnership.yaml'), ['mou']);
    const text = flat(await asText(doc!));
    const [conf, data, disputes, law] = ['mou-confidentiality', 'mou-data', 'mou-disputes', 'mou-law'].map((id) =>
      numberOf(doc!, id),
    );
    expect(text).toContain(
      `not intended to be legally binding, except for clause ${conf}, clause ${data}, clause ${disputes}, this clause and clause ${law}, which are legally binding`,
    );
    expect(text).toContain('governed by the law of Scotland, and the Scottish courts have exclusive jurisdiction');
  });

  it('should say a non-binding memorandum binds no one, with no governing-law clause', async () => {
    const spec = withPartnership(await loadFixture('referral-partnership.yaml'), {
      agreement_status: 'non_binding',
      binding_sections: undefined,
    });
    const [doc] = compose(spec, ['mou']);
    expect(flat(await asText(doc!))).toContain(
      'It is not intended to be legally binding or to create legal relations between them',
    );
    expect(hasId(doc!, 'mou-law')).toBe(false);
  });

  it('should leave out the data clause when no personal data is handled, and point to the data-sharing schedule when there is one', async () => {
    const ni = await loadFixture('ni-network-mou.yaml');
    const [plain] = compose(ni, ['mou']);
    expect(hasId(plain!, 'mou-data')).toBe(
      ni.data_protection.personal_data_shared || ni.data_protection.relationship !== 'none',
    );
    const clyde = await loadFixture('referral-partnership.yaml');
    const [mou, dss] = compose(clyde, ['mou', 'data_sharing_schedule']);
    expect(flat(await asText(mou!))).toContain(
      `the purposes (clause ${numberOf(dss!, 'dss-purposes')} of the Data-Sharing Schedule)`,
    );
  });

  it('should ask for a data-sharing agreement before sharing when the pack has no data-sharing schedule', async () => {
    const clyde = await loadFixture('referral-partnership.yaml');
    const spec = {
      ...clyde,
      meta: { ...clyde.meta, documents: ['mou', 'referral_protocol'] as PartnershipSpec['meta']['documents'] },
    };
    const [doc] = compose(spec, ['mou']);
    expect(flat(await asText(doc!))).toContain(
      'Before sharing any personal data about the people they support, the Partners will agree in writing a data-sharing agreement',
    );
  });

  it('should leave out the optional items when their fields are absent', async () => {
    const clyde = await loadFixture('referral-partnership.yaml');
    const spec = {
      ...withPartnership(clyde, { principles: undefined }),
      communications: undefined,
      change_management: {
        ...clyde.change_management,
        admission: { ...clyde.change_management.admission, allowed: false },
      },
    };
    const [doc] = compose(spec, ['mou']);
    for (const id of ['mou-principles', 'mou-communications', 'mou-new-members'])
      expect(hasId(doc!, id), id).toBe(false);
  });
});
