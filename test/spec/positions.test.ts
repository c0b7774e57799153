import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument, stringify } from 'yaml';
import { createLazyLocator, type PositionTree } from '../../src/spec/locate.js';
import { readPlainPositions } from '../../src/spec/parse/plain-positions.js';
import { readPlainYaml } from '../../src/spec/parse/plain-yaml.js';
import { yamlPositions } from '../../src/spec/parse/yaml-positions.js';

// Positions of a plain file come from js-yaml's events; the positioned yaml document is the reference.
// Every pointer must land on the same line and column, the same key and the same source text in both.

/** Every pointer into `data`, and for each mapping and sequence one that is missing beneath it. */
function pointersOf(data: unknown, prefix = ''): string[] {
  const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');
  if (Array.isArray(data)) {
    return [
      `${prefix}/${data.length}`,
      ...data.flatMap((item, i) => [`${prefix}/${i}`, ...pointersOf(item, `${prefix}/${i}`)]),
    ];
  }
  if (data !== null && typeof data === 'object') {
    return [
      `${prefix}/no_such_field`,
      ...Object.entries(data).flatMap(([key, value]) => [
        `${prefix}/${escape(key)}`,
        ...pointersOf(value, `${prefix}/${escape(key)}`),
      ]),
    ];
  }
  return [];
}

function reference(text: string): PositionTree<unknown> {
  const lineCounter = new LineCounter();
  return yamlPositions(parseDocument(text, { schema: 'core', lineCounter }), lineCounter) as PositionTree<unknown>;
}

/**
 * What each reader says of every pointer: [pointer, locate, locateKey, sourceText]. The text is
 * compared trimmed, as every caller uses it: the readers differ on whether a block collection's
 * closing line break is part of it.
 */
function answers(text: string, tree: PositionTree<unknown>, pointers: string[]) {
  const locator = createLazyLocator({ positions: tree, text });
  return pointers.map((p) => [p, locator(p), locator.locateKey(p), locator.sourceText(p)?.trim()]);
}

function expectSamePositions(text: string): void {
  const plain = readPlainYaml(text);
  if (!plain.ok) return;
  const fast = plain.positions();
  // Not accounted for: the positioned parse locates it, as it did before; nothing to compare.
  if (!fast) return;
  const pointers = ['', ...pointersOf(plain.data)];
  expect(answers(text, fast, pointers)).toEqual(answers(text, reference(text), pointers));
}

const fixtureFiles = ['valid', 'invalid', 'warnings'].flatMap((folder) =>
  readdirSync(join('fixtures', folder))
    .filter((name) => /\.(ya?ml|json)$/.test(name) && !name.endsWith('.expected.json'))
    .map((name) => join('fixtures', folder, name)),
);

describe('positions of a plain spec, read from js-yaml', () => {
  it.each(fixtureFiles)('should place every value of %s where the positioned parse places it', (file) => {
    expectSamePositions(readFileSync(file, 'utf8'));
  });

  it('should account for every valid fixture itself, not hand it to the slower parse', () => {
    for (const file of fixtureFiles.filter((f) => f.startsWith(join('fixtures', 'valid')))) {
      const plain = readPlainYaml(readFileSync(file, 'utf8'));
      expect(plain.ok && plain.positions(), file).toBeTruthy();
      expect(readPlainPositions(readFileSync(file, 'utf8')), file).not.toBeNull();
    }
  });

  it.each([
    ['comments and blank lines between entries', '# head\n\na: 1 # one\n\n# lone\nb:\n  # inside\n  c: two\n'],
    ['keys with no value, last at the end of the file', 'a:\nb:\n  c:\n  d: 1\ne:'],
    ['empty and null sequence items', 'a:\n  -\n  - ~\n  - null\n  - x\n'],
    ['multi-line plain and quoted scalars', 'a: one\n  two\n  three\nb: "x\n  y"\nc: \'p\n\n  q\'\n'],
    ['block scalars with indicators', 'a: |\n  keep\n\nb: >-\n  folded\n  text\nc: |+\n  kept\n\nd: 1\n'],
    ['flow collections over several lines', 'a: {x: 1,\n  y: [1, 2,\n    3], z: {}}\nb: []\n'],
    ['nested sequences of mappings', 'a:\n- b: 1\n  c:\n  - d: 2\n    e: [3]\n- - x\n  - y\n'],
    ['quoted and numeric keys', '"a b": 1\n\'c\': 2\n3: three\n"1.0": x\n'],
    ['Windows line endings', 'a: 1\r\nb:\r\n  c: x\r\n  d:\r\n    - 1\r\n'],
    ['trailing spaces after values', 'a: 1   \nb: "x"  \nc:   \n  d: y \n'],
    ['a JSON document', '{\n  "a": {"b": [1, 2, {"c": null}]},\n  "d": "x"\n}\n'],
    ['strings that look like other types', 'a: "1.0"\nb: \'yes\'\nc: 2026-01-01\nd: 1.0\ne: .inf\n'],
  ])('should place every value in a file with %s as the positioned parse does', (_name, text) => {
    expectSamePositions(text);
  });

  const key = fc.oneof(
    fc.constantFrom('a', 'b', 'id', 'legal name', 'x/y', 'm~n', '1', 'true', 'null', '#', '- k', 'é'),
    fc.string({ maxLength: 6 }),
  );
  const scalar = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '',
      ' lead',
      'trail ',
      'a: b',
      'x # y',
      '[1]',
      '"q"',
      "'s'",
      'line\nline',
      'tab\there',
      '1.0',
      '2026-04-01',
    ),
  );
  const data = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      scalar,
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    ),
  })).value;
  const yamlOptions = fc.record({
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    indent: fc.integer({ min: 1, max: 4 }),
    indentSeq: fc.boolean(),
    lineWidth: fc.constantFrom(0, 20, 80),
    nullStr: fc.constantFrom('null', '~', ''),
  });
  const jsYamlOptions = fc.record({
    flowLevel: fc.integer({ min: -1, max: 3 }),
    indent: fc.integer({ min: 1, max: 4 }),
    lineWidth: fc.constantFrom(-1, 20, 80),
    quotingType: fc.constantFrom("'", '"'),
    forceQuotes: fc.boolean(),
    noArrayIndent: fc.boolean(),
  });
  const top = fc.dictionary(key, data, { minKeys: 1, maxKeys: 6 });

  it('should place every value of a JSON spec as the positioned parse does, however it is indented (property)', () => {
    fc.assert(
      fc.property(top, fc.constantFrom(0, 1, 2, 4, '\t'), (value, indent) => {
        const text = JSON.stringify(value, null, indent);
        const fast = readPlainPositions(text);
        // JSON goes to this reader directly (parse.ts); a tab-indented file is read by it too.
        if (!fast) return;
        const pointers = ['', ...pointersOf(JSON.parse(text))];
        expect(answers(text, fast, pointers)).toEqual(answers(text, reference(text), pointers));
      }),
      { numRuns: 200 },
    );
  });

  it('should place every value as the positioned parse does, however the YAML is written (property)', () => {
    fc.assert(
      fc.property(top, yamlOptions, jsYamlOptions, fc.boolean(), (value, yamlStyle, jsYamlStyle, useYaml) => {
        const text = useYaml ? stringify(value, yamlStyle as never) : dump(value, jsYamlStyle);
        expectSamePositions(text);
      }),
      { numRuns: 400 },
    );
  });
});
