import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { composeDocument, composePack, registerDocumentKind } from '../../src/compose/index.js';
import { PartnershipError, type Diagnostic } from '../../src/errors.js';
import type { Clause, Definitions, Document, Paragraph, Section } from '../../src/model/index.js';
import { PACK_TEMPLATES, templateFolder, whecSpec } from './fixture.js';

const options = { templatesDir: PACK_TEMPLATES };

function clauses(doc: Document, section = 0): Clause[] {
  return (doc.children[section] as Section).children as Clause[];
}

describe('compose', () => {
  it('should number a document and resolve its references across the pack', () => {
    const doc = composeDocument(whecSpec(), 'partnership_agreement', options);
    expect(clauses(doc).map((c) => [c.id, c.number])).toEqual([
      ['governance-body', '1.1'],
      ['governance-quorum', '1.2'],
    ]);
    const reference = (clauses(doc)[0]!.children[0] as Paragraph).children.find((i) => i.type === 'reference');
    expect(reference).toMatchObject({
      target: 'tor-name',
      document: 'terms_of_reference',
      text: expect.stringMatching(/1\.1/),
    });
  });

  it('should describe the document from the spec', () => {
    const doc = composeDocument(whecSpec(), 'partnership_agreement', options);
    const version = (
      JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
    ).version;
    expect(doc.meta).toMatchObject({
      title: 'Partnership Agreement',
      specId: 'whec',
      version: '1.0.0',
      status: 'agreed',
      date: '2026-02-02',
      dateText: '2 February 2026',
      documentId: 'whec/1.0.0/partnership-agreement',
      toolVersion: version,
      language: 'en-GB',
    });
    expect(doc.name).toBe('partnership-agreement');
  });

  it('should keep only the definitions of terms the document uses', () => {
    const doc = composeDocument(whecSpec(), 'partnership_agreement', options);
    const definitions = clauses(doc, 1)[0]!.children[0] as Definitions;
    expect(definitions.items.map((d) => d.term)).toEqual(['Decision Body']);
  });

  it('should keep a definition used only in the meaning of a kept one', () => {
    const dir = templateFolder({
      'mou.md.hbs':
        '# S {#s}\n\n## C {#c}\n\nThe {{term "A"}}.\n\n::: definitions\n- {{term "A"}} means a {{term "B"}}.\n- {{term "B"}} means b.\n- {{term "C"}} means c.\n:::\n',
    });
    const doc = composeDocument(whecSpec(), 'mou', { templatesDir: dir });
    expect((clauses(doc)[0]!.children[1] as Definitions).items.map((d) => d.term)).toEqual(['A', 'B']);
  });

  it('should insert custom clauses after the clause they name, numbered in sequence, text literal', () => {
    const spec = whecSpec();
    spec.custom_clauses = [
      {
        id: 'own-first',
        after: 'governance-body',
        title: 'Our *first*',
        text: 'Line one\nline [x](y) two\n\nSecond {{para}}',
      },
      { id: 'own-second', after: 'governance-body', text: 'After the first.' },
      { id: 'own-sub', after: 'governance-quorum-exceptions', text: 'A sub-clause.' },
    ];
    const doc = composeDocument(spec, 'partnership_agreement', options);
    expect(clauses(doc).map((c) => [c.id, c.number])).toEqual([
      ['governance-body', '1.1'],
      ['own-first', '1.2'],
      ['own-second', '1.3'],
      ['governance-quorum', '1.4'],
    ]);
    const first = clauses(doc)[1]!;
    expect(first.title).toBe('Our *first*');
    expect(first.children).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Line one' },
          { type: 'lineBreak' },
          { type: 'text', value: 'line [x](y) two' },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', value: 'Second {{para}}' }] },
    ]);
    const quorum = clauses(doc)[3]!.children.filter((b): b is Clause => b.type === 'clause');
    expect(quorum.map((c) => [c.id, c.number])).toEqual([
      ['governance-quorum-exceptions', '1.4.1'],
      ['own-sub', '1.4.2'],
    ]);
  });

  it('should put a custom clause only in the document that holds its clause', () => {
    const spec = whecSpec();
    spec.custom_clauses = [{ id: 'own-tor', after: 'tor-name', text: 'For the group.' }];
    const [agreement, tor] = composePack(spec, ['partnership_agreement', 'terms_of_reference'], options);
    expect(JSON.stringify(agreement)).not.toContain('own-tor');
    expect(clauses(tor!).map((c) => [c.id, c.number])).toEqual([
      ['tor-name', '1.1'],
      ['own-tor', '1.2'],
    ]);
    expect(composeDocument(spec, 'partnership_agreement', options).children).toEqual(agreement!.children);
  });

  it('should compose, besides the document asked for, only the documents it refers to', () => {
    const broken = readFileSync(new URL('./pack-templates/partnership-agreement.md.hbs', import.meta.url), 'utf8');
    const tor = readFileSync(new URL('./pack-templates/terms-of-reference.md.hbs', import.meta.url), 'utf8');
    const dir = templateFolder({
      'partnership-agreement.md.hbs': broken,
      'terms-of-reference.md.hbs': tor,
      // Listed in the spec's documents, referred to by neither: a fault here is not the agreement's.
      'meetings-protocol.md.hbs': '# Meetings {#mp}\n\n## Notice {#mp-notice}\n\n{{#if}}unclosed\n',
    });
    const doc = composeDocument(whecSpec(), 'partnership_agreement', { templatesDir: dir });
    expect(clauses(doc).map((c) => c.number)).toEqual(['1.1', '1.2']);
    expect(() => composeDocument(whecSpec(), 'meetings_protocol', { templatesDir: dir })).toThrow(PartnershipError);
  });

  it('should compose the whole pack to place a custom clause after a clause of a document not referred to', () => {
    const spec = whecSpec();
    spec.custom_clauses = [{ id: 'own-mp', after: 'mp-notice', text: 'Late papers are not taken.' }];
    const dir = templateFolder({
      'partnership-agreement.md.hbs': readFileSync(
        new URL('./pack-templates/partnership-agreement.md.hbs', import.meta.url),
        'utf8',
      ),
      'terms-of-reference.md.hbs': readFileSync(
        new URL('./pack-templates/terms-of-reference.md.hbs', import.meta.url),
        'utf8',
      ),
      'meetings-protocol.md.hbs': '# Meetings {#mp}\n\n## Notice {#mp-notice}\n\nSeven days.\n',
    });
    expect(() => composeDocument(spec, 'partnership_agreement', { templatesDir: dir })).not.toThrow();
    const [protocol] = composePack(spec, ['meetings_protocol'], { templatesDir: dir });
    expect(clauses(protocol!).map((c) => [c.id, c.number])).toEqual([
      ['mp-notice', '1.1'],
      ['own-mp', '1.2'],
    ]);
  });

  it('should report a custom clause after an unknown id, located, with the nearest ids', () => {
    const spec = whecSpec();
    spec.custom_clauses = [{ id: 'own', after: 'governance-bdy', text: 'x' }];
    const locate = (pointer: string) =>
      pointer === '/custom_clauses/0/after' ? { line: 42, column: 12 } : { line: 1, column: 1 };
    let diagnostic: Diagnostic | undefined;
    try {
      composeDocument(spec, 'partnership_agreement', { ...options, locate, specFile: 'whec.yaml' });
    } catch (error) {
      expect((error as PartnershipError).kind).toBe('input');
      diagnostic = (error as PartnershipError).diagnostics[0];
    }
    expect(diagnostic).toMatchObject({
      code: 'custom-clause',
      file: 'whec.yaml',
      line: 42,
      column: 12,
      pointer: '/custom_clauses/0/after',
    });
    expect(diagnostic!.message).toMatch(/`governance-body`/);
    expect(diagnostic!.hint).toBe('Did you mean `governance-body`?');
  });

  it('should give a draft its warnings as drafting notes, and an agreed text none', () => {
    const warning: Diagnostic = {
      severity: 'warning',
      code: 'R12',
      message: 'Cross-border charity.',
      file: 'whec.yaml',
      line: 7,
      column: 3,
      pointer: '/members/0',
      note: { subject: 'Law and disputes', text: 'Cross-border charity: ask an adviser.' },
    };
    const draft = whecSpec();
    draft.meta.status = 'draft';
    const notes = composeDocument(draft, 'partnership_agreement', { ...options, warnings: [warning] });
    const last = notes.children[notes.children.length - 1] as Section;
    expect(last.id).toBe('drafting-notes');
    // The partners read the note under its subject; the code and the place stay in `validate`.
    expect(JSON.stringify(last)).toContain('Law and disputes');
    expect(JSON.stringify(last)).toContain('Cross-border charity: ask an adviser.');
    expect(JSON.stringify(last)).not.toMatch(/R12|whec\.yaml|\/members\/0/);
    const agreed = composeDocument(whecSpec(), 'partnership_agreement', { ...options, warnings: [warning] });
    expect(agreed.children.map((s) => (s as Section).id)).not.toContain('drafting-notes');
  });

  it('should report a kind with no template', () => {
    const { kind, unregister } = registerDocumentKind({
      kind: 'untemplated',
      title: 'Untemplated',
      stem: 'untemplated',
      templates: ['untemplated'],
    });
    try {
      expect(() => composeDocument(whecSpec(), kind, { templatesDir: templateFolder({}) })).toThrow(PartnershipError);
    } finally {
      unregister();
    }
  });
});
