import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffSpecs, loadSpec, type PartnershipSpec, type SpecChange } from '../../src/index.js';
import { runCli } from '../support/run-cli.js';

const PAIRS = readdirSync('fixtures/diff', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();
const BASE = 'fixtures/valid/whec-strategic-consortium.yaml';

async function spec(file: string): Promise<PartnershipSpec> {
  const loaded = await loadSpec(file);
  if (loaded.spec === null) throw new Error(`${file} is invalid`);
  return loaded.spec;
}

describe('partnership diff', () => {
  it.each(PAIRS)('should print the expected plain-language diff for fixtures/diff/%s', async (pair) => {
    const dir = `fixtures/diff/${pair}`;
    const result = await runCli('diff', `${dir}/old.yaml`, `${dir}/new.yaml`);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(readFileSync(`${dir}/expected.txt`, 'utf8'));
  });

  it('should give typed records with path, label, before and after under --json', async () => {
    const result = await runCli('diff', 'fixtures/diff/money/old.yaml', 'fixtures/diff/money/new.yaml', '--json');
    expect(result.code).toBe(0);
    const { changes } = JSON.parse(result.stdout) as { changes: SpecChange[] };
    expect(changes).toContainEqual(
      expect.objectContaining({
        kind: 'changed',
        path: 'funding.allocations[rcew].amount',
        pointer: '/funding/allocations/0/amount',
        field: 'funding.allocations[].amount',
        section: 'funding',
        sectionLabel: 'Funding',
        label: 'Allocation (Rape Crisis England & Wales) › Amount',
        before: '81000.00',
        after: '84000.00',
        beforeText: '£81,000.00',
        afterText: '£84,000.00',
        rendered: true,
      }),
    );
    expect(changes.find((c) => c.path === 'funding.allocations[pw].by_period["2027/28"]')?.afterText).toBe(
      '£25,500.00',
    );
    expect(changes.find((c) => c.path === 'meta.change_log[1.1.0]')).toMatchObject({ kind: 'added', rendered: true });
  });

  it('should report an invalid spec with its diagnostics and exit 1, comparing nothing', async () => {
    const result = await runCli('diff', BASE, 'fixtures/invalid/R14-quorum-above-seats.yaml');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^fixtures\/invalid\/R14-quorum-above-seats\.yaml:\d+:\d+ {2}error {2}R14 /m);
    expect(result.stderr).toMatch(/R14-quorum-above-seats\.yaml: invalid: 1 error; not compared/);
  });

  it('should note a pair of two partnerships, or given the wrong way round, and still compare it', async () => {
    const other = await runCli('diff', BASE, 'fixtures/valid/ni-network-mou.yaml');
    expect(other.code).toBe(0);
    expect(other.stderr).toBe(
      `note: ${BASE} and fixtures/valid/ni-network-mou.yaml are different partnerships (meta.spec_id \`whec\` and \`ni-womens-practice-network\`); the changes read from one to the other\n`,
    );
    expect(other.stdout).toContain('Spec id: whec → ni-womens-practice-network');
    const [old, next] = ['fixtures/diff/money/old.yaml', 'fixtures/diff/money/new.yaml'];
    const backwards = await runCli('diff', next, old, '--json');
    expect(backwards.code).toBe(0);
    expect(backwards.stderr).toBe(
      `note: ${old} (version 1.0.0) is earlier than ${next} (1.1.0), so the changes read backwards: are the two files the wrong way round?\n`,
    );
    expect(JSON.parse(backwards.stdout)).toHaveProperty('changes');
  });

  it('should exit 0 and say so when nothing changed', async () => {
    const result = await runCli('diff', BASE, BASE);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^No change: the two specs are the same\.$/m);
  });
});

describe('diffSpecs', () => {
  it('should match array items by id: removing the first member is one removal, not a change to every later one', async () => {
    const before = await spec(BASE);
    const after = structuredClone(before);
    after.members.shift();
    const changes = diffSpecs(before, after);
    expect(changes).toEqual([
      expect.objectContaining({ kind: 'removed', path: 'members[rcew]', pointer: '/members/0', label: 'Member' }),
    ]);
    expect(changes[0]?.text).toBe('Member removed: Rape Crisis England & Wales (key decision maker)');
  });

  it('should name the members holding a role, whether one member holds it or a list of them', async () => {
    const before = await spec(BASE);
    const after = structuredClone(before);
    const holders = after.lead_partner!.role_holders as Record<string, string | string[]>;
    holders.champion = ['rcew', 'ma'];
    holders.external_liaison = 'forward';
    const forward = "FORWARD (Foundation for Women's Health Research and Development)";
    expect(diffSpecs(before, after).map((change) => change.text)).toEqual([
      `Other role holders › champion: removed Positively Women, YWCA England & Wales, ${forward}`,
      `Other role holders › external_liaison: not set → ${forward}`,
    ]);
  });

  it('should read a version saved by a YAML 1.1 tool, its dates tagged !!timestamp, as the same spec', async () => {
    const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'diff-'));
    try {
      const copy = join(dir, 'whec.yaml');
      const tagged = readFileSync(BASE, 'utf8').replace(/: (\d{4}-\d{2}-\d{2})\b/g, ': !!timestamp "$1"');
      expect(tagged).toContain('prepared_date: !!timestamp "2026-02-02"');
      writeFileSync(copy, tagged);
      const result = await runCli('diff', BASE, copy);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('No change: the two specs are the same.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should say a list was reordered when only the order of its items changed', async () => {
    const before = await spec(BASE);
    const after = structuredClone(before);
    after.members.reverse();
    expect(diffSpecs(before, after)).toEqual([
      expect.objectContaining({ kind: 'reordered', path: 'members', text: 'Members: order changed' }),
    ]);
  });

  it('should find exactly the members removed and the allocations changed, whatever the edit', async () => {
    const before = await spec(BASE);
    const count = before.members.length;
    const allocations = before.funding?.allocations ?? [];
    await fc.assert(
      fc.property(
        fc.subarray([...Array(count).keys()]),
        fc.array(fc.nat({ max: 99_999_999 }), { minLength: allocations.length, maxLength: allocations.length }),
        (removed, pence) => {
          const after = structuredClone(before);
          after.members = before.members.filter((_, i) => !removed.includes(i));
          const funding = after.funding;
          if (funding === undefined) throw new Error('the base spec has no funding');
          funding.allocations = allocations.map((a, i) => ({
            ...a,
            amount: `${Math.floor((pence[i] as number) / 100)}.${String((pence[i] as number) % 100).padStart(2, '0')}`,
          }));
          const changes = diffSpecs(before, after);
          const removals = changes.filter((c) => c.section === 'members').map((c) => c.path);
          expect(removals).toEqual(removed.map((i) => `members[${before.members[i]?.id}]`));
          const moved = changes.filter((c) => c.section === 'funding').map((c) => c.path);
          const expected = allocations
            .filter((a, i) => funding.allocations?.[i]?.amount !== a.amount)
            .map((a) => `funding.allocations[${a.member_id}].amount`);
          expect(moved).toEqual(expected);
          expect(changes.every((c) => c.kind !== 'changed' || c.beforeText !== c.afterText)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('should find no change between a spec and a copy of it', async () => {
    const before = await spec(BASE);
    expect(diffSpecs(before, structuredClone(before))).toEqual([]);
  });
});
