import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { applyAddendum, renderAddendum } from '../../src/addendum/index.js';
import { validateAddendumSource, type PartnershipSpec } from '../../src/spec/index.js';
import { specOf, WHEC } from './support.js';

const FILE = 'fixtures/addenda/operations.yaml';

/** An addendum No. 1 to the WHEC agreement making `changes`, decided unanimously with the funder's consent. */
function addendumWith(changes: object[], matters: string[]): string {
  return stringify({
    kind: 'addendum_spec',
    spec_version: '1.0',
    meta: { addendum_id: 'whec-add-1', number: 1, title: 'Changes', status: 'agreed', prepared_date: '2026-09-15' },
    base: { spec_id: 'whec', version: '1.0.0', agreement_date: '2026-03-06' },
    resulting_version: '1.1.0',
    effective_date: '2026-10-01',
    reason: 'The partners agreed the changes below.',
    decision: {
      body: 'decision_body',
      meeting_date: '2026-09-10',
      minute_ref: 'SG/2026/09/4',
      matters,
      threshold_required: 'unanimity',
      votes: { for: 5, against: 0, abstain: 0 },
    },
    funder_consent: { required: true, funder_id: 'funder-health', reference: 'EHEG/V1', date: '2026-09-12' },
    changes,
    signatures: { required_from: 'all_parties', execution: 'either' },
  });
}

interface Outcome {
  spec: PartnershipSpec | null;
  errors: { pointer: string; message: string; line: number }[];
  text: () => Promise<string>;
}

/** Applies the addendum through the public entry point; `text` renders the Addendum as plain text. */
function apply(changes: object[], matters: string[] = ['vary_agreement']): Outcome {
  const base = specOf(WHEC);
  const read = validateAddendumSource(addendumWith(changes, matters), FILE);
  expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const applied = applyAddendum(read.addendum!, base, { file: FILE, locate: read.locate });
  const errors = applied.diagnostics
    .filter((d) => d.severity === 'error')
    .map(({ pointer, message, line }) => ({ pointer, message, line }));
  return {
    spec: applied.consolidated,
    errors,
    text: async () => {
      const [file] = await renderAddendum({
        addendum: read.addendum!,
        base,
        consolidated: applied.consolidated!,
        out: 'out',
        formats: ['txt'],
        conformed: false,
      });
      return new TextDecoder().decode(file!.bytes).replace(/\s+/g, ' ');
    },
  };
}

describe('addendum operations', () => {
  it('expel_member: marks the member expelled, removes its seat and mentions, and moves its money', async () => {
    const result = apply(
      [
        {
          op: 'expel_member',
          member_id: 'pw',
          reason: 'Persistent breach of the safeguarding clause',
          reallocation: { allocation_to: 'rcew' },
        },
      ],
      ['expel_member', 'change_allocations'],
    );
    expect(result.errors).toEqual([]);
    const spec = result.spec!;
    expect(spec.members.find((m) => m.id === 'pw')).toMatchObject({ status: 'expelled', left_date: '2026-10-01' });
    expect(spec.governance.decision_body.voting_member_ids).not.toContain('pw');
    expect(spec.funding!.allocations!.find((a) => a.member_id === 'rcew')!.amount).toBe('162000.00');
    expect(spec.performance!.kpis!.find((k) => k.id === 'k2')!.responsible_member_ids).toEqual(['forward']);
    const text = await result.text();
    expect(text).toContain(
      'With effect from 1 October 2026, Positively Women is expelled from the Partnership (persistent breach of the safeguarding clause).',
    );
    expect(text).toContain('Allocation: Positively Women £81,000.00 £0.00');
  });

  it('expel_member: what still names the member afterwards is reported, field by field, at the operation', () => {
    const result = apply([{ op: 'expel_member', member_id: 'ma' }], ['expel_member']);
    expect(result.spec).toBeNull();
    expect(result.errors.map((e) => [e.pointer, e.message.replace(/ cleanly: `([^`]+)`.*/, ' $1')])).toEqual([
      ['/changes/0/member_id', 'Cannot expel `ma` governance.chair.initial_holder_member_id'],
      ['/changes/0/member_id', 'Cannot expel `ma` work_areas[0].lead_member_id'],
      ['/changes/0/member_id', 'Cannot expel `ma` funding.allocations[3].member_id'],
      ['/changes/0/member_id', 'Cannot expel `ma` risk_management.initial_risks[1].owner_member_id'],
    ]);
  });

  it('suspend_member: a suspended member may hold nothing (R02), so each thing it holds is reported at the operation', () => {
    const suspended = apply([{ op: 'suspend_member', member_id: 'forward' }], ['suspend_member']);
    expect(suspended.spec).toBeNull();
    expect(suspended.errors.length).toBeGreaterThan(0);
    for (const error of suspended.errors) {
      expect(error.pointer).toBe('/changes/0');
      expect(error.message).toMatch(/^Cannot refer to member "forward" at .*: its status is suspended.*after change 1/);
    }
    expect(suspended.errors.map((e) => e.message)).toContainEqual(expect.stringContaining('funding.allocations[4]'));
  });

  it('suspend_member then reinstate_member: the member is active again, with its vote', () => {
    const both = apply(
      [
        { op: 'suspend_member', member_id: 'forward' },
        { op: 'reinstate_member', member_id: 'forward' },
      ],
      ['suspend_member'],
    );
    expect(both.errors).toEqual([]);
    expect(both.spec!.members.find((m) => m.id === 'forward')!.status).toBe('active');
    expect(both.spec!.governance.decision_body.voting_member_ids).toContain('forward');
  });

  it('change_lead_partner: the flag, the lead section and the accountable body move to the new lead', async () => {
    const result = apply(
      [
        {
          op: 'change_lead_partner',
          from_member_id: 'ywca',
          to_member_id: 'rcew',
          roles: ['convenor', 'secretariat', 'accountable_body'],
          novation_reference: 'EHEG-2026-014/N1',
          transition_period: { value: 2, unit: 'months' },
        },
      ],
      ['change_lead_partner', 'change_accountable_body'],
    );
    expect(result.errors).toEqual([]);
    const spec = result.spec!;
    expect(spec.members.filter((m) => m.is_lead_partner).map((m) => m.id)).toEqual(['rcew']);
    expect(spec.lead_partner!.member_id).toBe('rcew');
    expect(spec.funding!.accountable_body_member_id).toBe('rcew');
    const text = await result.text();
    expect(text).toContain('Rape Crisis England & Wales replaces YWCA England & Wales as the Lead Partner');
    expect(text).toContain('within 2 months of the Effective Date');
    expect(text).toContain('referenced EHEG-2026-014/N1');
  });

  it('set_contingency, set_management_fee and set_total_amount: the figures move and the table shows before and after', async () => {
    const result = apply(
      [
        { op: 'set_total_amount', amount: '480000.00', funder_amounts: { 'funder-health': '480000.00' } },
        { op: 'set_contingency', amount: '30000.00' },
        { op: 'set_management_fee', amount: '45000.00', rate_percent: 9.375 },
      ],
      ['change_allocations', 'change_management_fee'],
    );
    expect(result.errors).toEqual([]);
    expect(result.spec!.funding).toMatchObject({
      total_amount: '480000.00',
      contingency: { amount: '30000.00' },
      management_fee: { amount: '45000.00', rate_percent: 9.375 },
    });
    const text = await result.text();
    expect(text).toContain('Contingency £0.00 £30,000.00');
    expect(text).toContain('Total Funding £450,000.00 £480,000.00');
    expect(text).not.toContain('Management fee £45,000.00 £45,000.00');
  });

  it('set_kpi_target and set_member_target: the targets change and the Addendum tabulates them', async () => {
    const result = apply(
      [
        { op: 'set_kpi_target', kpi_id: 'k2', target: 180 },
        { op: 'set_member_target', kpi_id: 'k2', targets: { forward: 100, pw: 80 } },
      ],
      ['change_objectives'],
    );
    expect(result.errors).toEqual([]);
    expect(result.spec!.performance!.kpis!.find((k) => k.id === 'k2')!.target).toBe(180);
    expect(result.spec!.performance!.member_targets).toContainEqual({
      kpi_id: 'k2',
      targets: { forward: 100, pw: 80 },
    });
    const text = await result.text();
    // The table's cells wrap in text: the row reads "Target: Women's organisations 150 180 engaged…".
    expect(text).toContain('3.1 Targets The targets of the Agreement change as follows: Target Before After');
    expect(text).toContain("Target: Women's organisations 150 180 engaged through the network");
    expect(text).toMatch(/Partners' shares: Women's none FORWARD .* 100; Positively Women 80/);
  });

  it('set_kpi_target: an unknown KPI is reported at the operation, with the ids there are', () => {
    const result = apply([{ op: 'set_kpi_target', kpi_id: 'k9', target: 1 }], ['change_objectives']);
    expect(result.spec).toBeNull();
    expect(result.errors).toEqual([
      {
        pointer: '/changes/0/kpi_id',
        message: 'Cannot set the target of `k9`: no KPI has that id, expected one of `k1`, `k2`, `k3`',
        line: expect.any(Number),
      },
    ]);
  });

  it('extend_term: the end date moves and the Addendum says from what to what', async () => {
    const result = apply(
      [{ op: 'extend_term', new_end_date: '2029-09-30', mechanism: 'mutual_agreement' }],
      ['extend_term'],
    );
    expect(result.errors).toEqual([]);
    expect(result.spec!.partnership.term.end_date).toBe('2029-09-30');
    expect(await result.text()).toContain(
      'The Agreement, which was to end on 31 March 2029, continues until 30 September 2029, by agreement of all the Partners',
    );
  });

  it('replace_clause: the consolidated spec holds the new text and the Addendum names the clause it replaces', async () => {
    const result = apply([{ op: 'replace_clause', clause_key: 'funding-payment', text: 'Paid monthly.' }]);
    expect(result.errors).toEqual([]);
    expect(result.spec!.custom_clauses).toEqual([
      { id: 'amended-funding-payment', replaces: 'funding-payment', text: 'Paid monthly.' },
    ]);
    expect(await result.text()).toMatch(/Clause \d+\.\d+ \(Payment\) of the Agreement is deleted and replaced/);
  });

  it('set, unset, add_to_list and remove_from_list: paths by id, each change described in the Addendum', async () => {
    const result = apply([
      { op: 'set', path: '/work_areas/wa-policy/name', value: 'Policy, influencing and campaigns' },
      { op: 'add_to_list', path: '/partnership/geography', value: 'wales' },
      { op: 'remove_from_list', path: '/work_areas/wa-evidence/contributor_ids', value: 'pw' },
      { op: 'unset', path: '/risk_management/initial_risks/r3' },
    ]);
    expect(result.errors).toEqual([]);
    const spec = result.spec!;
    expect(spec.work_areas!.find((w) => w.id === 'wa-policy')!.name).toBe('Policy, influencing and campaigns');
    expect(spec.partnership.geography).toEqual(['england', 'wales']);
    expect(spec.work_areas!.find((w) => w.id === 'wa-evidence')!.contributor_ids).toEqual(['rcew']);
    expect(spec.risk_management!.initial_risks!.map((r) => r.id)).toEqual(['r1', 'r2']);
    const text = await result.text();
    expect(text).toContain('The entry at /work_areas/wa-policy/name of the Agreement');
    expect(text).toContain('"wales" is added to the list at /partnership/geography');
  });

  it('set: a path through an unknown id is reported at the path, with the nearest ids', () => {
    const result = apply([{ op: 'set', path: '/work_areas/wa-polcy/name', value: 'x' }]);
    expect(result.spec).toBeNull();
    expect(result.errors[0]).toMatchObject({ pointer: '/changes/0/path' });
    expect(result.errors[0]!.message).toContain('`wa-policy`');
  });
});
