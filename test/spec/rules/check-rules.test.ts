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

  it('should check a 60-member spec well under 5 ms', () => {
    const spec = consortiumOf(60);
    expect(checkRules(spec)).toEqual([]);
    for (let i = 0; i < 50; i++) checkRules(spec);
    // The median of several batches, so that another process on the machine does not decide the result.
    const batches = Array.from({ length: 7 }, () => {
      const start = performance.now();
      for (let i = 0; i < 20; i++) checkRules(spec);
      return (performance.now() - start) / 20;
    }).sort((a, b) => a - b);
    expect(batches[3]).toBeLessThan(5);
  });
});
