import { describe, expect, it } from 'vitest';
import { checkRules } from '../../../src/spec/rules/index.js';
import { consortium, referral } from './spec-fixture.js';

describe('identity rules', () => {
  it('should refuse an id used in two namespaces, pointing at the second use (R01)', () => {
    const spec = consortium();
    spec.performance!.kpis![0]!.id = 'wa-policy';
    const [finding] = checkRules(spec).filter((f) => f.code === 'R01');
    expect(finding?.pointer).toBe('/performance/kpis/0/id');
    expect(finding?.message).toContain('work_areas[0].id already has it');
  });

  it('should suggest the nearest id for a reference that does not resolve (R02)', () => {
    const spec = referral();
    spec.governance.chair.initial_holder_member_id = 'clyde-aw';
    const [finding] = checkRules(spec).filter((f) => f.code === 'R02');
    expect(finding).toMatchObject({
      pointer: '/governance/chair/initial_holder_member_id',
      hint: 'Did you mean "clyde-wa"?',
    });
  });

  it('should say when a reference names an item of the wrong kind (R02)', () => {
    const spec = consortium();
    spec.work_areas![0]!.objective_ids = ['k1'];
    const [finding] = checkRules(spec).filter((f) => f.code === 'R02');
    expect(finding?.message).toContain('it names an item of performance.kpis, expected the id of an objective');
  });

  it('should leave a stakeholder given a vote to R51 rather than report it unresolved', () => {
    const spec = consortium();
    spec.governance.decision_body.voting_member_ids.push('whec-network');
    const found = checkRules(spec).map((f) => `${f.code} ${f.pointer}`);
    expect(found).toContain('R51 /governance/decision_body/voting_member_ids/5');
    expect(found.filter((f) => f.startsWith('R02'))).toEqual([]);
  });

  it('should accept decision_body where a complaint theme may go to a group or the decision body', () => {
    const spec = consortium();
    spec.complaints!.themes_reported_to = 'decision_body';
    expect(checkRules(spec)).toEqual([]);
  });
});
