import { describe, expect, it } from 'vitest';
import type { PartnershipSpec } from '../../../src/spec/index.js';
import { checkRules } from '../../../src/spec/rules/index.js';
import { referral } from './spec-fixture.js';

function found(spec: PartnershipSpec): string[] {
  return checkRules(spec)
    .filter((f) => f.code === 'R76')
    .map((f) => `${f.severity} ${f.pointer}`);
}

/** The Clyde referral partnership: its first purpose covers referrals without consent. */
function purposes(spec: PartnershipSpec) {
  return spec.data_protection.purposes!;
}

describe('the basis for sharing without consent (R76)', () => {
  it('should accept a referral protocol whose data-sharing schedule records the basis', () => {
    expect(found(referral())).toEqual([]);
  });

  it('should warn when the referral protocol allows sharing without consent and no purpose records its basis', () => {
    const spec = referral();
    delete purposes(spec)[0]!.without_consent;
    expect(found(spec)).toEqual(['warning /data_protection/purposes']);
  });

  it('should not ask for the basis when the pack has no referral protocol', () => {
    const spec = referral();
    delete purposes(spec)[0]!.without_consent;
    spec.meta.documents = ['mou', 'data_sharing_schedule', 'signature_pages'];
    expect(found(spec)).toEqual([]);
  });

  it('should warn for each party whose basis for sharing without consent is consent', () => {
    const spec = referral();
    purposes(spec)[0]!.art6_basis = { 'clyde-wa': 'consent', 'renfrew-svs': 'vital_interests' };
    expect(found(spec)).toEqual(['warning /data_protection/purposes/0/art6_basis/clyde-wa']);
  });

  it('should warn when special category data shared without consent rests on explicit consent or on nothing', () => {
    const spec = referral();
    purposes(spec)[0]!.art9_condition = 'explicit_consent';
    delete purposes(spec)[0]!.dpa2018_sch1_condition;
    expect(found(spec)).toEqual(['warning /data_protection/purposes/0/art9_condition']);
    delete purposes(spec)[0]!.art9_condition;
    expect(found(spec)).toEqual(['warning /data_protection/purposes/0/without_consent']);
  });

  it('should need no Article 9 condition when no special category data is shared', () => {
    const spec = referral();
    spec.data_protection.data_categories = ['contact_details', 'case_notes'];
    delete purposes(spec)[0]!.art9_condition;
    delete purposes(spec)[0]!.dpa2018_sch1_condition;
    expect(found(spec)).toEqual([]);
  });
});
