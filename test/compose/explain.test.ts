import { describe, expect, it } from 'vitest';
import { composeDocument, explainSpec, registerDocumentKind, type ExplainedSection } from '../../src/compose/index.js';
import { PartnershipError } from '../../src/errors.js';
import type { Block } from '../../src/model/index.js';
import { templateFolder, whecSpec } from './fixture.js';

const sectionIds = (blocks: Block[]): string[] => blocks.flatMap((b) => (b.type === 'section' ? [b.id] : []));
const byId = (sections: ExplainedSection[], id: string): ExplainedSection => {
  const found = sections.find((s) => s.id === id);
  if (found === undefined) throw new Error(`no section ${id} in ${sections.map((s) => s.id).join(', ')}`);
  return found;
};

describe('explainSpec', () => {
  it('should list the included sections of the agreement in the order compose gives them', () => {
    const spec = whecSpec();
    const [agreement] = explainSpec(spec, { documents: ['partnership_agreement'] }).documents;
    const composed = composeDocument(spec, 'partnership_agreement');
    expect(agreement!.sections.filter((s) => s.included).map((s) => s.id)).toEqual(sectionIds(composed.children));
    expect(agreement!.template).toMatch(/partnership-agreement\.md\.hbs$/);
  });

  it('should name the condition that omits a section, with its value and the fields it reads', () => {
    const spec = whecSpec();
    delete spec.partnership.principles;
    const [agreement] = explainSpec(spec, { documents: ['partnership_agreement'] }).documents;
    const principles = byId(agreement!.sections, 'principles');
    expect(principles.included).toBe(false);
    expect(principles.number).toBeNull();
    expect(principles.conditions).toEqual([
      expect.objectContaining({
        name: 'principles',
        named: true,
        block: 'if',
        expects: true,
        value: false,
        holds: false,
        fields: ['partnership.principles'],
      }),
    ]);
    expect(sectionIds(composeDocument(spec, 'partnership_agreement').children)).not.toContain('principles');
  });

  it('should read #unless and {{else}} branches, and partials from a user templates folder', () => {
    const dir = templateFolder({
      'partnership-agreement.md.hbs': [
        '{{#if when.funded}}',
        '# Funded {#funded}',
        '',
        'Text.',
        '{{else}}',
        '# In kind {#in-kind}',
        '',
        'Text.',
        '{{/if}}',
        '{{#unless when.draft}}',
        '# Final {#final}',
        '',
        'Text.',
        '{{/unless}}',
        '{{> ours/extra}}',
        '',
      ].join('\n'),
      'partials/ours/extra.md.hbs':
        '{{#if when.open_ended}}\n# Open-ended {#open .schedule}\n\nText.\n{{/if}}\n# Always {#always .schedule}\n\nText.\n',
    });
    const spec = whecSpec();
    const [doc] = explainSpec(spec, { documents: ['partnership_agreement'], templatesDir: dir }).documents;
    expect(doc!.sections.map((s) => [s.id, s.included, s.kind])).toEqual([
      ['funded', true, 'section'],
      ['in-kind', false, 'section'],
      ['final', true, 'section'],
      ['open', false, 'schedule'],
      ['always', true, 'schedule'],
    ]);
    expect(byId(doc!.sections, 'in-kind').conditions).toEqual([
      expect.objectContaining({ name: 'funded', expects: false, value: true, holds: false }),
    ]);
    expect(byId(doc!.sections, 'final').conditions).toEqual([
      expect.objectContaining({ name: 'draft', block: 'unless', expects: false, value: false }),
    ]);
    expect(byId(doc!.sections, 'open').file).toMatch(/partials[\\/]ours[\\/]extra\.md\.hbs$/);
    expect(doc!.sections.map((s) => s.number)).toEqual(['1', null, '2', null, 'Schedule 1']);
  });

  it('should fill in the values of titles and ids, one section per item of a loop', () => {
    const dir = templateFolder({
      'partnership-agreement.md.hbs':
        '# The {{term governance.bodyName}} {#body}\n\nText.\n\n{{#each parties}}\n# {{legalName}} {#party-{{@index}} }\n\nText.\n\n{{/each}}\n',
    });
    const spec = whecSpec();
    const [doc] = explainSpec(spec, { documents: ['partnership_agreement'], templatesDir: dir }).documents;
    expect(doc!.sections[0]).toMatchObject({
      id: 'body',
      title: 'The Steering Group',
      source: '# The {{term governance.bodyName}} {#body}',
    });
    expect(doc!.sections.slice(1).map((s) => [s.id, s.title])).toEqual(
      spec.members.map((m, i) => [`party-${i}`, m.legal_name]),
    );
    expect(doc!.sections[1]!.conditions).toEqual([
      expect.objectContaining({ name: 'parties', block: 'each', value: true }),
    ]);
  });

  it('should keep a title as written where the loop around it has no items', () => {
    const dir = templateFolder({
      'partnership-agreement.md.hbs':
        '# First {#first}\n\nText.\n\n{{#each stakeholders}}\n# {{name}} {#stakeholder}\n\nText.\n{{/each}}\n',
    });
    const spec = whecSpec();
    delete spec.stakeholders;
    const [doc] = explainSpec(spec, { documents: ['partnership_agreement'], templatesDir: dir }).documents;
    expect(doc!.sections[1]).toMatchObject({ id: 'stakeholder', title: '{{name}}', included: false });
    expect(doc!.sections[1]!.conditions[0]).toMatchObject({ name: 'stakeholders', value: false, holds: false });
  });

  it("should explain the spec's own documents by default, and say when one has no template", () => {
    const spec = whecSpec();
    expect(explainSpec(spec).documents.map((d) => d.kind)).toEqual(spec.meta.documents);
    const { kind, unregister } = registerDocumentKind({
      kind: 'deed_of_variation',
      title: 'Deed of Variation',
      stem: 'deed-of-variation',
      templates: ['deed-of-variation'],
    });
    try {
      const [deed] = explainSpec(spec, { documents: [kind] }).documents;
      expect(deed).toEqual({ kind: 'deed_of_variation', title: 'Deed of Variation', template: null, sections: [] });
    } finally {
      unregister();
    }
  });

  it('should test drafting notes only in a draft with warnings', () => {
    const spec = whecSpec();
    spec.meta.status = 'draft';
    const warning = {
      severity: 'warning' as const,
      code: 'R23',
      message: 'm',
      file: 'f',
      line: 1,
      column: 1,
      pointer: '/x',
    };
    const notes = (warnings: (typeof warning)[]): boolean =>
      byId(
        explainSpec(spec, { documents: ['partnership_agreement'], warnings }).documents[0]!.sections,
        'drafting-notes',
      ).included;
    expect(notes([warning])).toBe(true);
    expect(notes([])).toBe(false);
  });

  it('should report a template it cannot parse as a located template error', () => {
    const dir = templateFolder({ 'partnership-agreement.md.hbs': '# A {#a}\n\n{{#if when.funded}}\nunclosed\n' });
    try {
      explainSpec(whecSpec(), { documents: ['partnership_agreement'], templatesDir: dir });
      expect.unreachable('an unclosed block should not explain');
    } catch (error) {
      expect(error).toBeInstanceOf(PartnershipError);
      const [d] = (error as PartnershipError).diagnostics;
      expect(d).toMatchObject({ code: 'template', severity: 'error' });
      expect(d!.file).toMatch(/partnership-agreement\.md\.hbs$/);
    }
  });
});
