import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { composeDocument, renderTemplate } from '../../src/compose/index.js';
import { PartnershipError, type Diagnostic } from '../../src/errors.js';
import { templateFolder, whecSpec } from './fixture.js';

/** The one diagnostic of rendering `source` as template `t` (with optional partials). */
function failure(
  source: string,
  view: object = {},
  partials: Record<string, string> = {},
): Diagnostic & { dir: string } {
  const files: Record<string, string> = { 't.md.hbs': source };
  for (const [name, text] of Object.entries(partials)) files[`partials/${name}.md.hbs`] = text;
  const dir = templateFolder(files);
  try {
    renderTemplate('t', view, { templatesDir: dir, kind: 'partnership_agreement' });
  } catch (error) {
    expect(error).toBeInstanceOf(PartnershipError);
    const e = error as PartnershipError;
    expect(e.kind).toBe('input');
    expect(e.diagnostics).toHaveLength(1);
    expect(e.diagnostics[0]!.code).toBe('template');
    return { ...e.diagnostics[0]!, dir };
  }
  throw new Error('expected the template to fail');
}

const HEAD = '# Section {#s}\n\n## Clause {#c}\n\n';

describe('template errors', () => {
  it('should report an unclosed directive at its line', () => {
    const d = failure(`${HEAD}Text.\n\n::: definitions\n- {{term "X"}} means y.\n`);
    expect(d.file).toBe(join(d.dir, 't.md.hbs'));
    expect(d.line).toBe(7);
    expect(d.message).toMatch(/closes `::: definitions`/);
  });

  it('should report an unknown directive', () => {
    const d = failure(`${HEAD}::: sidebar\ntext\n:::\n`);
    expect([d.line, d.message]).toEqual([5, 'Cannot use the unknown directive `::: sidebar`']);
  });

  it('should report a Handlebars parse error with its line', () => {
    const d = failure(`${HEAD}{{#if a}}\nText {{b}\n{{/if}}\n`, { a: true, b: 'x' });
    expect(d.line).toBe(6);
    expect(d.message).toMatch(/^Cannot parse the template/);
  });

  it('should report a missing field in strict mode, in the partial that reads it', () => {
    const d = failure(`${HEAD}{{> inner}}\n`, { present: 'x' }, { inner: 'Fine {{present}}.\n\nBroken {{absent}}.\n' });
    expect(d.file).toBe(join(d.dir, 'partials/inner.md.hbs'));
    expect([d.line, d.column]).toEqual([3, 10]);
    expect(d.message).toBe('Cannot find the field `absent` in the view (templates run in strict mode)');
  });

  it('should refuse triple-stash, unknown helpers and unknown blocks', () => {
    expect(failure(`${HEAD}{{{raw}}}\n`, { raw: '<b>' })).toMatchObject({
      line: 5,
      message: expect.stringMatching(/triple-stash/),
    });
    expect(failure(`${HEAD}{{lookup a "b"}}\n`, { a: {} })).toMatchObject({
      line: 5,
      message: expect.stringMatching(/helper `lookup`/),
    });
    expect(failure(`${HEAD}{{#people}}x{{/people}}\n`, { people: [] }).message).toMatch(/block `\{\{#people\}\}`/);
    expect(failure(`${HEAD}{{> missing}}\n`).message).toMatch(/partial `missing`/);
    expect(failure(`${HEAD}{{constructor}}\n`).message).toMatch(/prototype access is off/);
  });

  it('should report a heading without an id, or deeper than ###, at its line', () => {
    expect(failure(`${HEAD}## Untagged clause\n\nText.\n`)).toMatchObject({
      line: 5,
      message: expect.stringMatching(/without an id/),
    });
    expect(failure(`${HEAD}#### Too deep {#d}\n`)).toMatchObject({
      line: 5,
      message: expect.stringMatching(/three levels deep/),
    });
  });

  it('should report content before the first section', () => {
    expect(failure(`Preamble {{x}}.\n\n${HEAD}`, { x: 'here' })).toMatchObject({
      line: 1,
      message: expect.stringMatching(/before the first section/),
    });
  });

  it('should report link text and external links', () => {
    expect(failure(`${HEAD}See [clause](#c).\n`).message).toMatch(/link text/);
    expect(failure(`${HEAD}See [](https://example.org).\n`).message).toMatch(/Cannot link to `https:\/\/example.org`/);
    expect(failure(`${HEAD}See [](unknown_doc#c).\n`).message).toMatch(/Cannot link/);
  });

  it('should report a value that is not text, or holds an XML-forbidden character', () => {
    expect(failure(`${HEAD}{{list}}\n`, { list: ['a'] }).message).toMatch(/Cannot output a list/);
    expect(failure(`${HEAD}{{bad}}\n`, { bad: 'bell\u0007' }).message).toMatch(/U\+0007/);
  });

  it('should report a reference to an unknown id at the template line that makes it', () => {
    const dir = templateFolder({ 'partnership-agreement.md.hbs': `${HEAD}Text.\n\nSee [](#nowhere).\n` });
    try {
      composeDocument(whecSpec(), 'partnership_agreement', { templatesDir: dir });
      throw new Error('expected a failure');
    } catch (error) {
      const d = (error as PartnershipError).diagnostics[0]!;
      expect(d).toMatchObject({ code: 'template', file: join(dir, 'partnership-agreement.md.hbs'), line: 7 });
      expect(d.message).toMatch(/nowhere/);
    }
  });

  it('should give a Handlebars parse error its real column, not column 0', () => {
    const d = failure(`${HEAD}Text {{name x=}} more.\n`, { name: 'n' });
    expect([d.line, d.column]).toEqual([5, 15]);
    expect(d.message).toMatch(/^Cannot parse the template: Expecting/);
  });

  it('should refuse raw HTML, inline or as a block, and images, at their line', () => {
    expect(failure(`${HEAD}Some <b>bold</b> text.\n`)).toMatchObject({
      line: 5,
      message: 'Cannot use raw HTML in a template',
    });
    expect(failure(`${HEAD}<div>\nblock\n</div>\n`)).toMatchObject({
      line: 5,
      message: 'Cannot use raw HTML in a template',
    });
    expect(failure(`${HEAD}![logo](logo.png)\n`)).toMatchObject({
      line: 5,
      message: 'Cannot use an image in a template',
    });
    // Text that only looks like markup stays text.
    const dir = templateFolder({ 't.md.hbs': `${HEAD}Fewer than <5 days; a < b > c.\n` });
    expect(() => renderTemplate('t', {}, { templatesDir: dir, kind: 'partnership_agreement' })).not.toThrow();
  });

  it('should refuse the characters placeholders are made of in template text, however the token is written', () => {
    for (const forged of ['\uE0000\uE001', '\uE000 0 \uE001', '\uE00000007\uE001', '\uE001', 'x\uE000']) {
      const d = failure(`${HEAD}Text ${forged} more.\n`);
      expect(d.line).toBe(5);
      expect(d.column).toBe(6 + forged.search(/[\uE000\uE001]/));
      expect(d.message).toMatch(/^Cannot use U\+E00[01] in template text/);
    }
  });

  it('should refuse a template that is not UTF-8 at the first bad byte, not print U+FFFD', () => {
    const dir = templateFolder({});
    const bytes = Buffer.concat([
      Buffer.from(`${HEAD}Caf\u00e9 \uFFFD ok, then `),
      Buffer.from([0xe9, 0x20]),
      Buffer.from('x.\n'),
    ]);
    writeFileSync(join(dir, 't.md.hbs'), bytes);
    try {
      renderTemplate('t', {}, { templatesDir: dir, kind: 'partnership_agreement' });
      throw new Error('expected a failure');
    } catch (error) {
      expect(error).toBeInstanceOf(PartnershipError);
      const d = (error as PartnershipError).diagnostics[0]!;
      // A real U+FFFD written in UTF-8 before it is text, not the bad byte.
      expect(d).toMatchObject({ code: 'template', file: join(dir, 't.md.hbs'), line: 5, column: 17 });
      expect(d.message).toBe('Cannot read the template: byte 0xE9 is not UTF-8, expected a file saved as UTF-8');
    }
  });

  it('should stop a template whose loops nest over one list, naming the template', () => {
    const open = '{{#each @root.items}}'.repeat(9);
    const close = '{{/each}}'.repeat(9);
    const items = Array.from({ length: 8 }, (_, i) => `item ${i}`);
    const d = failure(`${HEAD}${open}A sentence of text for each item {{@index}}.\n${close}\n`, { items });
    expect(d.file).toBe(join(d.dir, 't.md.hbs'));
    expect(d.message).toBe('Cannot render the template: it expands to more than 64 MB of text');
    expect(d.hint).toMatch(/nested inside each other/);
  });

  it('should stop partials that include each other twice per level, naming the partial', () => {
    const partials: Record<string, string> = { p30: 'Leaf text of a reasonable length for a clause.\n' };
    for (let level = 0; level < 30; level += 1) partials[`p${level}`] = `{{> p${level + 1}}}{{> p${level + 1}}}`;
    const d = failure(`${HEAD}{{> p0}}\n`, {}, partials);
    expect(d.file).toMatch(/partials\/p\d+\.md\.hbs$/);
    expect(d.message).toBe('Cannot render the template: it expands to more than 64 MB of text');
  });
});
