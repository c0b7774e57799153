import { readFileSync } from 'node:fs';
import { diffLines } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { consolidatedYaml } from '../../src/addendum/index.js';
import { applyFiles, CHAIN, specOf, WHEC } from './support.js';

/** The lines of `before` a diff removes, and the lines it adds, to give `after`. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const removed: string[] = [];
  const added: string[] = [];
  for (const part of diffLines(before, after)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    if (part.removed) removed.push(...lines);
    if (part.added) added.push(...lines);
  }
  return { removed, added };
}

describe('the consolidated spec written over the base file', () => {
  it('should change only the lines of the values addendum 1 changes, and read back as the consolidated spec', async () => {
    const baseText = readFileSync(WHEC, 'utf8');
    const { consolidated } = await applyFiles(WHEC, `${CHAIN}/whec-addendum-1.yaml`);
    const text = consolidatedYaml(baseText, specOf(WHEC), consolidated);
    expect(parse(text)).toEqual(consolidated);
    const { removed, added } = changedLines(baseText, text);
    expect(removed.map((line) => line.trim().split(':')[0])).toEqual([
      'version',
      'prepared_date',
      'voting_member_ids',
      'contributor_ids',
      ...['rcew', 'pw', 'ywca', 'ma', 'forward'].map(() => '- {member_id'),
    ]);
    // Added: the two changed meta lines, the change log entry and `supersedes`, the new member, its
    // seat, work area, allocation and signatory, and the five allocations' new figures.
    expect(added.filter((line) => /^\s{2}\S/.test(line)).map((line) => line.trim().split(':')[0])).toEqual([
      'version',
      'prepared_date',
      'supersedes',
      '- id',
    ]);
    expect(added).toContain('    - {member_id: sbs, name: Priya Shah, job_title: Director, date: null}');
  });

  it('should keep every comment of the base file, at its place', async () => {
    const baseText = readFileSync(WHEC, 'utf8');
    const { consolidated } = await applyFiles(WHEC, `${CHAIN}/whec-addendum-1.yaml`);
    const text = consolidatedYaml(baseText, specOf(WHEC), consolidated);
    const comments = (source: string): string[] => source.split('\n').filter((line) => line.includes('#'));
    const inBase = comments(baseText).filter((line) => !/version: "1.0.0"|prepared_date/.test(line));
    for (const line of inBase) expect(comments(text)).toContain(line);
  });

  it('should write any change to any data so that it reads back as the changed data', () => {
    const scalar = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.integer({ min: -1000, max: 1000 }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('1.0.0', '2026-03-06', '81000.00', 'a: b', '# not a comment', "it's"),
    );
    const key = fc.constantFrom('id', 'name', 'amount', 'members', 'meta', 'text', 'k1', '2026/27');
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('value'), { maxLength: 4 }),
        fc.array(fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd'), v: tie('value') }), { maxLength: 4 }),
        fc.dictionary(key, tie('value'), { maxKeys: 4 }),
      ),
    }));
    const doc = fc.dictionary(key, value, { minKeys: 1, maxKeys: 5 });
    const style = fc.constantFrom({}, { collectionStyle: 'flow' as const }, { lineWidth: 20 });
    fc.assert(
      fc.property(doc, doc, style, (base, next, options) => {
        const text = stringify(base, options);
        expect(parse(consolidatedYaml(text, parse(text), next))).toEqual(next);
      }),
      { numRuns: 300 },
    );
  });
});
