import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOVERNANCE_LABELS } from '../../src/compose/view/labels/governance.js';
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

describe('terms-of-reference', () => {
  for (const fixture of VALID_FIXTURES) {
    it(`should match the golden text of every terms-of-reference document of ${fixture}`, async () => {
      const spec = await loadFixture(fixture);
      for (const doc of compose(spec, ['terms_of_reference'])) {
        await expect(await asText(doc)).toMatchFileSnapshot(join(GOLDEN_DIR, spec.meta.spec_id, `${doc.name}.txt`));
      }
    });
  }

  it('should cite the clause of the agreement that establishes the decision body, by the agreement numbering', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const docs = compose(spec, ['terms_of_reference', 'partnership_agreement']);
    const tor = docs.find((doc) => doc.name === 'terms-of-reference');
    const agreement = docs.find((doc) => doc.kind === 'partnership_agreement');
    const text = flat(await asText(tor!));
    expect(text).toContain(
      `It is established under clause ${numberOf(agreement!, 'governance-body')} of the Partnership Agreement`,
    );
    expect(text).toContain(
      `(as clause ${numberOf(agreement!, 'governance-reserved')} of the Partnership Agreement provides)`,
    );
    expect(text).toContain('the Partnership Agreement prevails');
  });

  it('should name the agreement in words, without a clause number, when the spec does not list it', async () => {
    const spec = withDocuments(await loadFixture('whec-strategic-consortium.yaml'), [
      'terms_of_reference',
      'meetings_protocol',
    ]);
    const text = flat(await asText(compose(spec, ['terms_of_reference'])[0]!));
    expect(text).toContain('It is established by the Partners under the Partnership Agreement between them');
    expect(text).not.toMatch(/of the Partnership Agreement provides/);
  });

  it('should embed the terms of reference as a schedule of the agreement when the spec does not list them', async () => {
    const spec = withDocuments(await loadFixture('whec-strategic-consortium.yaml'), [
      'partnership_agreement',
      'meetings_protocol',
    ]);
    const [agreement] = compose(spec, ['partnership_agreement']);
    const schedule = numberOf(agreement!, 'schedule-terms-of-reference');
    expect(schedule).toMatch(/^Schedule \d+$/);
    const text = flat(await asText(agreement!));
    expect(text).toContain(`terms of reference are set out in ${schedule}.`);
    expect(text).toContain(
      `It is established under clause ${numberOf(agreement!, 'governance-body')}, and these are its terms of reference.`,
    );
    expect(text).toContain('Its meetings protocol is issued as a separate document');
  });

  it('should cross-refer to the separate terms of reference instead of a schedule when the spec lists them', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const [agreement, tor] = compose(spec, ['partnership_agreement', 'terms_of_reference']);
    expect(hasId(agreement!, 'schedule-terms-of-reference')).toBe(false);
    const text = flat(await asText(agreement!));
    expect(text).toContain(`may amend as clause ${numberOf(tor!, 'tor-review')} of the Terms of Reference provides`);
  });

  it('should write the seed four tests into each advisory group document', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    const docs = compose(spec, ['terms_of_reference']);
    const panel = docs.find((doc) => doc.name === 'terms-of-reference-survivors-panel')!;
    for (const id of ['advisory-name-status', 'advisory-reporting', 'advisory-information', 'advisory-resources']) {
      expect(hasId(panel, id)).toBe(true);
    }
    expect(flat(await asText(panel))).toMatch(/you said, we did/);
  });
});

describe('terms of reference issued on their own', () => {
  it.each(VALID_FIXTURES)('should never call the agreement "this Agreement" in %s', async (fixture) => {
    const spec = await loadFixture(fixture);
    for (const doc of compose(spec, ['terms_of_reference']))
      expect(flat(await asText(doc))).not.toContain('this Agreement');
  });

  it('should send a summary of the minutes to the funder in words, not as a code word', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    expect(spec.governance.minutes?.distribution).toContain('funder_summary');
    const text = flat(await asText(compose(spec, ['terms_of_reference'])[0]!));
    expect(text).toContain('a summary to each Partner’s board and a summary to the Funder.');
  });
});

describe('terms of reference of an advisory group', () => {
  it.each(VALID_FIXTURES)(
    'should name each piece of information the groups of %s receive in words',
    async (fixture) => {
      const spec = await loadFixture(fixture);
      const tokens = (spec.advisory_groups ?? []).flatMap((g) => g.information_received ?? []);
      for (const token of tokens) expect(Object.keys(GOVERNANCE_LABELS.information), token).toContain(token);
    },
  );

  it('should give a report of which there is one its article, as the risk register has', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    const doc = compose(spec, ['terms_of_reference']).find((d) => d.name === 'terms-of-reference-finance-committee');
    expect(flat(await asText(doc!))).toContain(
      '(a) the quarterly finance report; (b) the performance dashboard; (c) the risk register.',
    );
  });
});
