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
});
