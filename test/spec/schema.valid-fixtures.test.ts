/**
 * The partnership schema against real specs: every valid fixture and the shared example pass it, both
 * as compiled now (strict ajv with the custom keywords) and as the committed standalone validator;
 * and the schema keeps its conventions (hover help on every property, closed objects, rule tags).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { addSchemaKeywords } from '../../src/spec/schema-keywords.js';
import { specValidator } from '../../src/spec/schema-validator.js';

const generatedValidate = specValidator();

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const schemaPath = join(root, 'schemas', 'partnership.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const validDir = join(root, 'fixtures', 'valid');
const fixtures = readdirSync(validDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort();
const MODELINE = '# yaml-language-server: $schema=../../schemas/partnership.schema.json';

// ajv-formats is CommonJS; its default export arrives wrapped or not depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv2020,
  formats: string[],
) => Ajv2020;

const ajv = addSchemaKeywords(new Ajv2020({ allErrors: true, strict: true }));
addFormats(ajv, ['date', 'email', 'uri']);
const compiled = ajv.compile(schema);

function readSpec(path: string): Record<string, unknown> {
  return parse(readFileSync(path, 'utf8'), { schema: 'core' }) as Record<string, unknown>;
}

function errorsOf(data: unknown): ErrorObject[] {
  return compiled(data) ? [] : (compiled.errors ?? []);
}

/** The schema node a JSON pointer (the fragment of an ajv schemaPath) names. */
function nodeAt(pointer: string): Record<string, unknown> {
  let node: unknown = schema;
  for (const segment of pointer.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    node = (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node as Record<string, unknown>;
}

/** The `x-rule` on the node holding the failed keyword, or on its nearest tagged ancestor. */
function ruleOf(error: ErrorObject): string | undefined {
  const segments = error.schemaPath.replace(/^#\/?/, '').split('/');
  for (let end = segments.length - 1; end >= 0; end--) {
    const rule = nodeAt(segments.slice(0, end).join('/'))['x-rule'];
    if (typeof rule === 'string') return rule;
  }
  return undefined;
}

describe('valid fixtures', () => {
  it('should include the three reference specs', () => {
    expect(fixtures).toEqual(
      expect.arrayContaining([
        'large-funded-consortium.yaml',
        'referral-partnership.yaml',
        'whec-strategic-consortium.yaml',
      ]),
    );
  });

  for (const name of fixtures) {
    it(`should accept ${name} with the freshly compiled and the generated validator`, () => {
      const path = join(validDir, name);
      expect(readFileSync(path, 'utf8').split('\n')[0]).toBe(MODELINE);
      const data = readSpec(path);
      expect(errorsOf(data)).toEqual([]);
      expect(generatedValidate(data)).toBe(true);
    });
  }
});

describe('partnership.schema.json', () => {
  /**
   * The large fixture with changes applied: each key is a JSON pointer, each value the new value, or
   * undefined to delete the field.
   */
  const changed = (changes: Record<string, unknown>): Record<string, unknown> => {
    const data = readSpec(join(validDir, 'large-funded-consortium.yaml'));
    for (const [pointer, value] of Object.entries(changes)) {
      const segments = pointer.split('/').slice(1);
      const last = segments.pop() as string;
      const parent = segments.reduce<Record<string, unknown>>(
        (node, key) => node[key] as Record<string, unknown>,
        data,
      );
      if (value === undefined) delete parent[last];
      else parent[last] = value;
    }
    return data;
  };

  it('should reject a version written as a YAML number with a type error', () => {
    const data = changed({ '/meta/version': 1.0 });
    expect(errorsOf(data)).toContainEqual(expect.objectContaining({ instancePath: '/meta/version', keyword: 'type' }));
  });

  it('should tag a money amount that is not a two-decimal string with R00', () => {
    const data = changed({ '/funding/total_amount': '2417385.5' });
    const errors = errorsOf(data).filter((e) => e.instancePath === '/funding/total_amount');
    expect(errors.map(ruleOf)).toContain('R00');
  });

  it('should tag a management fee rate above 25 per cent with R28', () => {
    const data = changed({ '/funding/management_fee/rate_percent': 30 });
    const [error] = errorsOf(data);
    expect(error).toMatchObject({ instancePath: '/funding/management_fee/rate_percent', keyword: 'maximum' });
    expect(ruleOf(error!)).toBe('R28');
  });

  it('should tag a breach notice longer than 72 hours with R44', () => {
    const data = changed({ '/data_protection/breach_notify_partner_within_hours': 96 });
    expect(errorsOf(data).map(ruleOf)).toEqual(['R44']);
  });

  it('should forbid a company number for a CIO and require a charity registration (R10)', () => {
    // members/2 is Amari Sisters Collective, a CIO.
    const data = changed({ '/members/2/company': { number: '01234567' }, '/members/2/charity': undefined });
    const errors = errorsOf(data).filter((e) => e.instancePath.startsWith('/members/'));
    expect(errors.map((e) => e.keyword)).toEqual(expect.arrayContaining(['not', 'required']));
    expect(new Set(errors.map(ruleOf))).toEqual(new Set(['R10']));
  });

  it('should require lead_partner when a member is flagged as lead', () => {
    const data = changed({ '/lead_partner': undefined });
    expect(errorsOf(data)).toContainEqual(
      expect.objectContaining({ instancePath: '', keyword: 'required', params: { missingProperty: 'lead_partner' } }),
    );
  });

  it('should require the funded sections when the partnership has funding', () => {
    const data = changed({ '/performance': undefined, '/funding/payment_schedule': undefined });
    const missing = errorsOf(data)
      .filter((e) => e.keyword === 'required')
      .map((e) => `${e.instancePath}:${(e.params as { missingProperty: string }).missingProperty}`);
    expect(missing).toEqual(expect.arrayContaining([':performance', '/funding:payment_schedule']));
  });

  it('should refuse an observer with a vote, an open licence without a name, and a consensus rule without fallback', () => {
    const data = changed({
      '/governance/decision_body/observers/0/voting': true,
      '/intellectual_property/foreground': 'open_licence',
      '/governance/voting/consensus_fallback': undefined,
    });
    const paths = errorsOf(data).map((e) => `${e.instancePath} ${e.keyword}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/governance/decision_body/observers/0/voting const',
        '/intellectual_property required',
        '/governance/voting required',
      ]),
    );
  });

  it('should require a date on every signature once the spec is signed (R49)', () => {
    const data = changed({ '/meta/status': 'signed' });
    // ajv also reports the failed `if` itself, at the root.
    const errors = errorsOf(data).filter((e) => e.keyword !== 'if');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.instancePath.startsWith('/signatures/signatories/'))).toBe(true);
    expect(new Set(errors.map(ruleOf))).toEqual(new Set(['R49']));
  });

  it('should give every property a title and a description', () => {
    const missing: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      for (const [key, value] of Object.entries(record)) {
        if (
          key === 'properties' &&
          path.split('/').every((s) => !['if', 'then', 'not', 'allOf', 'oneOf'].includes(s))
        ) {
          for (const [name, property] of Object.entries(value as Record<string, Record<string, unknown>>)) {
            if (typeof property.title !== 'string' || typeof property.description !== 'string')
              missing.push(`${path}/${name}`);
          }
        }
        visit(value, `${path}/${key}`);
      }
    };
    visit(schema, '#');
    expect(missing).toEqual([]);
  });

  it('should tag only leaves and condition entries with a rule id, never a whole object or list', () => {
    const misplaced: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const rule = record['x-rule'];
      if (rule !== undefined && (typeof rule !== 'string' || !/^R([0-4][0-9]|5[0-5])$/.test(rule)))
        misplaced.push(`${path}: ${String(rule)}`);
      // A refined $ref (a Duration whose value must exceed 0) may carry one: its only own keyword is the refinement.
      if (rule !== undefined && !('$ref' in record) && ('properties' in record || 'items' in record))
        misplaced.push(path);
      for (const [key, value] of Object.entries(record)) visit(value, `${path}/${key}`);
    };
    visit(schema, '#');
    expect(misplaced).toEqual([]);
  });

  it('should close every object that lists its properties', () => {
    const open: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      const conditional = path.split('/').some((s) => ['if', 'then', 'not', 'allOf', 'oneOf'].includes(s));
      if (!conditional && record.properties && !('$ref' in record) && record.additionalProperties !== false)
        open.push(path);
      for (const [key, value] of Object.entries(record)) visit(value, `${path}/${key}`);
    };
    visit(schema, '#');
    expect(open).toEqual([]);
  });
});
