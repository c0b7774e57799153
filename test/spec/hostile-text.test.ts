import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateSource, validateSpec, type Diagnostic } from '../../src/spec/index.js';
import { REFUSED_CHARACTERS } from '../../src/spec/tables/characters.js';

// The spec boundary refuses, at the character's own line and column, every character some output
// could not carry faithfully, and normalises what it keeps to NFC once, for every output.
const SOURCE = readFileSync('fixtures/valid/whec-strategic-consortium.yaml', 'utf8');
const NAME_LINE = SOURCE.split('\n').findIndex((line) => line.includes('short_name: WHEC')) + 1;

/** The fixture with `text` put into `partnership.short_name` as written (raw, or inside double quotes). */
function withShortName(written: string): string {
  return SOURCE.replace('short_name: WHEC', `short_name: ${written}`);
}

function errors(source: string, file = 'spec.yaml'): Diagnostic[] {
  return validateSource(source, file).diagnostics.filter((d) => d.severity === 'error');
}

describe('characters at the spec boundary', () => {
  it('should refuse an XML-forbidden control character at its own column, naming the field', () => {
    const [d] = errors(withShortName('WH\u0007EC'));
    expect(d).toMatchObject({ code: 'character', line: NAME_LINE, column: 17, pointer: '/partnership/short_name' });
    expect(d?.message).toBe(
      'Cannot use U+0007 (a control character) in `partnership.short_name`: it cannot be written into Word or PDF text (XML forbids most of them), expected text without it',
    );
  });

  it('should list the first 50 refused characters and say how many more there are', () => {
    // Sixty values with a bell each (under a key the schema also refuses, which is another error).
    const source = `${SOURCE}\nextra:\n${Array.from({ length: 60 }, (_, i) => `  - "value ${i}\\a"`).join('\n')}\n`;
    const found = errors(source).filter((d) => d.code === 'character');
    const listed = found.filter((d) => d.line > 0);
    expect(listed).toHaveLength(50);
    const rest = found.find((d) => d.line === 0)!;
    const total = source.match(/\\a"/g)!.length;
    expect(total).toBeGreaterThan(50);
    expect(rest.message).toBe(
      `${total - 50} more refused characters not listed: only the first 50 character problems of a spec are`,
    );
    expect(rest.hint).toBe('fix the ones listed and validate again to see the rest');
  });

  it('should refuse a NUL byte where it is, even inside a folded block', () => {
    const source = SOURCE.replace('reduce health\n', 'reduce\u0000 health\n');
    const line = source.split('\n').findIndex((l) => l.includes('\u0000')) + 1;
    const [d] = errors(source);
    expect(d).toMatchObject({ code: 'syntax', line, column: source.split('\n')[line - 1]!.indexOf('\u0000') + 1 });
    expect(d?.message).toMatch(/NUL character/);
  });

  it('should name a lone surrogate as such, at its value', () => {
    const [d] = errors(withShortName('"WH\\ud800EC"'));
    expect(d).toMatchObject({ code: 'character', line: NAME_LINE, column: 15 });
    expect(d?.message).toMatch(/^Cannot use a lone surrogate U\+D800 in `partnership\.short_name`/);
  });

  it('should refuse U+FFFE and U+FFFF, escaped or not', () => {
    expect(errors(withShortName('"WH\\uFFFEEC"'))[0]?.message).toMatch(/U\+FFFE \(a non-character\)/);
    expect(errors(withShortName('WH\uFFFFEC'))[0]).toMatchObject({ column: 17 });
  });

  it('should refuse bidi overrides and embeddings U+202A–U+202E at their column', () => {
    for (const code of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e]) {
      const [d] = errors(withShortName(`W${String.fromCharCode(code)}HEC`));
      expect(d).toMatchObject({ code: 'character', line: NAME_LINE, column: 16 });
      expect(d?.message).toMatch(/a bidi embedding or override/);
    }
  });

  it('should refuse a character of every refused class, in any string field, never keep it silently', () => {
    const samples = [
      '\u200e',
      '\u200f',
      '\u061c',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200c',
      '\u200d',
      '\ufeff',
      '\ufe0f',
      '\u2028',
      '\u2029',
      '\u00ad',
      '\u200b',
      '\u2060',
      '\u034f',
      '\u{e0001}',
      '\u0085',
      '\u007f',
    ];
    for (const character of samples) {
      const [d] = errors(withShortName(`W${character}HEC`));
      expect(d, `U+${character.codePointAt(0)!.toString(16)}`).toMatchObject({ code: 'character', column: 16 });
      const kind = REFUSED_CHARACTERS.find((c) => c.pattern.test(character));
      expect(d?.message).toContain(`(${kind?.name})`);
    }
  });

  it('should refuse a refused character in a key, at the key', () => {
    const source = SOURCE.replace('  short_name: WHEC', '  short_name: WHEC\n  "x\\u202ey": 1');
    const [d] = errors(source);
    expect(d).toMatchObject({ code: 'character', line: NAME_LINE + 1, column: 3 });
    expect(d?.message).toMatch(/in the key "x\u202ey" of `partnership`/);
  });

  it('should refuse the same characters in data with no source (a spec built in memory)', () => {
    const data = validateSource(SOURCE, 'spec.yaml').spec!;
    const changed = { ...data, partnership: { ...data.partnership, name: 'Trust\u2028Two' } };
    expect(validateSpec(changed, 'memory').diagnostics[0]).toMatchObject({ code: 'character', line: 0 });
  });

  it('should normalise every string and key to NFC once, at the boundary', () => {
    const spec = validateSource(withShortName('"Cafe\\u0301"'), 'spec.yaml').spec!;
    expect(spec.partnership.short_name).toBe('Café');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 12 }), (text) => {
        // eslint-disable-next-line no-control-regex -- stripping the refused characters is the point
        const clean = text.replace(/\p{Default_Ignorable_Code_Point}|[\u0000-\u001f\u007f-\u009f]/gu, '');
        const result = validateSource(withShortName(JSON.stringify(`W${clean}`)), 'spec.yaml');
        if (result.spec) expect(result.spec.partnership.short_name).toBe(`W${clean}`.normalize('NFC'));
      }),
      { numRuns: 40, seed: 13 },
    );
  });
});

describe('nesting', () => {
  const deepJson = (levels: number) => {
    const extra: unknown = JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`);
    return JSON.stringify({ ...validateSource(SOURCE, 'spec.yaml').spec, extra });
  };

  it('should locate JSON nested 1,000 levels deep instead of overflowing the stack', () => {
    const text = deepJson(1000);
    const [d] = errors(text, 'deep.json');
    expect(d).toMatchObject({ code: 'syntax', line: 1 });
    // The top-level object is the first level, so the 64th object under `extra` is one too many.
    expect(d?.column).toBe(text.indexOf('"extra"') + 8 + 5 * 63 + 1);
    expect(d?.message).toMatch(/nested too deeply here \(more than 64 levels\)/);
  });

  it('should locate YAML flow nesting of 1,000 and 100,000 levels at the bracket that goes too deep', () => {
    for (const levels of [1000, 100_000]) {
      const text = `${SOURCE}extra: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
      const [d] = errors(text);
      expect(d).toMatchObject({ code: 'syntax', line: SOURCE.split('\n').length, column: 8 + 64 });
    }
  });
});

describe('docs/characters.md', () => {
  it('should list every refused class', () => {
    const doc = readFileSync('docs/characters.md', 'utf8');
    for (const kind of REFUSED_CHARACTERS) expect(doc).toContain(`| ${kind.name} |`);
  });
});
