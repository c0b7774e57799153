import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyFiles, WHEC } from './support.js';

const DIR = 'fixtures/addenda/invalid';

interface Expected {
  severity: string;
  code: string;
  line: number;
  column: number;
  pointer: string;
}

/** Each invalid addendum of the WHEC agreement, beside the diagnostics it must give. */
describe('invalid addendum fixtures', () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

  it('should hold one fixture per R48 precondition and beside each its expected diagnostics', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const file of files) expect(existsSync(`${DIR}/${file.replace(/\.yaml$/, '.expected.json')}`)).toBe(true);
  });

  for (const file of files) {
    it(`should report ${file} at the addendum's own lines`, async () => {
      const { diagnostics, consolidated } = await applyFiles(WHEC, `${DIR}/${file}`);
      const expected = JSON.parse(
        readFileSync(`${DIR}/${file.replace(/\.yaml$/, '.expected.json')}`, 'utf8'),
      ) as Expected[];
      expect(consolidated).toBeNull();
      expect(
        diagnostics.map(({ severity, code, line, column, pointer }) => ({ severity, code, line, column, pointer })),
      ).toEqual(expected);
      for (const d of diagnostics) {
        expect(d.file).toBe(`${DIR}/${file}`);
        expect(d.message).toMatch(/^Cannot /);
      }
      // The code the fixture is named for is among the diagnostics.
      expect(diagnostics.map((d) => d.code)).toContain(file.split('-')[0]);
    });
  }
});
