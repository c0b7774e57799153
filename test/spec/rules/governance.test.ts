import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/spec/rules/index.js';
import { consortium, referral, validSpec } from './spec-fixture.js';

function codes(spec: ReturnType<typeof consortium>, code: string): string[] {
  return checkRules(spec)
    .filter((f) => f.code === code)
    .map((f) => `${f.severity} ${f.pointer}`);
}

describe('governance rules', () => {
  it('should resolve a fractional quorum by rounding up (R14)', () => {
    const spec = consortium();
    // 0.3 × 5 seats is 1.5000000000000002 in floating point; the quorum is 2, which is allowed.
    spec.governance.quorum = { type: 'fraction', value: 0.3, rounding: 'up' };
    expect(codes(spec, 'R14')).toEqual([]);
    spec.governance.quorum = { type: 'fraction', value: 0.2, rounding: 'up' };
    expect(codes(spec, 'R14')).toEqual(['error /governance/quorum/value']);
  });

  it('should add one to an exact half when the rounding asks for it (R14)', () => {
    const spec = referral();
    // Half of 2 seats is 1, plus one is 2: a valid quorum; plain rounding would give 1.
    spec.governance.quorum = { type: 'fraction', value: 0.5, rounding: 'up_plus_one_if_exact_half' };
    expect(codes(spec, 'R14')).toEqual([]);
    spec.governance.quorum = { type: 'fraction', value: 0.5, rounding: 'up' };
    expect(codes(spec, 'R14')).toEqual(['error /governance/quorum/value']);
  });

  it('should require every active key decision maker to have a vote (R13)', () => {
    const spec = consortium();
    spec.governance.decision_body.voting_member_ids = ['rcew', 'pw', 'ywca', 'ma'];
    expect(codes(spec, 'R13')).toEqual(['error /governance/decision_body/voting_member_ids']);
  });

  it('should keep the lead out of the chair when the chair must not be the lead (R15)', () => {
    const spec = consortium();
    spec.governance.chair.eligible = 'voting_members_except_lead';
    spec.governance.chair.initial_holder_member_id = 'ywca';
    expect(codes(spec, 'R15')).toEqual(['error /governance/chair/initial_holder_member_id']);
  });

  it('should rank a consensus rule as its fallback when comparing reserved thresholds (R17)', () => {
    const spec = consortium();
    spec.governance.voting.consensus_fallback = 'unanimity';
    expect(codes(spec, 'R17')).toEqual([
      'error /governance/reserved_matters/2/threshold',
      'error /governance/reserved_matters/6/threshold',
    ]);
    spec.governance.voting.consensus_fallback = 'refer_to_dispute_resolution';
    expect(codes(spec, 'R17')).toEqual([]);
  });

  it('should ask a binding agreement to reserve a change of lead only where there is a lead (R17)', () => {
    const withLead = consortium();
    withLead.governance.reserved_matters = withLead.governance.reserved_matters!.filter(
      (r) => r.matter !== 'change_lead_partner',
    );
    expect(checkRules(withLead).find((f) => f.code === 'R17')?.message).toContain('lacks change_lead_partner');
    const withoutLead = validSpec('welsh-joint-contract-bid');
    expect(withoutLead.members.some((m) => m.is_lead_partner === true)).toBe(false);
    withoutLead.governance.reserved_matters = withoutLead.governance.reserved_matters!.filter(
      (r) => r.matter !== 'change_lead_partner',
    );
    expect(codes(withoutLead, 'R17')).toEqual([]);
  });

  it('should not let a written decision bypass a matter reserved to unanimity (R18)', () => {
    const spec = consortium();
    spec.governance.decisions_outside_meetings.excluded_matters = ['vary_agreement'];
    const [finding] = checkRules(spec).filter((f) => f.code === 'R18');
    expect(finding?.message).toContain(
      'admit_member, expel_member, change_lead_partner, change_allocations, terminate_partnership',
    );
    spec.governance.decisions_outside_meetings.threshold = 'unanimity';
    expect(codes(spec, 'R18')).toEqual([]);
  });

  it('should compare notice periods in different units (R19, R20)', () => {
    const spec = consortium();
    // 2 weeks (14 days) of papers against 10 working days (14 days) of notice is allowed; 3 weeks is not.
    spec.governance.meetings.papers_before = { value: 2, unit: 'weeks' };
    expect(codes(spec, 'R19')).toEqual([]);
    spec.governance.meetings.papers_before = { value: 3, unit: 'weeks' };
    expect(codes(spec, 'R19')).toEqual(['error /governance/meetings/papers_before']);
    spec.governance.meetings.extraordinary!.notice = { value: 1, unit: 'months' };
    expect(codes(spec, 'R20')).toEqual(['error /governance/meetings/extraordinary/notice']);
  });
});
