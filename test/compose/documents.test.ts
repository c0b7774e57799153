import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  availableDocuments,
  builtInTemplatesDir,
  composePack,
  documentKind,
  documentKinds,
  registerDocumentKind,
  type DocumentKind,
} from '../../src/compose/index.js';
import type { Paragraph, Section } from '../../src/model/index.js';
import { templateFolder, whecSpec } from './fixture.js';

const unregister: (() => void)[] = [];
afterEach(() => unregister.splice(0).forEach((undo) => undo()));

/** A deed of variation, as a new engineer would add one: a registry entry and a template. */
function registerDeedOfVariation(): { kind: DocumentKind; templatesDir: string } {
  const registered = registerDocumentKind({
    kind: 'deed_of_variation',
    title: 'Deed of Variation',
    stem: 'deed-of-variation',
    templates: ['deed-of-variation'],
  });
  unregister.push(registered.unregister);
  const templatesDir = templateFolder({
    'deed-of-variation.md.hbs': [
      '# Variation {#variation}',
      '',
      '## What changes {#variation-what}',
      '',
      'The Partners of {{partnership.name}} vary [](partnership_agreement#governance) of the agreement.',
      '',
    ].join('\n'),
  });
  return { kind: registered.kind, templatesDir };
}

describe('document-kind registry', () => {
  it('should hold every built-in kind with the templates it names', () => {
    for (const kind of documentKinds()) {
      const entry = documentKind(kind);
      expect(entry.kind).toBe(kind);
      expect(entry.templates[0]).toBe(entry.stem);
      for (const stem of entry.templates) expect(existsSync(join(builtInTemplatesDir(), `${stem}.md.hbs`))).toBe(true);
    }
  });

  it('should compose a kind registered at run time, after the built-in kinds', () => {
    const { kind, templatesDir } = registerDeedOfVariation();
    expect(documentKinds().at(-1)).toBe('deed_of_variation');
    expect(availableDocuments(templatesDir)).toContain('deed_of_variation');
    const spec = whecSpec();
    const [deed] = composePack(spec, [kind], { templatesDir });
    expect(deed).toMatchObject({
      kind: 'deed_of_variation',
      name: 'deed-of-variation',
      meta: {
        title: 'Deed of Variation',
        documentId: `${spec.meta.spec_id}/${spec.meta.version}/deed-of-variation`,
      },
    });
    const section = deed!.children[0] as Section;
    expect(section.number).toBe('1');
    const clause = section.children[0]!;
    expect(clause).toMatchObject({ type: 'clause', number: '1.1' });
    const reference = ((clause as { children: Paragraph[] }).children[0]!.children ?? []).find(
      (inline) => inline.type === 'reference',
    );
    expect(reference).toMatchObject({
      document: 'partnership_agreement',
      text: expect.stringMatching(/ of the Partnership Agreement$/),
    });
  });

  it('should refuse a kind or stem that is taken', () => {
    expect(() =>
      registerDocumentKind({ kind: 'mou', title: 'MoU', stem: 'memorandum', templates: ['memorandum'] }),
    ).toThrow(/taken/);
    expect(() => registerDocumentKind({ kind: 'memorandum', title: 'MoU', stem: 'mou', templates: ['mou'] })).toThrow(
      /taken/,
    );
  });
});
