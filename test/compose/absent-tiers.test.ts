import { describe, expect, it } from 'vitest';
import { outerTiers, type PartnershipSpec } from '../../src/spec/index.js';
import { VALID_FIXTURES, asText, compose, loadFixture } from './document-set.js';

// No boilerplate for a tier the partnership does not have: observers, stakeholders, Partners without a
// vote, consultees and informed parties are spoken of only where someone holds that place.
const specs = await Promise.all(VALID_FIXTURES.map(async (name) => ({ name, spec: await loadFixture(name) })));
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');
const has = (spec: PartnershipSpec, kind: string): boolean => (spec.meta.documents as string[]).includes(kind);

async function textOf(
  spec: PartnershipSpec,
  kind: 'partnership_agreement' | 'terms_of_reference' | 'meetings_protocol',
) {
  return oneLine(await asText(compose(spec, [kind])[0]!));
}

describe('tiers the partnership does not have', () => {
  it.each(VALID_FIXTURES)(
    'should speak of observers in the meetings protocol of %s only where it has them',
    async (name) => {
      const { spec } = specs.find((s) => s.name === name)!;
      if (!has(spec, 'meetings_protocol')) return;
      const observers = (spec.governance.decision_body.observers ?? []).length > 0;
      expect(/\bobservers?\b/i.test(await textOf(spec, 'meetings_protocol'))).toBe(observers);
    },
  );

  it.each(VALID_FIXTURES)(
    'should report to stakeholders in the terms of reference of %s only where it has them',
    async (name) => {
      const { spec } = specs.find((s) => s.name === name)!;
      if (!has(spec, 'terms_of_reference')) return;
      const stakeholders = (spec.stakeholders ?? []).length > 0;
      expect((await textOf(spec, 'terms_of_reference')).includes('To stakeholders')).toBe(stakeholders);
    },
  );

  it.each(VALID_FIXTURES)('should say only some Partners vote in %s only where some do not', async (name) => {
    const { spec } = specs.find((s) => s.name === name)!;
    if (!has(spec, 'partnership_agreement')) return;
    const text = await textOf(spec, 'partnership_agreement');
    const nonVoting = spec.members.some((m) => m.partnership_role !== 'key_decision_maker');
    expect(text.includes('Only key decision-making partners are Voting Partners.')).toBe(nonVoting);
    expect(text.includes('Each Partner is a key decision-making partner, and so a Voting Partner.')).toBe(!nonVoting);
  });

  it.each(VALID_FIXTURES)('should reserve a change of Lead Partner in %s only where it has a lead', async (name) => {
    const { spec } = specs.find((s) => s.name === name)!;
    const lead = spec.members.some((m) => m.is_lead_partner === true && m.status === 'active');
    for (const kind of ['partnership_agreement', 'terms_of_reference'] as const) {
      if (!has(spec, kind)) continue;
      if (!lead) expect(await textOf(spec, kind), kind).not.toContain('changing the Lead Partner');
    }
  });

  describe('telling the outer tiers how the partnership performs', () => {
    const base = specs.find((s) => s.name === 'riverside-whs-contract.yaml')!.spec;
    const performing = (text: string): string | undefined =>
      /The Partnership will tell ([^.]*?) how it is performing/.exec(text)?.[1];

    it('should tell consultees and informed parties where the partnership has both', async () => {
      expect(outerTiers(base)).toEqual({ consultees: true, informedParties: true });
      expect(performing(await textOf(base, 'partnership_agreement'))).toBe('consultees and informed parties');
    });

    it('should tell only the informed parties where it has no consultee', async () => {
      const spec = { ...base, stakeholders: base.stakeholders!.filter((s) => s.partnership_role === 'informed_party') };
      expect(performing(await textOf(spec, 'partnership_agreement'))).toBe('informed parties');
    });

    it('should tell no one where it has neither tier', async () => {
      const spec = { ...base, stakeholders: [] };
      expect(performing(await textOf(spec, 'partnership_agreement'))).toBeUndefined();
    });
  });
});
