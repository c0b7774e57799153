import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_DIR, VALID_FIXTURES, asText, compose, loadFixture } from './document-set.js';
import { outline } from './outline.js';

// Golden files for the agreement of every valid fixture that asks for one: its plain text (what a
// reviewer reads, byte for byte) and, for the WHEC fixture, an outline of the numbered document model
// (what every writer renders): ids, numbers, headings, references and defined terms, one line per
// block. Rewrite with `npx vitest run test/compose/goldens.test.ts -u` and review the diff.
const specs = await Promise.all(VALID_FIXTURES.map(async (name) => ({ name, spec: await loadFixture(name) })));
const withAgreement = specs
  .filter(({ spec }) => spec.meta.documents.includes('partnership_agreement'))
  .map(({ name }) => name);

describe('partnership agreement goldens', () => {
  it.each(withAgreement)('should render the agreement of %s as its golden text', async (name) => {
    const spec = specs.find((s) => s.name === name)!.spec;
    const [agreement] = compose(spec, ['partnership_agreement']);
    await expect(await asText(agreement!)).toMatchFileSnapshot(
      join(GOLDEN_DIR, spec.meta.spec_id, 'partnership-agreement.txt'),
    );
  });

  it('should compose the WHEC agreement into its golden outline', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const [agreement] = compose(spec, ['partnership_agreement']);
    await expect(outline(agreement!)).toMatchFileSnapshot(
      join(GOLDEN_DIR, 'whec', 'partnership-agreement.outline.txt'),
    );
  });
});
