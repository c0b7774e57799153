import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readPlainYaml } from '../../src/spec/parse/plain-yaml.js';

// The fast path (js-yaml) must read the same values as the positioned parse (`yaml`, YAML 1.2 core
// schema, the reference), not only find them at the same places: a spec means one thing.

/** Same value, compared with Object.is at every leaf (so -0 is not 0 and NaN is NaN). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a)) {
    const keys = Object.keys(a);
    return (
      !Array.isArray(b) &&
      keys.length === Object.keys(b).length &&
      keys.every((k) => Object.hasOwn(b, k) && sameValue((a as never)[k], (b as never)[k]))
    );
  }
  return Object.is(a, b);
}

/** What the positioned parse reads, with the options the spec reader gives it; undefined if it errs. */
function reference(text: string): { value: unknown } | undefined {
  const doc = parseDocument(text, { uniqueKeys: true, schema: 'core', logLevel: 'silent' });
  return doc.errors.length > 0 ? undefined : { value: doc.toJS() };
}

/** Checks `text`: when the fast path reads it, the reference reads the same values. */
function expectSameValues(text: string): void {
  const fast = readPlainYaml(text);
  if (!fast.ok) return;
  const ref = reference(text);
  expect(ref, `the positioned parse rejects what the fast path read:\n${text}`).toBeDefined();
  expect(sameValue(fast.data, ref!.value), `${text}\nfast: ${JSON.stringify(fast.data)}`).toBe(true);
}

/** Every way a scalar token can stand in a file. */
const STYLES: readonly ((token: string) => string)[] = [
  (t) => `a: ${t}\n`,
  (t) => `- ${t}\n`,
  (t) => `a: [${t}]\n`,
  (t) => `a: {b: ${t}}\n`,
  (t) => `a:\n  - ${t}\n  - x\n`,
  (t) => `${t}: x\n`,
  (t) => `a: '${t.replace(/'/g, "''")}'\n`,
  (t) => `a: "${t.replace(/["\\]/g, '\\$&')}"\n`,
  (t) => `a: |\n  ${t}\n`,
  (t) => `a: >-\n  ${t}\n`,
];

describe('values of a plain spec, read by the fast path', () => {
  it.each([
    '0b1010',
    '+.5',
    '+0x1',
    '-0',
    '-0.0',
    '0x1F',
    '0o17',
    '+0o17',
    '012',
    '1_000',
    '1.',
    '.5',
    '1e3',
    '1E+3',
    '-.inf',
    '+.INF',
    '.NaN',
    '~',
    'Null',
    'TRUE',
    'yes',
    'on',
    '2026-04-01',
    '1:20',
  ])('should read %s as the positioned parse does, in every style', (token) => {
    for (const style of STYLES) expectSameValues(style(token));
  });

  const digits = fc.stringMatching(/^[0-9]{1,4}$/);
  const token = fc.oneof(
    fc
      .tuple(
        fc.constantFrom('', '+', '-'),
        fc.oneof(
          digits,
          digits.map((d) => `${d}.`),
          digits.map((d) => `.${d}`),
          fc.tuple(digits, digits).map(([a, b]) => `${a}.${b}`),
          fc.tuple(digits, fc.constantFrom('e', 'E', 'e+', 'e-'), digits).map((p) => p.join('')),
          fc.stringMatching(/^0x[0-9a-fA-F]{1,4}$/),
          fc.stringMatching(/^0o[0-7]{1,4}$/),
          fc.stringMatching(/^0b[01]{1,4}$/),
          fc.stringMatching(/^[0-9]{1,2}_[0-9]{1,3}$/),
          fc.constantFrom('.inf', '.Inf', '.INF', '.nan', '.NaN', '.NAN', 'inf', 'nan'),
        ),
      )
      .map(([sign, body]) => sign + body),
    fc.constantFrom('null', 'Null', 'NULL', '~', 'true', 'True', 'FALSE', 'yes', 'No', 'on', 'y'),
    fc.stringMatching(/^[-+.0-9a-zA-Z_:]{1,8}$/),
  );

  it('should read any number-like token as the positioned parse does, in every style (property)', () => {
    fc.assert(
      fc.property(token, fc.constantFrom(...STYLES), (t, style) => expectSameValues(style(t))),
      { numRuns: 2000 },
    );
  });
});
