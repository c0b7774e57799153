import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PartnershipSpec } from '../../src/spec/index.js';
import {
  GOLDEN_DIR,
  VALID_FIXTURES,
  asText,
  compose,
  hasId,
  loadFixture,
  numberOf,
  withDocuments,
} from './document-set.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** A copy of the spec with its data-protection section changed. */
function withData(spec: PartnershipSpec, change: Partial<PartnershipSpec['data_protection']>): PartnershipSpec {
  return { ...spec, data_protection: { ...spec.data_protection, ...change } };
}

describe('data-sharing-schedule', () => {
  for (const fixture of VALID_FIXTURES) {
    it(`should match the golden text of the data-sharing schedule of ${fixture}, when it asks for one`, async () => {
      const spec = await loadFixture(fixture);
      if (!spec.meta.documents.includes('data_sharing_schedule')) return;
      const [doc] = compose(spec, ['data_sharing_schedule']);
      await expect(await asText(doc!)).toMatchFileSnapshot(
        join(GOLDEN_DIR, spec.meta.spec_id, 'data-sharing-schedule.txt'),
      );
    });
  }

  it('should give every standing section of the outline, and the conditional ones exactly when they hold', async () => {
    const clyde = await loadFixture('referral-partnership.yaml');
    const [doc] = compose(clyde, ['data_sharing_schedule']);
    for (const id of [
      'dss-parties',
      'dss-purposes',
      'dss-data',
      'dss-lawful-basis',
      'dss-special',
      'dss-transparency',
      'dss-security',
      'dss-retention',
      'dss-rights',
      'dss-breaches',
      'dss-dpia',
      'dss-transfers',
      'dss-review',
      'dss-termination',
    ]) {
      expect(hasId(doc!, id), id).toBe(true);
    }
    expect(hasId(doc!, 'dss-consent')).toBe(false);
    expect(hasId(doc!, 'dss-arrangements')).toBe(false);
    const lvcsc = await loadFixture('large-funded-consortium.yaml');
    const [joint] = compose(lvcsc, ['data_sharing_schedule']);
    expect(hasId(joint!, 'dss-arrangements')).toBe(true);
    expect(flat(await asText(joint!))).toContain('(a) TWA is the contact point for the people whose data is shared;');
  });

  it('should add the consent section only when a Partner relies on consent', async () => {
    const clyde = await loadFixture('referral-partnership.yaml');
    const purposes = clyde.data_protection.purposes!.map((p) => ({
      ...p,
      art6_basis: { all_members: 'consent' as const },
    }));
    const [doc] = compose(withData(clyde, { purposes }), ['data_sharing_schedule']);
    expect(hasId(doc!, 'dss-consent')).toBe(true);
    expect(flat(await asText(doc!))).toContain('make withdrawing as easy as giving it');
  });

  it('should leave out the special-category section and the DPIA when only ordinary data is shared', async () => {
    const clyde = await loadFixture('referral-partnership.yaml');
    const purposes = clyde.data_protection.purposes!.map(({ purpose, art6_basis }) => ({ purpose, art6_basis }));
    const spec = withData(clyde, { data_categories: ['contact_details', 'case_notes'], purposes, dpia: undefined });
    const [doc] = compose(spec, ['data_sharing_schedule']);
    expect(hasId(doc!, 'dss-special')).toBe(false);
    expect(hasId(doc!, 'dss-dpia')).toBe(false);
  });

  it('should give the Article 6 basis per party, naming the exceptions to a common basis', async () => {
    const [doc] = compose(await loadFixture('large-funded-consortium.yaml'), ['data_sharing_schedule']);
    const text = flat(await asText(doc!));
    const rows = doc!.children
      .flatMap((b) => (b.type === 'section' && b.id === 'dss-lawful-basis' ? b.children : []))
      .flatMap((b) => (b.type === 'table' ? b.rows : []));
    const cells = rows.map((row) =>
      row.map((cell) => cell.children.map((i) => (i.type === 'text' ? i.value : '')).join('')),
    );
    expect(cells.map((row) => row.slice(1))).toEqual([
      ['Each Partner other than North Thames NHS Foundation Trust', 'legitimate interests (Article 6(1)(f))'],
      ['North Thames NHS Foundation Trust', 'public task (Article 6(1)(e))'],
      ['Each Partner', 'legitimate interests (Article 6(1)(f))'],
      ['Each Partner', 'legitimate interests (Article 6(1)(f))'],
    ]);
    expect(text).toContain('within 12 hours of becoming aware of it');
    expect(text).toContain('within one month of receiving the request');
  });

  it('should describe processor terms under Article 28 for a controller and processor', async () => {
    const clyde = await loadFixture('referral-partnership.yaml');
    const spec = withData(clyde, {
      relationship: 'controller_processor',
      art28_terms: { in_place: true, controller_member_ids: ['clyde-wa'], processor_member_ids: ['renfrew-svs'] },
    });
    const [doc] = compose(spec, ['data_sharing_schedule']);
    const text = flat(await asText(doc!));
    expect(text).toContain(
      'RSVSC processes Personal Data on behalf of CWA, it does so under written terms that meet Article 28(3)',
    );
  });

  it('should cross-refer from the agreement to the standalone schedule when meta.documents lists it', async () => {
    const lvcsc = await loadFixture('large-funded-consortium.yaml');
    const [agreement, schedule] = compose(lvcsc, ['partnership_agreement', 'data_sharing_schedule']);
    expect(hasId(agreement!, 'schedule-data-sharing')).toBe(false);
    const text = flat(await asText(agreement!));
    expect(text).toContain(
      `(see in particular clause ${numberOf(schedule!, 'dss-purposes')} of the Data-Sharing Schedule`,
    );
    expect(flat(await asText(schedule!))).toContain(
      `sets out the detail of clause ${numberOf(agreement!, 'data-protection')} of the Partnership Agreement`,
    );
  });

  it('should embed the schedule in the agreement when meta.documents does not list it, with the same section texts', async () => {
    const lvcsc = await loadFixture('large-funded-consortium.yaml');
    const [standalone] = compose(lvcsc, ['data_sharing_schedule']);
    const spec = withDocuments(lvcsc, ['partnership_agreement', 'referral_protocol']);
    const [agreement, protocol] = compose(spec, ['partnership_agreement', 'referral_protocol']);
    const schedule = numberOf(agreement!, 'schedule-data-sharing');
    const text = flat(await asText(agreement!));
    expect(text).toContain(`in the ways set out in ${schedule}.`);
    expect(numberOf(agreement!, 'dss-lawful-basis')).toBe('4');
    const shared =
      'No Partner may use Personal Data received from another Partner for a purpose that is incompatible with these purposes';
    expect(text).toContain(shared);
    expect(flat(await asText(standalone!))).toContain(shared);
    expect(flat(await asText(protocol!))).toContain(
      `The lawful bases for sharing are set out in paragraph 4 of ${schedule} of the Partnership Agreement`,
    );
  });

  it('should leave the schedule out of the agreement when no personal data is shared', async () => {
    const [agreement] = compose(await loadFixture('whec-strategic-consortium.yaml'), ['partnership_agreement']);
    expect(hasId(agreement!, 'schedule-data-sharing')).toBe(false);
  });
});
