/**
 * Walks every fixture: each `fixtures/invalid` and `fixtures/warnings` spec produces exactly the
 * diagnostics its `.expected.json` lists, no more (no unexpected error or warning), and every `fixtures/valid` spec is
 * clean: no errors and no warnings.
 */

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSpec, type Diagnostic } from '../../src/spec/index.js';

interface Expected {
  severity: 'error' | 'warning';
  code: string;
  line: number;
  column: number;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const SPEC_FILE = /\.(ya?ml|json)$/;

function specFiles(folder: string): string[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((f) => SPEC_FILE.test(f) && !f.endsWith('.expected.json'))
    .sort();
}

function expectedFor(folder: string, file: string): Expected[] {
  const path = join(FIXTURES, folder, file.replace(SPEC_FILE, '.expected.json'));
  if (!existsSync(path)) throw new Error(`Cannot find ${folder}/${file}'s expected diagnostics, expected ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as Expected[];
}

function matches(d: Diagnostic, e: Expected): boolean {
  return d.severity === e.severity && d.code === e.code && d.line === e.line && d.column === e.column;
}

function brief(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${d.line}:${d.column} ${d.pointer} ${d.message}`;
}

for (const folder of ['invalid', 'warnings'] as const) {
  describe(`fixtures/${folder}`, () => {
    for (const file of specFiles(folder)) {
      it(`should report the expected diagnostics for ${file}`, async () => {
        const expected = expectedFor(folder, file);
        const { diagnostics } = await loadSpec(join(FIXTURES, folder, file));
        const missing = expected.filter((e) => !diagnostics.some((d) => matches(d, e)));
        expect(missing, `produced:\n${diagnostics.map(brief).join('\n')}`).toEqual([]);
        const unexpected = diagnostics.filter((d) => !expected.some((e) => matches(d, e)));
        expect(unexpected.map(brief)).toEqual([]);
        if (folder === 'invalid') expect(expected.some((e) => e.severity === 'error')).toBe(true);
        else {
          expect(expected.length).toBeGreaterThan(0);
          expect(expected.every((e) => e.severity === 'warning')).toBe(true);
        }
      });
    }
  });
}

describe('fixtures/valid', () => {
  for (const file of specFiles('valid')) {
    it(`should find no errors and no warnings in ${file}`, async () => {
      const { diagnostics } = await loadSpec(join(FIXTURES, 'valid', file));
      expect(diagnostics.map(brief)).toEqual([]);
    });
  }
});
