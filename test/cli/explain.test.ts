import { describe, expect, it } from 'vitest';
import type { Explanation } from '../../src/compose/index.js';
import { runCli } from '../support/run-cli.js';

const NETWORK = 'fixtures/valid/ni-network-mou.yaml';
const JOINT = 'fixtures/valid/welsh-joint-contract-bid.yaml';
const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$/m;

describe('partnership explain', () => {
  it('should list each section as included or omitted, with the condition, its value and the fields it reads', async () => {
    const result = await runCli('explain', JOINT, '--documents', 'partnership_agreement');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Partnership Agreement \(\d+ of \d+ sections and schedules included; .*partnership-agreement\.md\.hbs\)$/m,
    );
    expect(result.stdout).toMatch(/^ {2}✓ 1\. Definitions and interpretation \{#definitions\}$/m);
    expect(result.stdout).toMatch(
      /^ {2}✗ Principles \{#principles\}\n {6}because when\.principles = false \(reads partnership\.principles\)$/m,
    );
    expect(result.stdout).toMatch(/^ {2}✓ Schedule 1: Partner details \{#schedule-partners\}$/m);
    expect(result.stdout).toMatch(
      /^ {2}✗ .* \{#schedule-funding\}\n {6}because when\.funded = false \(reads funding\.has_funding\)$/m,
    );
    expect(result.stdout).not.toMatch(/Terms of Reference/);
  });

  it("should explain every document of the spec's meta.documents by default", async () => {
    const result = await runCli('explain', NETWORK);
    expect(result.code).toBe(0);
    for (const title of ['Memorandum of Understanding', 'Terms of Reference', 'Meetings Protocol']) {
      expect(result.stdout).toMatch(new RegExp(`^${title}`, 'm'));
    }
  });

  it('should print the map as JSON with --json', async () => {
    const result = await runCli('explain', NETWORK, '--json', '--documents', 'terms_of_reference,meetings_protocol');
    expect(result.code).toBe(0);
    const map = JSON.parse(result.stdout) as Explanation;
    expect(map.specId).toBe('ni-womens-practice-network');
    expect(map.documents.map((d) => d.kind)).toEqual(['terms_of_reference', 'meetings_protocol']);
    const groups = map.documents[0]!.sections.find((s) => s.id === 'tor-groups');
    expect(groups).toMatchObject({
      included: false,
      conditions: [{ name: 'advisory_groups', value: false, fields: ['advisory_groups'] }],
    });
  });

  it('should print the diagnostics of an invalid spec and exit 1, as validate does', async () => {
    const file = 'fixtures/invalid/R14-quorum-above-seats.yaml';
    const result = await runCli('explain', file);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^fixtures\/invalid\/R14-quorum-above-seats\.yaml:\d+:\d+ {2}error {2}R14 {2}/m);
    expect(result.stderr).toMatch(/invalid: \d+ errors?, \d+ warnings?/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('should refuse an unknown document as a usage error', async () => {
    const result = await runCli('explain', NETWORK, '--documents', 'business_plan');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/business_plan/);
  });
});
