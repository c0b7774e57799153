import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/spec/rules/index.js';
import { consortium } from './spec-fixture.js';

function only(code: string, spec = consortium()) {
  return checkRules(spec).filter((f) => f.code === code);
}

describe('money rules', () => {
  it('should point an unbalanced sum at the total and name the parts and the difference (R25)', () => {
    const spec = consortium();
    spec.funding!.contingency = { amount: '10.00' };
    expect(only('R25', spec)).toEqual([
      {
        severity: 'error',
        code: 'R25',
        pointer: '/funding/total_amount',
        message:
          'Cannot balance funding.total_amount: £450,000.00, but allocations £405,000.00 + management fee £45,000.00 + contingency £10.00 = £450,010.00 (£10.00 more); expected the parts to equal the total',
        hint: 'Correct whichever figure is wrong: an allocation, the fee, the contingency or the total.',
      },
    ]);
  });

  it('should add money in pence, so amounts that floats cannot add still balance', () => {
    const spec = consortium();
    // 0.1 + 0.2 !== 0.3 in binary floating point; in pence 10 + 20 === 30.
    spec.funding!.allocations![0]!.amount = '80999.90';
    spec.funding!.allocations![0]!.by_period = { '2026/27': '26999.90', '2027/28': '27000.00', '2028/29': '27000.00' };
    spec.funding!.contingency = { amount: '0.10', by_period: { '2026/27': '0.10' } };
    expect(checkRules(spec).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('should compare funders with the total (R26)', () => {
    const spec = consortium();
    spec.funding!.funders![0]!.amount = '405000.00';
    expect(only('R26', spec).map((f) => [f.pointer, f.message.includes('(£45,000.00 less)')])).toEqual([
      ['/funding/total_amount', true],
    ]);
  });

  it('should escape period labels with a slash in pointers (R27)', () => {
    const spec = consortium();
    spec.funding!.allocations![1]!.by_period = { '2026/27': '27000.00', '2027/28': '27000.00', '2028/30': '27000.00' };
    expect(only('R27', spec).map((f) => f.pointer)).toContain('/funding/allocations/1/by_period/2028~130');
  });

  it('should find a gap between funding periods (R27)', () => {
    const spec = consortium();
    spec.funding!.periods![2]!.start_date = '2028-04-02';
    expect(only('R27', spec).map((f) => f.pointer)).toEqual(['/funding/periods/2/start_date']);
  });

  it('should round a percentage fee half up to the penny and allow a penny either way (R28)', () => {
    const spec = consortium();
    spec.funding!.management_fee!.rate_percent = 12.5;
    spec.funding!.total_amount = '0.05';
    // 12.5% of 5p is 0.625p: half up gives 1p, so 0p and 2p are within a penny, 3p is not.
    const fee = spec.funding!.management_fee!;
    const findings = (amount: string) => {
      fee.amount = amount;
      return only('R28', spec).map((f) => f.pointer);
    };
    expect(findings('0.02')).toEqual([]);
    expect(findings('0.00')).toEqual([]);
    expect(findings('0.03')).toEqual(['/funding/management_fee/amount']);
  });

  it('should warn above a 15% fee and refuse one above 25% (R28)', () => {
    const spec = consortium();
    spec.funding!.management_fee!.basis = 'fixed_amount';
    spec.funding!.management_fee!.rate_percent = 20;
    expect(only('R28', spec).map((f) => f.severity)).toEqual(['warning']);
    spec.funding!.management_fee!.rate_percent = 30;
    expect(only('R28', spec).map((f) => f.severity)).toEqual(['error']);
  });

  it('should refuse two allocation rows for one member (R29)', () => {
    const spec = consortium();
    spec.funding!.allocations![4]!.member_id = 'ma';
    expect(only('R29', spec).map((f) => `${f.severity} ${f.pointer}`)).toEqual([
      'error /funding/allocations/4/member_id',
    ]);
  });
});
