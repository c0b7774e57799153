import { describe, expect, it } from 'vitest';
import { evaluateConditions } from '../../src/compose/conditions.js';
import { nationsWorkedIn } from '../../src/spec/index.js';
import type { DocumentKind } from '../../src/compose/index.js';
import { visit } from '../../src/model/index.js';
import { VALID_FIXTURES, asText, compose, loadFixture } from './document-set.js';

// Documents speak only of what the partnership has: the documents of its pack, the matters on its
// agenda, the law of the nations it works in.
const specs = await Promise.all(VALID_FIXTURES.map(async (name) => ({ name, spec: await loadFixture(name) })));
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

describe('documents that refer only to what exists', () => {
  it.each(VALID_FIXTURES)(
    'should let the meetings protocol of %s defer to terms of reference only where the pack has them',
    async (name) => {
      const { spec } = specs.find((s) => s.name === name)!;
      const documents: readonly string[] = spec.meta.documents;
      const text = oneLine(await asText(compose(spec, ['meetings_protocol'])[0]!));
      if (documents.includes('terms_of_reference') || documents.includes('partnership_agreement'))
        expect(text).toMatch(/terms of reference/i);
      else expect(text).not.toMatch(/terms of reference/i);
    },
  );

  it.each(VALID_FIXTURES)(
    'should speak of Partners that are consultees or informed parties in %s only where it has them',
    async (name) => {
      const { spec } = specs.find((s) => s.name === name)!;
      if (!spec.meta.documents.includes('partnership_agreement')) return;
      const text = oneLine(await asText(compose(spec, ['partnership_agreement'])[0]!));
      const has = (role: string) => spec.members.some((m) => m.partnership_role === role);
      expect(text.includes('Partner that is a consultee'), 'consultee').toBe(has('consultee'));
      expect(text.includes('Partner that is an informed party'), 'informed party').toBe(has('informed_party'));
    },
  );

  it.each(VALID_FIXTURES)('should print no table column that every row of it leaves empty, in %s', (name) => {
    const { spec } = specs.find((s) => s.name === name)!;
    const empty: string[] = [];
    for (const doc of compose(spec, spec.meta.documents as DocumentKind[])) {
      visit(doc, (node) => {
        if (node.type !== 'table' || node.rows.length === 0) return;
        node.header.forEach((cell, c) => {
          const blank = node.rows.every((row) =>
            (row[c]?.children ?? []).every((inline) => inline.type === 'text' && inline.value.trim() === ''),
          );
          if (blank)
            empty.push(`${doc.name}: ${cell.children.map((i) => (i.type === 'text' ? i.value : '')).join('')}`);
        });
      });
    }
    expect(empty).toEqual([]);
  });

  it('should include a pack with a meetings protocol but no terms of reference among the fixtures', () => {
    expect(specs.some(({ spec }) => !evaluateConditions(spec).tor_in_pack)).toBe(true);
  });

  it.each(VALID_FIXTURES)(
    'should put finance, performance and risk on the standard agenda of %s only where it has them',
    async (name) => {
      const { spec } = specs.find((s) => s.name === name)!;
      if ((spec.meetings_protocol?.standing_items ?? []).length > 0) return;
      const when = evaluateConditions(spec);
      const text = oneLine(await asText(compose(spec, ['meetings_protocol'])[0]!));
      const agenda = /Each ordinary meeting follows this order: (.*?) items for decision/.exec(text)?.[1] ?? '';
      expect(agenda).not.toBe('');
      expect(/\bfinance;/.test(agenda), `finance on the agenda: ${agenda}`).toBe(when.funded);
      expect(/\bperformance;/.test(agenda), `performance on the agenda: ${agenda}`).toBe(when.performance);
      expect(/the risk register;/.test(agenda), `risk register on the agenda: ${agenda}`).toBe(when.risk_register);
    },
  );

  it('should leave finance off the agenda of a partnership without shared funding', async () => {
    const spec = await loadFixture('ni-network-mou.yaml');
    expect(evaluateConditions(spec).funded).toBe(false);
    const text = oneLine(await asText(compose(spec, ['meetings_protocol'])[0]!));
    expect(text).not.toMatch(/\bfinance;/);
  });

  it.each(VALID_FIXTURES)(
    'should cite no Welsh statute in %s when the partnership works only in England',
    async (name) => {
      const { spec } = specs.find((s) => s.name === name)!;
      const nations = nationsWorkedIn(spec);
      const texts = await Promise.all(compose(spec, [...spec.meta.documents]).map(asText));
      const welsh = texts.flatMap((t) => oneLine(t).match(/[^.]*\((?:in )?Wales\)[^.]*/g) ?? []);
      if (nations?.length === 1 && nations[0] === 'england') expect(welsh).toEqual([]);
    },
  );

  it('should cite the Care Act alone for a partnership that works only in England', async () => {
    const spec = await loadFixture('riverside-whs-contract.yaml');
    expect(nationsWorkedIn(spec)).toEqual(['england']);
    const text = oneLine(await asText(compose(spec, ['partnership_agreement'])[0]!));
    expect(text).toContain('consistent with the Care Act 2014, and with');
  });
});
