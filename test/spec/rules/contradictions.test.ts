import { describe, expect, it } from 'vitest';
import type { PartnershipSpec } from '../../../src/spec/index.js';
import { checkRules } from '../../../src/spec/rules/index.js';
import { consortium, referral } from './spec-fixture.js';

function found(spec: PartnershipSpec, code: string): string[] {
  return checkRules(spec)
    .filter((f) => f.code === code)
    .map((f) => `${f.severity} ${f.pointer}`);
}

describe('facts that contradict each other', () => {
  it('should warn when the decision body reviews a log more often than it meets (R77)', () => {
    const spec = consortium();
    expect(spec.governance.meetings.frequency).toBe('quarterly');
    expect(found(spec, 'R77')).toEqual([]);
    spec.risk_management!.issue_log!.review_frequency = 'monthly';
    spec.risk_management!.register.review_frequency = 'monthly';
    expect(found(spec, 'R77')).toEqual([
      'warning /risk_management/register/review_frequency',
      'warning /risk_management/issue_log/review_frequency',
    ]);
    spec.governance.meetings.frequency = 'monthly';
    expect(found(spec, 'R77')).toEqual([]);
  });

  it('should not compare a frequency without a fixed rhythm (R77)', () => {
    const spec = consortium();
    spec.risk_management!.issue_log!.review_frequency = 'each_meeting';
    spec.governance.meetings.frequency = 'as_required';
    expect(found(spec, 'R77')).toEqual([]);
  });

  it('should warn when a completed impact assessment is dated after the first signature (R78)', () => {
    const spec = referral();
    expect(found(spec, 'R78')).toEqual([]);
    // Signed on 18 and 20 May 2026: an assessment of 19 May postdates the first signature.
    spec.data_protection.dpia = { completed: true, date: '2026-05-19' };
    expect(found(spec, 'R78')).toEqual(['warning /data_protection/dpia/date']);
    spec.data_protection.dpia.completed = false;
    expect(found(spec, 'R78')).toEqual([]);
  });

  it('should compare an unsigned spec’s assessment with its prepared date (R78)', () => {
    const spec = referral();
    for (const s of spec.signatures.signatories) delete s.date;
    spec.meta.status = 'draft';
    spec.data_protection.dpia = { completed: true, date: '2026-05-12' };
    expect(found(spec, 'R78')).toEqual(['warning /data_protection/dpia/date']);
    spec.data_protection.dpia.date = '2026-05-11';
    expect(found(spec, 'R78')).toEqual([]);
  });

  it('should warn when the escalation ladder calls the coordinator’s post by another name (R79)', () => {
    const spec = consortium();
    expect(found(spec, 'R79')).toEqual([]);
    spec.risk_management!.escalation_ladder![1]!.name = 'Coordinator and lead partner';
    expect(found(spec, 'R79')).toEqual(['warning /risk_management/escalation_ladder/1/name']);
    spec.risk_management!.escalation_ladder![1]!.name = 'Consortium Coordinators’ meeting';
    expect(found(spec, 'R79')).toEqual([]);
  });
});
