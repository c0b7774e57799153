import { describe, expect, it } from 'vitest';
import { collapse } from '../writers/pdf/read-pdf.js';
import { docOf, fixturePacks, textOf } from '../quality/pack.js';

const packs = fixturePacks().filter((pack) => pack.kinds.includes('partnership_agreement'));

describe('voting thresholds', () => {
  it.each(packs.map((pack) => [pack.name, pack] as const))(
    'should say of whom each threshold of %s is counted',
    async (_name, pack) => {
      const text = collapse(await textOf(docOf(pack, 'partnership_agreement')));
      for (const matter of pack.spec.governance.reserved_matters ?? []) {
        const counted = matter.threshold.startsWith('unanimity')
          ? /means the agreement of every Voting Partner/
          : /of the votes cast by the Voting Partners present and voting/;
        expect(text).toMatch(counted);
      }
      if (/agreed in writing by/.test(text)) {
        expect(text).toMatch(
          /agreed in writing by (?:at least two-thirds of |more than half of )?all the Voting Partners|agreed in writing by Voting Partners holding more than half of all the votes/,
        );
        expect(text).not.toContain('that a meeting would need');
      }
    },
  );
});
