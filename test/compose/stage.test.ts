import { describe, expect, it } from 'vitest';
import { agreementStage, type AgreementStage } from '../../src/spec/index.js';
import { VALID_FIXTURES, asText, compose, loadFixture } from './document-set.js';

// Every recital, clause and schedule of an agreement follows one stage (values/partnership.ts): a
// bid, an awarded contract, a grant, or nothing awarded. Each stage's wording appears, and no
// phrase that only another stage could say.
const BID = ['are bidding jointly for', 'nothing has yet been awarded', 'Bid stage'];
const AWARDED = [/has awarded/, /is funded by/, /(?<!to be )awarded under/, /which runs from/];
const NEVER = [/or intends to award/, /preparing a joint bid/];

const specs = await Promise.all(VALID_FIXTURES.map(async (name) => ({ name, spec: await loadFixture(name) })));
const agreements = specs.filter(({ spec }) => spec.meta.documents.includes('partnership_agreement'));

/** The agreement as one line of words, so that phrases match across the text writer's line breaks. */
async function words(name: string): Promise<{ stage: AgreementStage; text: string; related: boolean }> {
  const { spec } = agreements.find((s) => s.name === name)!;
  const [agreement] = compose(spec, ['partnership_agreement']);
  const text = (await asText(agreement!)).replace(/\s+/g, ' ');
  return { stage: agreementStage(spec), text, related: spec.partnership.related_contract !== undefined };
}

describe('the agreement’s stage in every valid fixture', () => {
  it('should cover a bid, an awarded contract and a grant among the fixtures', () => {
    const stages = new Set(agreements.map(({ spec }) => agreementStage(spec)));
    expect([...stages].sort()).toEqual(expect.arrayContaining(['bid', 'contract', 'grant']));
  });

  it.each(agreements.map(({ name }) => name))('should word the agreement of %s for its stage only', async (name) => {
    const { stage, text, related } = await words(name);
    for (const phrase of NEVER) expect(text).not.toMatch(phrase);
    if (stage === 'bid') {
      for (const phrase of BID) expect(text).toContain(phrase);
      for (const phrase of AWARDED) expect(text).not.toMatch(phrase);
      return;
    }
    for (const phrase of BID) expect(text).not.toContain(phrase);
    expect(text).not.toMatch(/if the bid succeeds|to be awarded|intends to award/);
    if (stage === 'contract' && related) expect(text).toMatch(/has awarded the Main Contract/);
    if (stage === 'contract') expect(text).toMatch(/is funded by [^.]* under a (contract|service level agreement)/);
    if (stage === 'grant') expect(text).toMatch(/is funded by [^.]* under a grant agreement/);
  });

  it('should describe the same partnership before and after the award in the words of each stage', async () => {
    const bid = await words('riverside-whs-bid.yaml');
    const awarded = await words('riverside-whs-contract.yaml');
    expect([bid.stage, awarded.stage]).toEqual(['bid', 'contract']);
    expect(bid.text).toContain(
      'bidding jointly for the Main Contract (tender reference RCC-WHA-2026-004), which Riverside City Council intends to award',
    );
    expect(bid.text).toContain(
      'the contract for which the Partners are bidding, to be made with Riverside City Council',
    );
    expect(bid.text).toContain('If the bid succeeds, the Funding will be provided by');
    expect(bid.text).toContain('until the award only in part');
    expect(awarded.text).toContain('Riverside City Council has awarded the Main Contract to RWC');
    expect(awarded.text).toContain('The Funding is provided by');
  });

  it('should not say that a bid-stage clause binds in an agreement that is only partly binding', async () => {
    const { spec } = agreements.find((s) => s.name === 'welsh-joint-contract-bid.yaml')!;
    const partly = structuredClone(spec);
    partly.partnership.agreement_status = 'partly_binding';
    partly.partnership.binding_sections = ['confidentiality', 'dispute_resolution'];
    const text = (await asText(compose(partly, ['partnership_agreement'])[0]!)).replace(/\s+/g, ' ');
    expect(text).toMatch(
      /Until the Main Contract is awarded, only this clause, .* apply between the Partners; the rest of this Agreement applies from the award\./,
    );
    expect(text).not.toMatch(/bind the Partners; the rest of this Agreement takes effect on the award/);
  });

  it('should list each funder’s agreement type in the funding schedule', async () => {
    const { spec } = agreements.find((s) => s.name === 'riverside-whs-contract.yaml')!;
    const lines = (await asText(compose(spec, ['partnership_agreement'])[0]!)).split('\n');
    const header = lines.findIndex((line) => /Funder +Agreement +Reference +Period +Amount/.test(line));
    expect(lines[header + 2]).toMatch(/Riverside City +contract +RCC-WHA-2026-004 .* £450,000$/);
  });
});
