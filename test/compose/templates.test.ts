import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { availableDocuments, builtInTemplatesDir, composeDocument, renderTemplate } from '../../src/compose/index.js';
import { PartnershipError } from '../../src/errors.js';
import type { Paragraph, Section } from '../../src/model/index.js';
import { buildView } from '../../src/compose/view/index.js';
import { PACK_TEMPLATES, templateFolder, whecSpec } from './fixture.js';

describe('templates', () => {
  it('should find the built-in templates from the package', () => {
    expect(availableDocuments()).toContain('partnership_agreement');
    expect(readFileSync(join(builtInTemplatesDir(), 'partnership-agreement.md.hbs'), 'utf8')).toMatch(/\{\{>/);
  });

  it('should add the kinds a user folder has templates for', () => {
    expect(availableDocuments(PACK_TEMPLATES)).toEqual(
      expect.arrayContaining(['partnership_agreement', 'terms_of_reference', 'meetings_protocol']),
    );
  });

  it('should let a user folder replace one template and one partial, keeping the other built-ins', () => {
    // Any built-in partial other than the replaced one shows that the rest of the set still comes from the package.
    const builtIn = readdirSync(join(builtInTemplatesDir(), 'partials/agreement'))
      .sort()
      .find((f) => f !== 'parties.md.hbs')!;
    const dir = templateFolder({
      'partnership-agreement.md.hbs': `{{> agreement/${builtIn.replace('.md.hbs', '')}}}\n\n{{> agreement/parties}}\n`,
      'partials/agreement/parties.md.hbs':
        '# Parties {#parties .unnumbered}\n\nOur own parties text for {{partnership.name}}.\n',
    });
    const spec = whecSpec();
    const doc = renderTemplate('partnership-agreement', buildView(spec, 'partnership_agreement'), {
      templatesDir: dir,
    });
    const sections = doc.children as Section[];
    expect(sections.length).toBeGreaterThanOrEqual(2);
    expect(sections[0]!.id).not.toBe('parties');
    expect(sections[sections.length - 1]!.children).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: `Our own parties text for ${spec.partnership.name}.` }] },
    ]);
  });

  it('should hash the template set, so that changed templates give another hash', () => {
    const spec = whecSpec();
    const a = composeDocument(spec, 'meetings_protocol', { templatesDir: PACK_TEMPLATES });
    const b = composeDocument(spec, 'meetings_protocol', { templatesDir: PACK_TEMPLATES });
    const other = templateFolder({ 'meetings-protocol.md.hbs': '# Meetings {#m}\n\n## Notice {#n}\n\nOther words.\n' });
    const c = composeDocument(spec, 'meetings_protocol', { templatesDir: other });
    expect(a.meta.templateHash).toMatch(/^[0-9a-f]{12}$/);
    expect(b.meta.templateHash).toBe(a.meta.templateHash);
    expect(c.meta.templateHash).not.toBe(a.meta.templateHash);
  });

  it('should load and compile a folder once per process', () => {
    const dir = templateFolder({ 'mou.md.hbs': '# Understanding {#u}\n\nFirst words.\n' });
    const first = renderTemplate('mou', {}, { templatesDir: dir });
    writeFileSync(join(dir, 'mou.md.hbs'), '# Understanding {#u}\n\nSecond words.\n');
    const second = renderTemplate('mou', {}, { templatesDir: dir });
    expect(((second.children[0] as Section).children[0] as Paragraph).children).toEqual([
      { type: 'text', value: 'First words.' },
    ]);
    expect(second.meta.templateHash).toBe(first.meta.templateHash);
  });

  it('should report a templates folder that does not exist', () => {
    const missing = join(templateFolder({}), 'nowhere');
    expect(() => availableDocuments(missing)).toThrow(PartnershipError);
    try {
      availableDocuments(missing);
    } catch (error) {
      expect((error as PartnershipError).diagnostics[0]).toMatchObject({ code: 'io', file: missing });
    }
  });
});
