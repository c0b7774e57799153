import { describe, expect, it } from 'vitest';
import { isLeadModel, mainContractHoldsAllFunding } from '../../src/spec/index.js';
import { VALID_FIXTURES, addendumText, asText, compose, loadFixture } from './document-set.js';

// The agreement with the funder has one name in a document: the Main Contract where it carries all the
// funding, else the Funding Agreement (which, beside a main contract, includes it). In a lead model the
// lead holds it as principal, never "on behalf of the Partners".
const specs = await Promise.all(VALID_FIXTURES.map(async (name) => ({ name, spec: await loadFixture(name) })));
const agreements = specs.filter(({ spec }) => spec.meta.documents.includes('partnership_agreement'));

async function words(name: string): Promise<string> {
  const { spec } = agreements.find((s) => s.name === name)!;
  const [agreement] = compose(spec, ['partnership_agreement']);
  return (await asText(agreement!)).replace(/\s+/g, ' ');
}

describe('the agreement with the funder in every valid fixture', () => {
  it('should cover a main contract alone, a main contract beside grants, and grants alone', () => {
    const kinds = agreements.map(({ spec }) =>
      mainContractHoldsAllFunding(spec) ? 'main' : spec.partnership.related_contract ? 'beside' : 'grants',
    );
    expect(new Set(kinds)).toEqual(new Set(['main', 'beside', 'grants']));
  });

  it.each(agreements.map(({ name }) => name))('should give it one name in the agreement of %s', async (name) => {
    const { spec } = agreements.find((s) => s.name === name)!;
    const text = await words(name);
    if (mainContractHoldsAllFunding(spec)) {
      expect(text).toContain('“Main Contract” means');
      expect(text).not.toMatch(/funding agreement/i);
    }
    // Both terms are defined only where they mean different things: the one includes the other.
    if (/“Funding Agreement” means/.test(text) && /“Main Contract” means/.test(text))
      expect(text).toContain('“Funding Agreement” means the Main Contract and each other agreement');
    expect(text).not.toMatch(/Main Contract or funding agreement/i);
  });

  it.each(agreements.filter(({ spec }) => isLeadModel(spec)).map(({ name }) => name))(
    'should have the lead of %s contract as principal, not on the Partners’ behalf',
    async (name) => {
      const text = await words(name);
      expect(text).not.toMatch(/held on behalf of the Partners/);
      expect(text).toMatch(/Contracting as principal \(a\) The Lead Partner (will enter|enters) into the/);
      expect(text).toMatch(/in its own name and as principal, and not as agent or trustee of the other Partners/);
      expect(text).toMatch(/The other Partners are not parties to the (Main Contract|Funding Agreement)/);
    },
  );

  it('should call the Riverside council contract the Main Contract throughout, before and after the award', async () => {
    for (const name of ['riverside-whs-bid.yaml', 'riverside-whs-contract.yaml']) {
      const text = await words(name);
      expect(text).not.toContain('Funding Agreement');
      expect(text).toContain('the Partner that');
      expect(text).toMatch(/(will enter|enters) into the Main Contract as principal, receives the Funding/);
    }
    expect(await words('riverside-whs-contract.yaml')).toContain(
      'Riverside City Council has awarded the Main Contract to RWC, which holds it as principal; the other Partners are not parties to it',
    );
  });
});

describe('the funder contract in an addendum admitting a Partner', () => {
  async function admissionText(withMainContract: boolean): Promise<string> {
    const base = await loadFixture('whec-strategic-consortium.yaml');
    if (withMainContract)
      base.partnership.related_contract = {
        title: 'Women’s Health Advocacy Service',
        funder_id: 'funder-health',
        procurement_regime: 'procurement_act_2023',
        main_contract_start: '2026-04-01',
        main_contract_end: '2029-03-31',
      };
    return addendumText(base, 'fixtures/addenda/chain/whec-addendum-1.yaml', (addendum) => {
      const admit = addendum.changes.find((op) => op.op === 'admit_member')!;
      (admit as { warranties?: string[] }).warranties = ['authority', 'read_main_contract'];
    });
  }

  it('should have the joining Partner confirm it has read the contract by the name the documents give it', async () => {
    expect(await admissionText(true)).toContain('it has read the Main Contract.');
    const grants = await admissionText(false);
    expect(grants).toContain('it has read the Funding Agreement.');
    expect(grants).not.toContain('Main Contract');
  });
});
