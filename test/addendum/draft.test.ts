import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { applyAddendum, draftAddendum } from '../../src/addendum/index.js';
import { validateAddendumSource, type PartnershipSpec } from '../../src/spec/index.js';
import { runCli } from '../support/run-cli.js';
import { specOf, WHEC } from './support.js';

const PAIRS = readdirSync('fixtures/diff').sort();

/** The draft with its decision and consent completed as the partners would: a unanimous vote, the day before. */
function complete(draft: string, old: PartnershipSpec): string {
  const data = parse(draft) as Record<string, Record<string, unknown>>;
  const effective = data.effective_date as unknown as string;
  const seats =
    old.governance.decision_body.voting_member_ids.length * (old.governance.decision_body.seats_per_member ?? 1);
  Object.assign(data.decision!, {
    meeting_date: effective,
    minute_ref: 'SG/1',
    votes: { for: seats, against: 0, abstain: 0 },
  });
  if (data.funder_consent) Object.assign(data.funder_consent, { reference: 'REF/1', date: effective });
  data.base!.agreement_date = '2026-03-06';
  return stringify(data);
}

/** A spec without the document control an addendum writes itself (what it supersedes, its log's wording). */
function comparable(spec: PartnershipSpec): unknown {
  const { supersedes: _supersedes, change_log, ...meta } = spec.meta;
  return { ...spec, meta: { ...meta, change_log: change_log.map(({ version, date }) => ({ version, date })) } };
}

describe('an addendum drafted from two versions of a spec', () => {
  it.each(PAIRS)('should turn %s/old.yaml into new.yaml once its decision is completed', (pair) => {
    const old = specOf(`fixtures/diff/${pair}/old.yaml`);
    const next = specOf(`fixtures/diff/${pair}/new.yaml`);
    const draft = draftAddendum(old, next, { old: 'old.yaml', new: 'new.yaml' });
    const left = validateAddendumSource(draft, 'draft.yaml');
    expect(left.addendum).toBeNull();
    expect(new Set(left.diagnostics.map((d) => d.code))).toEqual(new Set(['incomplete']));
    expect(left.diagnostics.map((d) => d.pointer)).toEqual(
      expect.arrayContaining([
        '/base/agreement_date',
        '/decision/meeting_date',
        '/decision/minute_ref',
        '/decision/votes/for',
      ]),
    );
    const read = validateAddendumSource(complete(draft, old), 'draft.yaml');
    expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const applied = applyAddendum(read.addendum!, old, { file: 'draft.yaml', locate: read.locate });
    expect(applied.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(comparable(applied.consolidated!)).toEqual(comparable(next));
  });

  it('should prefer typed operations: a member joining is admitted, with its seat, work areas and allocation', () => {
    const old = specOf('fixtures/diff/membership/old.yaml');
    const next = specOf('fixtures/diff/membership/new.yaml');
    const draft = parse(draftAddendum(old, next, { old: 'old.yaml', new: 'new.yaml' })) as {
      changes: { op: string }[];
      decision: { matters: string[] };
    };
    expect(draft.changes[0]).toMatchObject({ op: 'admit_member', voting_seat: true });
    expect(draft.decision.matters).toContain('admit_member');
  });

  it('should write the draft from the diff command and have validate name each field to complete', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    try {
      const file = join(dir, 'addendum-1.yaml');
      const diff = await runCli(
        'diff',
        'fixtures/diff/money/old.yaml',
        'fixtures/diff/money/new.yaml',
        '--draft-addendum',
        file,
      );
      expect(diff.code).toBe(0);
      expect(diff.stderr).toContain(`wrote a draft addendum to ${file}`);
      const validate = await runCli('validate', file);
      expect(validate.code).toBe(1);
      expect(validate.stderr).toMatch(/error {2}incomplete {2}Cannot use the addendum yet: `decision\.meeting_date`/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should refuse to draft between two partnerships, or to a version not higher, writing and printing nothing', async () => {
    const { existsSync, mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    try {
      const file = join(dir, 'addendum-1.yaml');
      const pairs: [string, string, string][] = [
        [WHEC, 'fixtures/valid/ni-network-mou.yaml', 'they are different partnerships (meta.spec_id `whec` and'],
        ['fixtures/diff/money/new.yaml', 'fixtures/diff/money/old.yaml', "higher than the old one's (are the two"],
        ['fixtures/diff/money/old.yaml', 'fixtures/diff/money/old.yaml', "expected the new spec's meta.version"],
      ];
      for (const [old, next, message] of pairs) {
        const diff = await runCli('diff', old, next, '--draft-addendum', file);
        expect(diff.code, `${old} → ${next}`).toBe(1);
        expect(diff.stderr).toContain(`Cannot draft an addendum from ${old}`);
        expect(diff.stderr).toContain(message);
        expect(diff.stderr.trim().split('\n')).toHaveLength(1);
        expect(diff.stdout).toBe('');
        expect(existsSync(file)).toBe(false);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
