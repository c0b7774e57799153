import { describe, expect, it } from 'vitest';
import { visit, type Node } from '../../src/model/index.js';
import { docOf, fixturePacks } from '../quality/pack.js';

/** Clauses that must outlive the agreement whenever the agreement has them. */
const MUST_SURVIVE = [
  'liability-model',
  'termination-exit',
  'ip-after-exit',
  'funding-audit',
  'funding-repayment',
  'confidentiality',
  'data-protection',
  'disputes',
  'general-law',
];

const packs = fixturePacks().filter((pack) => pack.kinds.includes('partnership_agreement'));

describe('the survival clause', () => {
  it.each(packs.map((pack) => [pack.name, pack] as const))(
    'should keep in force, by reference, every clause of %s that must outlive it',
    (_name, pack) => {
      const agreement = docOf(pack, 'partnership_agreement');
      const ids = new Set<string>();
      let survival: Node | null = null;
      visit(agreement, (node) => {
        if ('id' in node && typeof node.id === 'string') ids.add(node.id);
        if (node.type === 'clause' && node.id === 'termination-survival') survival = node;
      });
      expect(survival).not.toBeNull();
      const referred = new Set<string>();
      visit(survival!, (node) => {
        if (node.type === 'reference') referred.add(node.target);
      });
      const present = MUST_SURVIVE.filter((id) => ids.has(id));
      expect(present).toContain('termination-exit');
      expect([...referred].filter((id) => MUST_SURVIVE.includes(id)).sort()).toEqual([...present].sort());
    },
  );
});
