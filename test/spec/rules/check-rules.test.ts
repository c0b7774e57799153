import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/spec/rules/index.js';
import { consortium, consortiumOf, referral, validSpec } from './spec-fixture.js';

describe('checkRules', () => {
  it('should find nothing wrong in the valid fixtures', () => {
    expect(checkRules(consortium())).toEqual([]);
    expect(checkRules(referral())).toEqual([]);
    expect(checkRules(validSpec('large-funded-consortium'))).toEqual([]);
  });

  it('should sort findings by rule id, keeping document order within a rule', () => {
    const spec = consortium();
    spec.signatures.signatories.pop();
    spec.governance.meetings.min_per_year = 9;
    spec.partnership.term.review_every_months = 0;
    spec.change_management.termination.min_members = 9;
    expect(checkRules(spec).map((f) => f.code)).toEqual(['R19', 'R21', 'R37', 'R47']);
  });

  it('should word every finding as "Cannot …, expected …" with a pointer into the spec', () => {
    const spec = consortium();
    spec.funding!.contingency = { amount: '10.00' };
    spec.governance.quorum.value = 9;
    spec.members[1]!.legal_name = spec.members[0]!.legal_name;
    for (const finding of checkRules(spec)) {
      expect(finding.message).toMatch(/^Cannot .*expected /);
      expect(finding.pointer).toMatch(/^\/[a-z_]/);
    }
  });

  // Speed is measured in `npm run bench` (bench/validate.mjs), not asserted here.
  it('should find nothing wrong in a valid 60-member spec', () => {
    expect(checkRules(consortiumOf(60))).toEqual([]);
  });
});
