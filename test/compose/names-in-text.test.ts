import { describe, expect, it } from 'vitest';
import { nameTakesArticle } from '../../src/spec/index.js';
import { asText, compose, loadFixture } from './document-set.js';

// A name in running text gets "the" where it takes one (DESIGN rule 2's second exception): by the name
// patterns of spec/tables/name-articles.ts, or by the party's own `takes_article`.
describe('names that take "the"', () => {
  it.each([
    ['London Borough of Lambeth', true],
    ['Royal Borough of Greenwich', true],
    ['Council of the Isles of Scilly', true],
    ['Trustees of the Eastway Trust', true],
    ['Police and Crime Commissioner for Northshire', true],
    ['Home Office', true],
    ['Example Health Equality Grants Programme', true],
    ['Tampon Tax Community Fund', true],
    ['The National Lottery Community Fund', false],
    ['Lambeth Council', false],
    ['Riverside Women’s Aid', false],
    ['North Thames NHS Foundation Trust', false],
    ['Rape Crisis England & Wales', false],
  ] as const)('should say whether %s takes "the" by its pattern', (name, takes) => {
    expect(nameTakesArticle(name)).toBe(takes);
  });

  it('should let a party’s takes_article override the pattern, but never add a second "the"', () => {
    expect(nameTakesArticle('Lambeth Council', true)).toBe(true);
    expect(nameTakesArticle('London Borough of Lambeth', false)).toBe(false);
    expect(nameTakesArticle('The Henry Smith Charity', true)).toBe(false);
  });

  it('should give a member that takes "the" its article mid-sentence and capitalise it to start one', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    const twa = spec.members.find((m) => m.id === 'thameside')!;
    twa.takes_article = true;
    spec.funding!.funders![0]!.takes_article = false;
    const text = (await asText(compose(spec, ['partnership_agreement'])[0]!)).replace(/\s+/g, ' ');
    expect(text).toContain('The Accountable Body is the TWA.');
    expect(text).toContain('The TWA keeps a risk register');
    expect(text).toContain('funded by London Borough of Example under');
    expect(text).toContain('The Partners appoint the TWA as the Lead Partner');
    expect(text).not.toMatch(/\bthe the TWA|\bThe the TWA/);
  });
});
