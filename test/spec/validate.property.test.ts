import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { validateSource, type ValidationResult } from '../../src/spec/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const validDir = join(root, 'fixtures', 'valid');
const sources = readdirSync(validDir)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => readFileSync(join(validDir, name), 'utf8'));
const specs = sources.map((text) => parse(text, { schema: 'core' }) as unknown);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value inside `data`. */
function pathsOf(data: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(data)) return data.flatMap((item, i) => [[...prefix, i], ...pathsOf(item, [...prefix, i])]);
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([key, value]) => [[...prefix, key], ...pathsOf(value, [...prefix, key])]);
  }
  return [];
}
const specPaths = specs.map((spec) => pathsOf(spec));

/** Strings a spec writer (or a corrupted file) might hold: control characters, quotes, YAML syntax. */
const nastyString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x3f }).map((c) => String.fromCharCode(c)), maxLength: 12 }),
  fc.constantFrom(
    '',
    '1.0',
    'yes',
    '~',
    'null',
    '2026-02-30',
    '*alias',
    '&anchor',
    '"',
    "'",
    '{',
    '- x',
    '\t',
    '\u0000',
    '\uFEFF',
    '#',
  ),
);
const anyValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer(),
    nastyString,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(nastyString, tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** One change to a valid spec: each is something a person editing the file could do. */
const mutation: fc.Arbitrary<MutationOf> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('replace' as const), value: anyValue }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
  fc.record({ kind: fc.constant('nest' as const), depth: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ kind: fc.constant('rename' as const), key: nastyString }),
);

type MutationOf =
  | { kind: 'delete' }
  | { kind: 'replace'; value: Json }
  | { kind: 'duplicate' }
  | { kind: 'nest'; depth: number }
  | { kind: 'rename'; key: string };

/** A copy of `spec` with `change` applied at `path`. */
function mutate(spec: unknown, path: (string | number)[], change: MutationOf): unknown {
  const copy = structuredClone(spec) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  const list = Array.isArray(parent) ? (parent as unknown[]) : null;
  switch (change.kind) {
    case 'delete':
      if (list) list.splice(Number(last), 1);
      else delete parent[last];
      break;
    case 'replace':
      parent[last] = change.value;
      break;
    case 'duplicate':
      if (list) list.splice(Number(last), 0, structuredClone(list[Number(last)]));
      else parent[`${String(last)}_copy`] = structuredClone(parent[last]);
      break;
    case 'nest': {
      let value: unknown = parent[last];
      for (let i = 0; i < change.depth; i++) value = i % 2 ? [value] : { deeper: value };
      parent[last] = value;
      break;
    }
    case 'rename':
      if (!list) {
        parent[change.key] = parent[last];
        delete parent[last];
      }
      break;
  }
  return copy;
}

/** The properties every result holds, whatever the input. */
function expectWellFormed(result: ValidationResult): void {
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  expect(result.spec === null).toBe(errors.length > 0);
  for (const d of result.diagnostics) {
    expect(d.line, `${d.code} ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.column, `${d.code} ${d.message}`).toBeGreaterThanOrEqual(1);
    expect(d.message.length).toBeGreaterThan(0);
  }
  const places = result.diagnostics.map((d) => d.line * 1e6 + d.column);
  expect(places).toEqual([...places].sort((a, b) => a - b));
}

describe('validateSource (property)', () => {
  it('should never throw on a mutated valid spec, in YAML or JSON, and locate every diagnostic', () => {
    const arbitrary = fc
      .integer({ min: 0, max: specs.length - 1 })
      .chain((which) =>
        fc.tuple(
          fc.constant(which),
          fc.integer({ min: 0, max: (specPaths[which]?.length ?? 1) - 1 }),
          mutation,
          fc.boolean(),
        ),
      );
    fc.assert(
      fc.property(arbitrary, ([which, at, change, asJson]) => {
        const path = specPaths[which]?.[at] ?? [];
        const data = mutate(specs[which], path, change);
        const text = asJson ? JSON.stringify(data, null, 2) : stringify(data, { aliasDuplicateObjects: false });
        expectWellFormed(validateSource(text, asJson ? 'spec.json' : 'spec.yaml'));
      }),
      { numRuns: 100 },
    );
  });

  it('should never throw when the source text itself is damaged', () => {
    const arbitrary = fc.tuple(
      fc.integer({ min: 0, max: sources.length - 1 }),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 0, max: 40 }),
      nastyString,
      fc.boolean(),
    );
    fc.assert(
      fc.property(arbitrary, ([which, where, cut, insert, asBytes]) => {
        const source = sources[which] ?? '';
        const at = Math.floor(where * source.length);
        const damaged = source.slice(0, at) + insert + source.slice(at + cut);
        const input = asBytes ? new TextEncoder().encode(damaged) : damaged;
        expectWellFormed(validateSource(input, 'spec.yaml'));
      }),
      { numRuns: 100 },
    );
  });

  it('should never throw on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, asJson) => {
        expectWellFormed(validateSource(bytes, asJson ? 'spec.json' : 'spec.yaml'));
      }),
      { numRuns: 200 },
    );
  });
});
