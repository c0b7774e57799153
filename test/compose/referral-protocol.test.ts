import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visit } from '../../src/model/index.js';
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

/** A copy of the spec with its referral section changed. */
function withReferrals(
  spec: PartnershipSpec,
  change: Partial<NonNullable<PartnershipSpec['referrals']>>,
): PartnershipSpec {
  return { ...spec, referrals: { ...spec.referrals!, ...change } };
}

describe('referral-protocol', () => {
  for (const fixture of VALID_FIXTURES) {
    it(`should match the golden text of the referral protocol of ${fixture}, when it asks for one`, async () => {
      const spec = await loadFixture(fixture);
      if (!spec.meta.documents.includes('referral_protocol')) return;
      const [doc] = compose(spec, ['referral_protocol']);
      await expect(await asText(doc!)).toMatchFileSnapshot(
        join(GOLDEN_DIR, spec.meta.spec_id, 'referral-protocol.txt'),
      );
    });
  }

  it('should have the eleven sections of the outline', async () => {
    const [doc] = compose(await loadFixture('referral-partnership.yaml'), ['referral_protocol']);
    const numbered = doc!.children.filter(
      (block) => block.type === 'section' && block.number !== undefined && block.number !== null,
    );
    expect(numbered.map((s) => (s.type === 'section' ? s.id : ''))).toEqual([
      'rp-purpose',
      'rp-services',
      'rp-routes',
      'rp-consent',
      'rp-urgency',
      'rp-feedback',
      'rp-safeguarding',
      'rp-data',
      'rp-monitoring',
      'rp-review',
      'rp-contacts',
    ]);
  });

  it('should give each service its eligibility, exclusions and capacity, and each urgency level its response times', async () => {
    const [doc] = compose(await loadFixture('referral-partnership.yaml'), ['referral_protocol']);
    const text = flat(await asText(doc!));
    expect(text).toContain(
      'CWA: Refuge accommodation and domestic abuse outreach The service is for: - Women aged 16 or over experiencing domestic abuse',
    );
    expect(text).toContain('The service cannot take: - Men');
    expect(text).toContain('Capacity: First appointments are usually offered within ten working days.');
    expect(text).toMatch(/high risk 1 working day 1 working day standard 2 working days 5 working days/);
    expect(text).toContain('(a) from CWA to RSVSC; (b) from RSVSC to CWA.');
  });

  it('should tell the reader to call 999 in immediate danger even when the spec gives no instruction', async () => {
    const spec = withReferrals(await loadFixture('referral-partnership.yaml'), {
      immediate_risk_instruction: undefined,
    });
    const text = flat(await asText(compose(spec, ['referral_protocol'])[0]!));
    expect(text).toContain('If anyone is in immediate danger, call 999 first, then make the referral.');
  });

  it('should route high-risk domestic abuse to MARAC only when MARAC is one of the multi-agency routes', async () => {
    const clyde = await loadFixture('referral-partnership.yaml');
    expect(hasId(compose(clyde, ['referral_protocol'])[0]!, 'rp-urgency-marac')).toBe(true);
    const spec = {
      ...clyde,
      safeguarding: { ...clyde.safeguarding!, multi_agency: ['adult_safeguarding_board' as const] },
    };
    expect(hasId(compose(spec, ['referral_protocol'])[0]!, 'rp-urgency-marac')).toBe(false);
  });

  it('should point its data-protection section at the data-sharing schedule, wherever the pack holds it', async () => {
    const clyde = await loadFixture('referral-partnership.yaml');
    const [protocol, dss] = compose(clyde, ['referral_protocol', 'data_sharing_schedule']);
    expect(flat(await asText(protocol!))).toContain(
      `the periods in clause ${numberOf(dss!, 'dss-retention')} of the Data-Sharing Schedule`,
    );
    const alone = withDocuments(clyde, ['mou', 'referral_protocol']);
    const text = flat(await asText(compose(alone, ['referral_protocol'])[0]!));
    expect(text).toContain(
      'sends referrals only in one of these ways: (i) secure email; or (ii) telephone, confirmed in writing.',
    );
    expect(text).not.toContain('Data-Sharing Schedule');
  });

  it('should give the feedback to the referrer with its timescale and content', async () => {
    const [doc] = compose(await loadFixture('referral-partnership.yaml'), ['referral_protocol']);
    expect(flat(await asText(doc!))).toContain(
      'It tells the referrer the outcome within 5 working days, including whether the referral was accepted or declined',
    );
  });
});

describe('referral protocol of a large partnership', () => {
  it('should list every Partner’s contacts in one table, so that each column starts where the others do', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    const [doc] = compose(spec, ['referral_protocol']);
    const tables: string[][] = [];
    visit(doc!, (node) => {
      if (node.type === 'table')
        tables.push(
          node.header.map((cell) =>
            cell.children.map((i) => (i.type === 'text' ? i.value : i.type === 'definedTerm' ? i.term : '')).join(''),
          ),
        );
    });
    const contacts = tables.filter((header) => header.includes('Referral lead'));
    expect(contacts).toEqual([['Partner', 'Referral lead', 'Email']]);
    const text = flat(await asText(doc!));
    for (const member of spec.members) expect(text).toContain(member.representative?.email ?? '');
  });

  it.each(VALID_FIXTURES)('should give the purpose of %s after words that introduce it', async (fixture) => {
    const spec = await loadFixture(fixture);
    const kinds = (['referral_protocol', 'mou'] as const).filter((k) => (spec.meta.documents as string[]).includes(k));
    for (const doc of compose(spec, [...kinds]))
      expect(flat(await asText(doc))).toContain(`The purpose of the Partnership is: ${flat(spec.partnership.purpose)}`);
  });
});
