import { describe, expect, it } from 'vitest';
import { VALID_FIXTURES, asText, compose, loadFixture } from './document-set.js';

// A post or a body is called by the one name the spec gives it, and a document never has a body
// review something more often than it meets.
const specs = await Promise.all(VALID_FIXTURES.map(async (name) => ({ name, spec: await loadFixture(name) })));
const withCoordinator = specs.filter(
  ({ spec }) => spec.management?.coordinator !== undefined && spec.meta.documents.includes('partnership_agreement'),
);

async function agreementWords(spec: (typeof specs)[number]['spec']): Promise<string> {
  const [agreement] = compose(spec, ['partnership_agreement']);
  return (await asText(agreement!)).replace(/\s+/g, ' ');
}

describe('one name for one post', () => {
  it.each(withCoordinator.map(({ name }) => name))(
    'should call the coordinator of %s only by its post title',
    async (name) => {
      const { spec } = withCoordinator.find((s) => s.name === name)!;
      const title = spec.management!.coordinator!.post_title;
      const text = await agreementWords(spec);
      expect(text).not.toMatch(/\bthe coordinator\b/);
      if (spec.funding?.management_fee?.covers?.includes('coordinator_post'))
        expect(text).toContain(`to cover the ${title} post`);
      expect(text).toContain(`may delegate any of its functions, other than a Reserved Matter, to the ${title},`);
    },
  );
});

describe('reviews between meetings', () => {
  it('should have the keeper review a log between meetings and the body at each meeting', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    spec.risk_management!.issue_log!.review_frequency = 'monthly';
    spec.risk_management!.register.review_frequency = 'monthly';
    const text = await agreementWords(spec);
    expect(text).toContain(
      'keeps a risk register for the Partnership, which it reviews monthly and the Steering Group reviews at each of its meetings.',
    );
    expect(text).toContain(
      'keeps an issue log, which it reviews monthly and the Steering Group reviews at each of its meetings.',
    );
    expect(text).not.toMatch(/the Steering Group reviews monthly/);
  });
});
