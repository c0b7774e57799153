import { describe, expect, it } from 'vitest';
import { buildView } from '../../../src/compose/view/index.js';
import { validSpec, validSpecs } from './valid-specs.js';

/** Paths of every undefined value in a view (strict-mode templates must never meet one). */
function undefinedPaths(value: unknown, path = 'view'): string[] {
  if (value === undefined) return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => undefinedPaths(v, `${path}.${k}`));
}

/** Every string in a view. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(strings);
}

describe('buildView', () => {
  it.each(validSpecs())('should give every field of %s a value, never undefined', (_name, spec) => {
    const view = buildView(spec, 'partnership_agreement');
    expect(undefinedPaths(view)).toEqual([]);
    expect(view.drafting_notes).toEqual([]);
  });

  it.each(validSpecs())('should format every string of %s without leaked tokens or doubled spaces', (_name, spec) => {
    const text = strings(buildView(spec, 'partnership_agreement'));
    expect(text.filter((s) => /undefined|\[object|NaN|\s{2}|\{body\}/.test(s))).toEqual([]);
  });

  it('should resolve the quorum and name the decision body and lead', () => {
    const view = buildView(validSpec('whec-strategic-consortium.yaml'), 'partnership_agreement');
    expect(view.governance.quorum).toMatchObject({ seats: 3, seatsText: 'three (3)', totalSeatsText: 'five (5)' });
    expect(view.governance.body).toBe('the Steering Group');
    expect(view.lead?.name).toBe('YWCA');
    expect(view.governance.votingMembersText).toBe('Rape Crisis, Positively Women, YWCA, Maternity Action and FORWARD');
  });

  it('should resolve a fractional quorum with the stated rounding', () => {
    const spec = validSpec('whec-strategic-consortium.yaml');
    spec.governance.quorum = { type: 'fraction', value: 0.5, rounding: 'up' };
    expect(buildView(spec, 'partnership_agreement').governance.quorum.seats).toBe(3);
    spec.governance.decision_body.voting_member_ids = spec.governance.decision_body.voting_member_ids.slice(0, 4);
    expect(buildView(spec, 'partnership_agreement').governance.quorum.seats).toBe(2);
    spec.governance.quorum.rounding = 'up_plus_one_if_exact_half';
    const quorum = buildView(spec, 'partnership_agreement').governance.quorum;
    expect(quorum.seats).toBe(3);
    expect(quorum.fractionText).toMatch(/^one half of the voting seats/);
  });

  it('should total the allocation table per period and overall from the Money strings', () => {
    const view = buildView(validSpec('whec-strategic-consortium.yaml'), 'partnership_agreement');
    const table = view.allocations;
    expect(table?.columns).toEqual(['2026/27', '2027/28', '2028/29']);
    expect(table?.totals.amounts).toEqual(['£150,000.00', '£150,000.00', '£150,000.00']);
    expect(table?.totals.total).toBe('£450,000.00');
    expect(table?.rows.at(-1)).toMatchObject({ name: 'Management fee', total: '£45,000.00' });
    expect(view.funding.total).toBe(table?.totals.total);
  });

  it('should leave funding empty for an unfunded partnership', () => {
    const spec = validSpec('referral-partnership.yaml');
    const view = buildView(spec, 'partnership_agreement');
    expect(view.when.funded).toBe(false);
    expect(view.allocations).toBeNull();
    expect(view.funding.total).toBeNull();
  });

  it('should describe parties as a parties clause does, hiding identifiers that fail their format', () => {
    const spec = validSpec('whec-strategic-consortium.yaml');
    const first = spec.members[0]!;
    first.company = { number: 'NOT-A-NUMBER' };
    const party = buildView(spec, 'partnership_agreement').parties[0]!;
    expect(party.description).toMatch(
      /^a company limited by guarantee registered in England and Wales with company number \[to be confirmed\] and a charity registered with the Charity Commission for England and Wales under number \d+, whose registered office is at /,
    );
  });

  it('should give one execution block per signatory, witnessed under Scots law by the witness the spec names', () => {
    const scots = buildView(validSpec('referral-partnership.yaml'), 'partnership_agreement');
    expect(scots.signatures.map((s) => s.signers[0]!.witness)).toEqual([
      { name: 'Iain Stewart', occupation: 'Finance Officer' },
      { name: 'Lorna Baird', occupation: 'Office Manager' },
    ]);
    expect(scots.general.thirdPartyStatute).toMatch(/Scotland/);
    const english = buildView(validSpec('whec-strategic-consortium.yaml'), 'partnership_agreement');
    expect(english.signatures).toHaveLength(5);
    expect(english.signatures[0]).toMatchObject({
      capacity: 'Signed for and on behalf of',
      terms: 'by its authorised signatory',
      signers: [{ witness: null, date: '2 March 2026' }],
    });
  });

  it('should title the document after its kind', () => {
    const view = buildView(validSpec('whec-strategic-consortium.yaml'), 'terms_of_reference');
    expect(view.document.title).toBe('Terms of Reference');
  });
});
