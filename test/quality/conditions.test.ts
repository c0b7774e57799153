import { describe, expect, it } from 'vitest';
import { explainSpec, type DocumentKind } from '../../src/compose/index.js';
import { CONDITIONS, evaluateConditions, type ConditionName } from '../../src/compose/conditions.js';
import { visit, type Document } from '../../src/model/index.js';
import { docOf, documentCases, validFixtures } from './pack.js';

/**
 * Conditions that cannot vary between valid specs, and why; every other condition must both hold and
 * fail among the valid fixtures, so that each branch of the templates is composed by some fixture.
 */
const CONSTANT_IN_VALID_SPECS: Partial<Record<ConditionName, string>> = {
  reserved_matters:
    'always true: change_management.variation.decision is required and must be a reserved matter (R17), so governance.reserved_matters is never empty',
};

const fixtures = validFixtures();
const values = fixtures.map(({ name, spec }) => ({ name, when: evaluateConditions(spec) }));
const names = Object.keys(CONDITIONS) as ConditionName[];

function sectionIds(doc: Document): string[] {
  const ids: string[] = [];
  visit(doc, (node) => {
    if (node.type === 'section') ids.push(node.id);
  });
  return ids;
}

describe('named conditions over the valid fixtures', () => {
  it.each(names)('should see %s both hold and fail among the valid fixtures', (name) => {
    const holds = values.filter((v) => v.when[name]).map((v) => v.name);
    const fails = values.filter((v) => !v.when[name]).map((v) => v.name);
    const note = CONSTANT_IN_VALID_SPECS[name];
    if (note !== undefined) {
      expect(
        holds.length > 0 && fails.length > 0,
        `${name} is noted as constant (${note}) but varies: remove the note`,
      ).toBe(false);
      return;
    }
    expect(
      holds,
      `when.${name} holds in no valid fixture: add a fixture where it holds, or note why it cannot`,
    ).not.toEqual([]);
    expect(
      fails,
      `when.${name} fails in no valid fixture: add a fixture where it fails, or note why it cannot`,
    ).not.toEqual([]);
  });

  it('should note only conditions that exist', () => {
    expect(Object.keys(CONSTANT_IN_VALID_SPECS).filter((n) => !Object.hasOwn(CONDITIONS, n))).toEqual([]);
  });
});

describe('guarded sections in the composed documents', () => {
  it.each(documentCases())(
    'should compose a section of %s %s exactly when explain says it is included',
    (_name, kind, pack) => {
      const doc = docOf(pack, kind);
      const [map] = explainSpec(pack.spec, {
        documents: [doc.kind as DocumentKind],
        warnings: pack.warnings,
      }).documents;
      const composed = sectionIds(doc);
      const guarded = map!.sections.filter((s) => s.conditions.length > 0);
      for (const section of guarded) {
        const why = section.conditions
          .map((c) => `${c.named ? 'when.' : ''}${c.name} = ${String(c.value)}, needs ${String(c.expects)}`)
          .join('; ');
        expect(
          composed.includes(section.id),
          `${section.id} (${why}) should be ${section.included ? 'in' : 'out of'} the ${doc.kind}`,
        ).toBe(section.included);
      }
      // Sections no condition guards are always composed, and nothing is composed that the map does not list.
      expect(map!.sections.filter((s) => s.included).map((s) => s.id)).toEqual(composed);
    },
  );
});
