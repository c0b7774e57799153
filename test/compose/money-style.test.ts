import { describe, expect, it } from 'vitest';
import { asText, compose, loadFixture } from './document-set.js';

// One money style per document, decided in compose: pence only if some amount the document prints has them.
describe('money in one style per document', () => {
  it('should keep pence throughout an agreement with an amount in pence, and drop them from its terms of reference', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    const [agreement, terms] = compose(spec, ['partnership_agreement', 'terms_of_reference']);
    const agreementText = await asText(agreement!);
    expect(agreementText).toContain('£157,130.03');
    expect(agreementText).toContain('£2,417,385.00');
    const termsText = await asText(terms!);
    expect(termsText).toContain('£10,000');
    expect(termsText).not.toMatch(/£[\d,]+\.\d\d/);
  });

  it('should print whole pounds where no amount has pence', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const text = await asText(compose(spec, ['partnership_agreement'])[0]!);
    expect(text).toMatch(/£\d/);
    expect(text).not.toMatch(/£[\d,]+\.\d\d/);
  });

  it('should give the same bytes composed twice', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const [a] = compose(spec, ['partnership_agreement']);
    const [b] = compose(spec, ['partnership_agreement']);
    expect(await asText(a!)).toBe(await asText(b!));
  });
});
