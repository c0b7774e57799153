import { describe, expect, it } from 'vitest';
import { agreementStage, type PartnershipSpec } from '../../../src/spec/index.js';
import { checkRules } from '../../../src/spec/rules/index.js';
import { consortium, referral } from './spec-fixture.js';

function found(spec: PartnershipSpec): string[] {
  return checkRules(spec)
    .filter((f) => f.code === 'R74')
    .map((f) => `${f.severity} ${f.pointer}`);
}

/** The WHEC consortium bidding for a council contract: prepared 2 February 2026, signed by 6 March. */
function bidding(): PartnershipSpec {
  const spec = consortium();
  spec.funding!.funders![0]!.agreement_type = 'contract';
  spec.partnership.related_contract = {
    title: 'Women’s Health Advocacy Service',
    funder_id: 'funder-health',
    procurement_regime: 'procurement_act_2023',
    main_contract_start: '2026-04-01',
    main_contract_end: '2029-03-31',
  };
  spec.partnership.bid_phase = {
    submission_deadline: '2026-03-13',
    lapse_if_unsuccessful: true,
    lapse_date: '2026-06-30',
  };
  return spec;
}

describe('the agreement’s stage', () => {
  it('should be a bid while bid_phase is given, even when the funder is recorded as contracting', () => {
    expect(agreementStage(bidding())).toBe('bid');
  });

  it('should be a contract once bid_phase is gone and the main contract’s funder contracts', () => {
    const spec = bidding();
    delete spec.partnership.bid_phase;
    expect(agreementStage(spec)).toBe('contract');
  });

  it('should follow the main contract’s funder over any other funder', () => {
    const spec = bidding();
    delete spec.partnership.bid_phase;
    spec.funding!.funders![0]!.agreement_type = 'grant';
    expect(agreementStage(spec)).toBe('grant');
  });

  it('should be a contract for a procured main contract whose funder is not listed', () => {
    const spec = bidding();
    delete spec.partnership.bid_phase;
    delete spec.partnership.related_contract!.funder_id;
    expect(agreementStage(spec)).toBe('contract');
    spec.partnership.related_contract!.procurement_regime = 'grant_not_procured';
    expect(agreementStage(spec)).toBe('grant');
  });

  it('should be a grant for funding with no contracting funder, and unfunded with neither', () => {
    expect(agreementStage(consortium())).toBe('grant');
    expect(agreementStage(referral())).toBe('unfunded');
  });
});

describe('stage rule (R74)', () => {
  it('should accept a signed agreement made during the bid, before it lapses and before the contract starts', () => {
    const spec = bidding();
    spec.meta.status = 'signed';
    expect(found(spec)).toEqual([]);
  });

  it('should warn when the agreement is dated after the bid’s lapse date', () => {
    const spec = bidding();
    spec.partnership.bid_phase!.lapse_date = '2026-03-01';
    spec.partnership.bid_phase!.submission_deadline = '2026-02-27';
    expect(found(spec)).toEqual(['warning /partnership/bid_phase/lapse_date']);
  });

  it('should date the agreement by its last signature when that is later than its preparation', () => {
    const spec = bidding();
    spec.partnership.bid_phase!.lapse_date = '2026-03-05';
    spec.partnership.bid_phase!.submission_deadline = '2026-02-27';
    // Prepared on 2 February, but the last Partner signs on 6 March.
    expect(found(spec)).toEqual(['warning /partnership/bid_phase/lapse_date']);
  });

  it('should warn when the agreement is dated after the main contract has started', () => {
    const spec = bidding();
    spec.partnership.related_contract!.main_contract_start = '2026-03-01';
    spec.partnership.bid_phase!.submission_deadline = '2026-02-20';
    expect(found(spec)).toEqual(['warning /partnership/bid_phase']);
  });

  it('should warn when the bid is due after the agreement lapses or the contract starts', () => {
    const spec = bidding();
    spec.partnership.bid_phase!.submission_deadline = '2026-07-31';
    expect(found(spec)).toEqual(['warning /partnership/bid_phase/submission_deadline']);
    spec.partnership.bid_phase!.lapse_date = '2026-10-31';
    expect(found(spec)).toEqual(['warning /partnership/bid_phase/submission_deadline']);
  });

  it('should warn when the main contract is a grant by its funder yet procured, or the reverse', () => {
    const spec = bidding();
    delete spec.partnership.bid_phase;
    spec.funding!.funders![0]!.agreement_type = 'grant';
    expect(found(spec)).toEqual(['warning /funding/funders/0/agreement_type']);
    spec.funding!.funders![0]!.agreement_type = 'service_level_agreement';
    spec.partnership.related_contract!.procurement_regime = 'grant_not_procured';
    expect(found(spec)).toEqual(['warning /funding/funders/0/agreement_type']);
    spec.partnership.related_contract!.procurement_regime = 'other';
    expect(found(spec)).toEqual([]);
  });

  it('should say what it means for the partners, without codes or field paths', () => {
    const spec = bidding();
    spec.partnership.bid_phase!.lapse_date = '2026-03-01';
    spec.partnership.bid_phase!.submission_deadline = '2026-02-27';
    const [finding] = checkRules(spec).filter((f) => f.code === 'R74');
    expect(finding!.message).toMatch(/^Cannot .*expected /);
    expect(finding!.note!.text).not.toMatch(/R74|bid_phase|lapse_date|meta\./);
  });
});
