import { describe, expect, it } from 'vitest';
import type { PartnershipSpec } from '../../../src/spec/index.js';
import { checkRules } from '../../../src/spec/rules/index.js';
import { consortium } from './spec-fixture.js';

function found(spec: PartnershipSpec, code: string): string[] {
  return checkRules(spec)
    .filter((f) => f.code === code)
    .map((f) => `${f.severity} ${f.pointer}`);
}

describe('structure rules', () => {
  it('should report a reporting cycle between two advisory groups once (R52)', () => {
    const spec = consortium();
    const forum = spec.advisory_groups![0]!;
    spec.advisory_groups!.push({
      ...structuredClone(forum),
      id: 'panel',
      name: 'Lived Experience Panel',
      reports_to: 'network-forum',
    });
    forum.reports_to = 'panel';
    expect(found(spec, 'R52')).toEqual(['error /advisory_groups/0/reports_to']);
  });

  it('should accept a chain of groups that reaches the decision body (R52)', () => {
    const spec = consortium();
    const forum = spec.advisory_groups![0]!;
    spec.advisory_groups!.push({
      ...structuredClone(forum),
      id: 'panel',
      name: 'Lived Experience Panel',
      reports_to: 'network-forum',
    });
    expect(found(spec, 'R52')).toEqual([]);
  });

  it('should warn when a funded member works in no work area (R53)', () => {
    const spec = consortium();
    spec.work_areas![0]!.contributor_ids = ['rcew', 'forward'];
    spec.work_areas![1]!.contributor_ids = ['rcew'];
    expect(found(spec, 'R53')).toEqual(['warning /funding/allocations/1/member_id']);
  });

  it('should ask for an MoU rather than an agreement in an MoU-only partnership (R55)', () => {
    const spec = consortium();
    spec.partnership.structure_model = 'mou_only';
    expect(found(spec, 'R55')).toEqual(['warning /meta/documents/0']);
  });

  it('should check the safeguarding policies of delivery members only (R43)', () => {
    const spec = consortium();
    // ywca leads a work area, so it delivers; a member with no work and no funds would not be checked.
    spec.members[2]!.policies!.safeguarding_adults = false;
    expect(found(spec, 'R43')).toEqual(['error /members/2/policies/safeguarding_adults']);
  });
});
