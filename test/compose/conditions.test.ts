import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONDITIONS, evaluateConditions, type ConditionName } from '../../src/compose/conditions.js';
import type { PartnershipSpec } from '../../src/spec/index.js';
import { validSpec, validSpecs } from './view/valid-specs.js';

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATES = join(here, '../../templates');

/** A copy of `value` holding only the given paths (`a.b`, `list[].field`). */
function pick(value: unknown, paths: readonly string[]): unknown {
  const out: Record<string, unknown> = {};
  for (const path of paths) copyPath(value, out, path.split('.'));
  return out;
}

function copyPath(from: unknown, to: Record<string, unknown>, segments: string[]): void {
  const [head, ...rest] = segments;
  if (head === undefined || from === null || typeof from !== 'object') return;
  const list = head.endsWith('[]');
  const key = list ? head.slice(0, -2) : head;
  const value = (from as Record<string, unknown>)[key];
  if (value === undefined) return;
  if (rest.length === 0) {
    to[key] = value;
  } else if (list && Array.isArray(value)) {
    const target = (to[key] as Record<string, unknown>[] | undefined) ?? value.map(() => ({}));
    value.forEach((item, i) => copyPath(item, target[i] as Record<string, unknown>, rest));
    to[key] = target;
  } else if (typeof value === 'object' && value !== null) {
    const target = (to[key] as Record<string, unknown> | undefined) ?? {};
    copyPath(value, target, rest);
    to[key] = target;
  }
}

function templateFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? templateFiles(join(dir, e.name)) : e.name.endsWith('.hbs') ? [join(dir, e.name)] : [],
  );
}

const names = Object.keys(CONDITIONS) as ConditionName[];

describe('conditions', () => {
  it('should describe every condition and name the fields it reads', () => {
    for (const name of names) {
      expect(CONDITIONS[name].description, name).not.toBe('');
      expect(CONDITIONS[name].fields.length, name).toBeGreaterThan(0);
    }
  });

  it.each(validSpecs())('should decide every condition of %s from its listed fields alone', (_file, spec) => {
    const wrong = names.filter((name) => {
      const condition = CONDITIONS[name];
      try {
        return condition.predicate(pick(spec, condition.fields) as PartnershipSpec) !== condition.predicate(spec);
      } catch {
        return true;
      }
    });
    expect(wrong).toEqual([]);
  });

  it('should hold exactly the conditions the WHEC consortium meets', () => {
    const when = evaluateConditions(validSpec('whec-strategic-consortium.yaml'));
    expect(when).toMatchObject({
      funded: true,
      lead_exists: true,
      lead_model: true,
      flow_down: true,
      management_fee: true,
      contingency: false,
      legally_binding: true,
      personal_data: true,
      personal_data_shared: false,
      bid_stage: false,
      contract_stage: false,
      grant_stage: true,
      witness: false,
      deed_of_adherence: true,
      exit_plan: true,
      consensus_fallback: true,
    });
  });

  it('should follow the spec when a field changes', () => {
    const spec = validSpec('whec-strategic-consortium.yaml');
    spec.partnership.structure_model = 'informal_network';
    spec.signatures.form = 'deed';
    spec.partnership.bid_phase = { bid_costs: 'each_bears_own', exclusivity: true };
    const when = evaluateConditions(spec);
    expect(when).toMatchObject({
      lead_model: false,
      flow_down: false,
      main_contract_ends_agreement: false,
      deed: true,
      witness: true,
      bid_stage: true,
      bid_exclusivity: true,
    });
  });

  it('should define every condition a template tests', () => {
    const used = new Set(
      templateFiles(TEMPLATES).flatMap((f) =>
        [...readFileSync(f, 'utf8').matchAll(/\bwhen\.([a-z0-9_]+)/g)].map((m) => m[1] as string),
      ),
    );
    expect([...used].filter((name) => !(name in CONDITIONS))).toEqual([]);
  });
});
