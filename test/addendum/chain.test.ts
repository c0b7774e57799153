import { describe, expect, it } from 'vitest';
import { applyFiles, CHAIN, WHEC } from './support.js';

describe('an addendum chain on the WHEC agreement', () => {
  it('should admit a member by addendum 1, placed in its seat, work area, allocation and signatories', async () => {
    const { diagnostics, consolidated } = await applyFiles(WHEC, `${CHAIN}/whec-addendum-1.yaml`);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const spec = consolidated!;
    expect(spec.meta).toMatchObject({ version: '1.1.0', supersedes: 'whec@1.0.0', prepared_date: '2026-09-15' });
    expect(spec.meta.change_log.at(-1)).toEqual({
      version: '1.1.0',
      date: '2026-10-01',
      summary: 'Addendum No. 1: Admission of Southall Black Sisters',
    });
    expect(spec.members.map((m) => m.id)).toEqual(['rcew', 'pw', 'ywca', 'ma', 'forward', 'sbs']);
    expect(spec.governance.decision_body.voting_member_ids).toContain('sbs');
    expect(spec.work_areas!.find((w) => w.id === 'wa-policy')!.contributor_ids).toContain('sbs');
    expect(spec.funding!.allocations!.map((a) => [a.member_id, a.amount])).toEqual([
      ['rcew', '72000.00'],
      ['pw', '72000.00'],
      ['ywca', '72000.00'],
      ['ma', '72000.00'],
      ['forward', '72000.00'],
      ['sbs', '45000.00'],
    ]);
    expect(spec.signatures.signatories.at(-1)).toEqual({
      member_id: 'sbs',
      name: 'Priya Shah',
      job_title: 'Director',
      date: null,
    });
  });

  it('should withdraw a member by addendum 2, moving its allocation and removing every reference to it', async () => {
    const first = await applyFiles(WHEC, `${CHAIN}/whec-addendum-1.yaml`);
    const { diagnostics, consolidated } = await applyFiles(first.consolidated!, `${CHAIN}/whec-addendum-2.yaml`);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const spec = consolidated!;
    expect(spec.meta).toMatchObject({ version: '1.2.0', supersedes: 'whec@1.1.0' });
    expect(spec.meta.change_log.map((c) => c.version)).toEqual(['1.0.0', '1.1.0', '1.2.0']);
    expect(spec.members.find((m) => m.id === 'pw')).toMatchObject({ status: 'withdrawn', left_date: '2027-03-31' });
    expect(spec.funding!.allocations!.find((a) => a.member_id === 'sbs')).toMatchObject({
      amount: '117000.00',
      by_period: { '2026/27': '39000.00', '2027/28': '39000.00', '2028/29': '39000.00' },
    });
    expect(JSON.stringify({ ...spec, members: [] })).not.toContain('"pw"');
    expect(spec.partnership.term.end_date).toBe('2029-09-30');
    expect(spec.custom_clauses).toEqual([
      {
        id: 'amended-funding-payment',
        replaces: 'funding-payment',
        title: 'Payment',
        text: expect.stringMatching(/^The Accountable Body will pay each Partner's allocation monthly/),
      },
    ]);
  });

  it('should refuse addendum 2 on the original agreement: its base is version 1.1.0', async () => {
    const { diagnostics } = await applyFiles(WHEC, `${CHAIN}/whec-addendum-2.yaml`);
    expect(diagnostics.map((d) => [d.code, d.pointer])).toContainEqual(['R48', '/base/version']);
  });
});
