import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadSpec, validateSource, type Diagnostic } from '../../src/spec/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const valid = readFileSync(join(root, 'fixtures', 'valid', 'whec-strategic-consortium.yaml'), 'utf8');

/** The diagnostics of the valid fixture after one textual edit (which must apply). */
function after(from: string, to: string): Diagnostic[] {
  expect(valid).toContain(from);
  return validateSource(valid.replace(from, to), 'spec.yaml').diagnostics;
}

/** The one diagnostic an edit should cause. */
function only(from: string, to: string): Diagnostic {
  const diagnostics = after(from, to);
  expect(diagnostics.map((d) => `${d.code} ${d.message}`)).toHaveLength(1);
  return diagnostics[0] as Diagnostic;
}

function lineOf(text: string): number {
  return valid.slice(0, valid.indexOf(text)).split('\n').length;
}

describe('schema diagnostics', () => {
  it('should pass the valid fixture with no errors', () => {
    const result = validateSource(valid, 'spec.yaml');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.spec?.meta.spec_id).toBe('whec');
  });

  it('should report a misspelt top-level field once, with did-you-mean, not also as a missing field', () => {
    const d = only('\nmembers:\n', '\nmemebers:\n');
    expect(d).toMatchObject({
      code: 'additionalProperties',
      pointer: '/memebers',
      line: lineOf('\nmembers:') + 1,
      column: 1,
    });
    expect(d.message).toMatch(/did you mean `members`\?/);
  });

  it('should suggest the allowed name for a misspelt nested field', () => {
    const d = only('  short_name: WHEC\n', '  shortname: WHEC\n');
    expect(d.message).toBe(
      'Cannot accept field `shortname` in `partnership`: it is not a known field; did you mean `short_name`?',
    );
    expect(d.hint).toBe('Rename `shortname` to `short_name`.');
  });

  it('should list the allowed values of an enum and suggest the nearest', () => {
    const d = only('    frequency: quarterly\n    min_per_year', '    frequency: quartely\n    min_per_year');
    expect(d.code).toBe('enum');
    expect(d.message).toContain('`governance.meetings.frequency`: `quartely` is not an allowed value');
    expect(d.message).toContain('`monthly`, `six_weekly`');
    expect(d.message).toMatch(/did you mean `quarterly`\?$/);
  });

  it('should point a missing required field at the object that lacks it, naming the field', () => {
    const d = only('  spec_id: whec\n', '');
    expect(d).toMatchObject({ code: 'required', pointer: '/meta/spec_id', line: lineOf('meta:'), column: 1 });
    expect(d.message).toMatch(/`meta`: the required field `spec_id`/);
  });

  it('should tell the writer to quote a version YAML read as a number, quoting it as written', () => {
    const d = only('  version: "1.0.0"\n', '  version: 1.0\n');
    expect(d.code).toBe('type');
    expect(d.message).toContain('`1.0` is read as the number 1, expected text');
    expect(d.hint).toBe('Unquoted, YAML reads `1.0` as the number 1; write `version: "1.0"`.');
  });

  it('should explain Money in "81000.00" form, coded by the rule the schema tags it with', () => {
    const text = only('total_amount: "450000.00"', 'total_amount: "£450,000"');
    expect(text).toMatchObject({ code: 'R00', pointer: '/funding/total_amount' });
    expect(text.message).toContain('in the form "81000.00"');
    const number = only('total_amount: "450000.00"', 'total_amount: 450000');
    expect(number.message).toContain('quote it: `total_amount: "450000.00"`');
  });

  it('should ask for YYYY-MM-DD dates and tell an impossible date from a misshapen one', () => {
    expect(only('prepared_date: 2026-02-02', 'prepared_date: 02/02/2026').message).toMatch(
      /not in the right form, expected a date in the form YYYY-MM-DD/,
    );
    expect(only('prepared_date: 2026-02-02', 'prepared_date: 2026-02-30').message).toMatch(
      /`2026-02-30` is not a real calendar date/,
    );
  });

  it('should name the characters an id may use', () => {
    const d = only('  - id: rcew\n', '  - id: RCEW_1\n');
    expect(d).toMatchObject({ code: 'pattern', pointer: '/members/0/id' });
    expect(d.message).toContain('lower-case letters a-z, digits 0-9 and hyphens');
  });

  it('should code an error inside a rule-tagged condition with the rule id', () => {
    const d = only('quorum: {type: count, value: 3,', 'quorum: {type: count, value: 1,');
    expect(d).toMatchObject({ code: 'R14', pointer: '/governance/quorum/value' });
    expect(d.message).toMatch(/too small, expected at least 2/);
  });

  it("should not label a member's own fields with the rule tagged on the members list", () => {
    const d = only('  - id: rcew\n    legal_name: Rape Crisis England & Wales\n', '  - id: rcew\n');
    expect(d.code).toBe('required');
  });

  it('should give one diagnostic for a value that fits no branch of a union', () => {
    const d = only('end_date: 2029-03-31', 'end_date: [2029]');
    expect(d.pointer).toBe('/partnership/term/end_date');
  });

  it('should report an unknown spec_version alone, naming the supported versions', () => {
    const diagnostics = after('spec_version: "1.0"', 'spec_version: "2.0"\nunknown_field: 1');
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'enum', pointer: '/spec_version' });
    expect(diagnostics[0]?.message).toContain('`spec_version` "2.0" is not supported, expected "1.0"');
    expect(only('spec_version: "1.0"\n', '').message).toMatch(/`spec_version` is missing/);
    expect(only('spec_version: "1.0"', 'spec_version: 1.0').hint).toContain('write `spec_version: "1.0"`');
  });

  it('should sort diagnostics by line and column', () => {
    const diagnostics = after('  short_name: WHEC\n', '  shortname: WHEC\n').concat(
      after('status: agreed', 'status: agred'),
    );
    const both = validateSource(
      valid.replace('status: agreed', 'status: agred').replace('  short_name: WHEC\n', '  shortname: WHEC\n'),
      'spec.yaml',
    ).diagnostics;
    expect(both).toHaveLength(2);
    expect(both.map((d) => d.line)).toEqual([...diagnostics.map((d) => d.line)].sort((a, b) => a - b));
  });
});

describe('invalid fixtures (syntax and schema)', () => {
  const dir = join(root, 'fixtures', 'invalid');
  const names = readdirSync(dir).filter(
    (n) => /^(syntax|schema)-.+\.(yaml|json)$/.test(n) && !n.endsWith('.expected.json'),
  );

  it.each(names)('should report %s exactly as expected', async (name) => {
    const expected = JSON.parse(
      readFileSync(join(dir, name.replace(/\.(yaml|json)$/, '.expected.json')), 'utf8'),
    ) as unknown[];
    const { spec, diagnostics } = await loadSpec(join(dir, name));
    expect(spec).toBeNull();
    expect(diagnostics.map(({ severity, code, line, column }) => ({ severity, code, line, column }))).toEqual(expected);
  });
});
