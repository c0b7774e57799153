import { describe, expect, it } from 'vitest';
import { validateSource, type Diagnostic } from '../../src/spec/index.js';

/** The syntax diagnostics of a source, reduced to what a person reads first. */
function syntax(
  source: string | Uint8Array,
  file = 'spec.yaml',
): Pick<Diagnostic, 'code' | 'line' | 'column' | 'message'>[] {
  return validateSource(source, file)
    .diagnostics.filter((d) => d.code === 'syntax')
    .map(({ code, line, column, message }) => ({ code, line, column, message }));
}

describe('parse', () => {
  it('should report a duplicate key at the second one, naming the key and the first line', () => {
    const [d] = syntax('kind: partnership_spec\nmeta:\n  title: A\n  title: B\n');
    expect(d).toMatchObject({ line: 4, column: 3 });
    expect(d?.message).toBe(
      'Cannot read the spec: duplicate key `title` (first at line 3), expected each key once per mapping',
    );
  });

  it('should report tab indentation where the tab is', () => {
    const [d] = syntax('meta:\n  title: A\n\tstatus: draft\n');
    expect(d).toMatchObject({ line: 3, column: 1 });
    expect(d?.message).toMatch(/tab is used for indentation, expected spaces/);
  });

  it('should point an unclosed quote at its opening quote', () => {
    const [d] = syntax('meta:\n  title: "Women\'s Health\n  status: draft\n');
    expect(d).toMatchObject({ line: 2, column: 10 });
    expect(d?.message).toMatch(/never closed, expected a closing "/);
  });

  it('should point an unclosed flow list at its opening bracket', () => {
    const [d] = syntax('meta:\n  documents: [partnership_agreement, mou\n  status: draft\n');
    expect(d).toMatchObject({ line: 2, column: 14 });
    expect(d?.message).toMatch(/opened here with `\[` is never closed/);
  });

  it('should refuse more than one document in a file', () => {
    const [d] = syntax('kind: partnership_spec\n---\nkind: addendum_spec\n');
    expect(d).toMatchObject({ line: 2, column: 1 });
    expect(d?.message).toMatch(/more than one YAML document/);
  });

  it('should report an alias bomb as such, without expanding it', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ] as const) {
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const [d] = syntax(`${levels.join('\n')}\n`);
    expect(d?.message).toMatch(/alias bomb/);
    expect(d?.line).toBeGreaterThan(1);
  });

  it('should report an alias to an anchor that does not exist', () => {
    const [d] = syntax('meta:\n  title: *missing\n');
    expect(d).toMatchObject({ line: 2, column: 10 });
    expect(d?.message).toMatch(/alias `\*missing` refers to no anchor/);
  });

  it('should locate the first byte that is not UTF-8', () => {
    const bytes = new Uint8Array([...Buffer.from('meta:\n  title: caf'), 0xe9, ...Buffer.from('\n')]);
    const [d] = syntax(bytes);
    expect(d).toMatchObject({ line: 2, column: 13 });
    expect(d?.message).toMatch(/byte 0xE9 is not UTF-8/);
  });

  it('should accept a byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('kind: partnership_spec\n')]);
    expect(syntax(bytes)).toEqual([]);
  });

  it('should refuse a top level that is not a mapping', () => {
    expect(syntax('- kind: partnership_spec\n')[0]?.message).toMatch(/top level is a list, expected a mapping/);
    expect(syntax('just words\n')[0]?.message).toMatch(/top level is a single value/);
    expect(syntax('# nothing but a comment\n')[0]).toMatchObject({
      line: 1,
      column: 1,
      message: expect.stringMatching(/holds no spec/),
    });
  });

  it('should hold .json files to strict JSON and locate the error', () => {
    const [d] = syntax('{\n  "kind": "partnership_spec",\n}\n', 'spec.json');
    expect(d).toMatchObject({ line: 3, column: 1 });
    expect(d?.message).toMatch(/invalid JSON here, expected a property name in double quotes/);
    const [word] = syntax('{\n  "kind": partnership_spec\n}\n', 'spec.json');
    expect(word).toMatchObject({ line: 2, column: 11 });
  });

  it('should report duplicate keys in JSON, which JSON.parse would silently accept', () => {
    const [d] = syntax('{\n\t"kind": "a",\n\t"kind": "b"\n}\n', 'spec.json');
    expect(d).toMatchObject({
      line: 3,
      column: 2,
      message: expect.stringMatching(/duplicate key `kind` \(first at line 2\)/),
    });
  });

  it('should keep dates as text and read 1.0 as a number (YAML core schema)', () => {
    const result = validateSource('spec_version: "1.0"\nversion: 1.0\n', 'spec.yaml');
    expect(result.diagnostics.filter((d) => d.code === 'syntax')).toEqual([]);
    const date = validateSource(
      'kind: partnership_spec\nspec_version: "1.0"\nmeta: {prepared_date: 2026-02-02}\n',
      'spec.yaml',
    );
    expect(date.diagnostics.some((d) => d.pointer === '/meta/prepared_date')).toBe(false);
  });

  it('should report a file nested too deeply instead of overflowing the stack', () => {
    expect(syntax(`a: ${'['.repeat(20000)}`)[0]?.message).toMatch(/nested too deeply/);
    expect(syntax('['.repeat(20000), 'spec.json')[0]?.message).toMatch(/at most 512 levels of nesting/);
  });
});
