import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/compose/index.js';
import type { Clause, Inline, List, Paragraph, Section, Table } from '../../src/model/index.js';
import { templateFolder } from './fixture.js';

// The value lands in a paragraph, a list item, a table cell and a definition meaning.
const dir = templateFolder({
  'literal.md.hbs': [
    '# Section {#s}',
    '',
    '## Clause {#c}',
    '',
    '{{value}}',
    '',
    '1. {{value}}',
    '',
    '| Head |',
    '|---|',
    '| {{value}} |',
    '',
    '{{#each nested}}{{#with this}}*{{inner}}*{{/with}}{{/each}}',
    '',
    '::: definitions',
    '- {{term "T"}} means {{value}}',
    ':::',
    '',
  ].join('\n'),
});

// Fragments that would be structure if they reached Markdown or Handlebars as text.
const fragments = [
  '*',
  '_',
  '#',
  '# ',
  '|',
  '<',
  '&',
  '&amp;',
  '{{',
  '}}',
  '{{x}}',
  ']]>',
  ':::',
  '::: page-break',
  '[x](y)',
  '[](#c)',
  '{#id}',
  '\n',
  '\r\n',
  '\n\n',
  '- ',
  '1. ',
  '> ',
  '    ',
  '`',
  '\\',
  '\uE0000\uE001',
  '<b>',
  'é',
  'e\u0301',
];
const value = fc
  .array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 6 })), { maxLength: 12 })
  .map((parts) => parts.join(''))
  // eslint-disable-next-line no-control-regex -- forbidden characters are an error, tested elsewhere
  .filter((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/.test(v));

/** Inlines as the text they print, line breaks as newlines. */
function printed(inlines: readonly Inline[]): string {
  return inlines
    .map((i) =>
      i.type === 'text'
        ? i.value
        : i.type === 'lineBreak'
          ? '\n'
          : i.type === 'emphasis'
            ? `<em>${printed(i.children)}</em>`
            : `<${i.type}>`,
    )
    .join('');
}

describe('placeholders', () => {
  it('should insert any value verbatim as text and line breaks, never as structure', () => {
    fc.assert(
      fc.property(value, value, (text, inner) => {
        const doc = renderTemplate('literal', { value: text, nested: [{ inner }] }, { templatesDir: dir, kind: 'mou' });
        const expected = text.normalize('NFC').replace(/\r\n|\r/g, '\n');
        expect(doc.children).toHaveLength(1);
        const section = doc.children[0] as Section;
        expect(section.children).toHaveLength(1);
        const clause = section.children[0] as Clause;
        // A paragraph holding only spaces is dropped; line breaks are content.
        const visible = expected.includes('\n') || expected.trim() !== '';
        const types = clause.children.map((b) => b.type);
        expect(types).toEqual([...(visible ? ['paragraph'] : []), 'list', 'table', 'paragraph', 'definitions']);
        const blocks = visible ? clause.children : [undefined, ...clause.children];
        if (visible) expect(printed((blocks[0] as Paragraph).children)).toBe(expected);
        const list = blocks[1] as List;
        expect(list.items).toHaveLength(1);
        expect(list.items[0]!.children.map((b) => printed((b as Paragraph).children)).join('')).toBe(
          visible ? expected : '',
        );
        const table = blocks[2] as Table;
        expect(table.rows).toHaveLength(1);
        expect(printed(table.rows[0]![0]!.children)).toBe(expected);
        expect(printed((blocks[3] as Paragraph).children)).toBe(
          `<em>${inner.normalize('NFC').replace(/\r\n|\r/g, '\n')}</em>`,
        );
        const definitions = blocks[4]!;
        expect(definitions.type === 'definitions' && printed(definitions.items[0]!.children)).toBe(`means ${expected}`);
      }),
      { numRuns: 300 },
    );
  });

  it('should never escape for HTML, in nested blocks or partials', () => {
    const folder = templateFolder({
      'nested.md.hbs': '# S {#s}\n\n{{#each rows}}{{#if show}}{{> cell}}{{/if}}{{/each}}\n',
      'partials/cell.md.hbs': '{{#with this}}{{text}}{{/with}}',
    });
    const doc = renderTemplate(
      'nested',
      { rows: [{ show: true, text: '<a & "b">' }] },
      { templatesDir: folder, kind: 'mou' },
    );
    expect((doc.children[0] as Section).children).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: '<a & "b">' }] },
    ]);
  });
});
