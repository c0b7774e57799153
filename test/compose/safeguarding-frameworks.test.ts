import { describe, expect, it } from 'vitest';
import type { PartnershipSpec } from '../../src/spec/index.js';
import { asText, compose, loadFixture } from './document-set.js';

// The safeguarding clause names the law and statutory guidance of the nations the partnership works in:
// England's for England, Wales's for Wales, each marked by its nation where it works in both.
const base = await loadFixture('riverside-whs-contract.yaml');

/** The fixture working in `geography`, safeguarding `scope`. */
function working(geography: string[], scope: 'both' | 'children'): PartnershipSpec {
  return {
    ...base,
    partnership: { ...base.partnership, geography } as PartnershipSpec['partnership'],
    safeguarding: { ...base.safeguarding!, scope },
  };
}

/** The frameworks the agreement's safeguarding clause says the Partners' policies are consistent with. */
async function frameworks(spec: PartnershipSpec): Promise<string> {
  const text = (await asText(compose(spec, ['partnership_agreement'])[0]!)).replace(/\s+/g, ' ');
  const found = /polic(?:y|ies), consistent with (.*?)\. /.exec(text)?.[1];
  expect(found).toBeDefined();
  return found!;
}

const ENGLAND_CHILDREN = 'Working Together to Safeguard Children 2023';
const WALES_CHILDREN = 'Working Together to Safeguard People and the Wales Safeguarding Procedures';

describe('safeguarding frameworks by nation', () => {
  it("should cite England's law and guidance alone for a partnership working only in England", async () => {
    expect(await frameworks(working(['england', 'Riverside'], 'both'))).toBe(
      `the Care Act 2014, and with ${ENGLAND_CHILDREN}`,
    );
  });

  it("should cite Wales's law and guidance alone for a partnership working only in Wales", async () => {
    const text = await frameworks(working(['wales', 'Cardiff'], 'both'));
    expect(text).toBe(`the Social Services and Well-being (Wales) Act 2014, and with ${WALES_CHILDREN}`);
    expect(text).not.toContain('Safeguard Children');
  });

  it('should cite both nations, each marked, for a partnership working in England and Wales', async () => {
    expect(await frameworks(working(['england', 'wales'], 'both'))).toBe(
      'the Care Act 2014 (in England) and the Social Services and Well-being (Wales) Act 2014 (in Wales), ' +
        `and with ${ENGLAND_CHILDREN} (in England) and ${WALES_CHILDREN} (in Wales)`,
    );
  });

  it("should cite Wales's guidance alone for children's safeguarding in Wales", async () => {
    expect(await frameworks(working(['wales'], 'children'))).toBe(WALES_CHILDREN);
  });
});
