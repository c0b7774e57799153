import { describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/compose/index.js';
import { PartnershipError, type Diagnostic } from '../../src/errors.js';
import type { Clause, Document, Paragraph, Section } from '../../src/model/index.js';
import { PACK_TEMPLATES, whecSpec } from './fixture.js';

const options = { templatesDir: PACK_TEMPLATES };

function clauses(doc: Document, section = 0): Clause[] {
  return (doc.children[section] as Section).children as Clause[];
}

function text(clause: Clause): string {
  return clause.children
    .map((block) =>
      (block as Paragraph).children.map((inline) => (inline.type === 'text' ? inline.value : '')).join(''),
    )
    .join('|');
}

function failure(run: () => unknown): Diagnostic {
  try {
    run();
  } catch (error) {
    expect((error as PartnershipError).kind).toBe('input');
    return (error as PartnershipError).diagnostics[0]!;
  }
  throw new Error('expected a failure');
}

describe('custom clauses that replace a clause', () => {
  it('should print the replacing text under the replaced clause number, keeping its id for references', () => {
    const spec = whecSpec();
    spec.custom_clauses = [
      { id: 'amended-body', replaces: 'governance-body', title: 'The Board', text: 'The *Board* decides {{all}}.' },
    ];
    const doc = composeDocument(spec, 'partnership_agreement', options);
    expect(clauses(doc).map((c) => [c.id, c.number, c.title])).toEqual([
      ['governance-body', '1.1', 'The Board'],
      ['governance-quorum', '1.2', expect.anything()],
    ]);
    expect(text(clauses(doc)[0]!)).toBe('The *Board* decides {{all}}.');
  });

  it('should place a custom clause after a replaced one', () => {
    const spec = whecSpec();
    spec.custom_clauses = [
      { id: 'amended-body', replaces: 'governance-body', text: 'Replaced.' },
      { id: 'own-next', after: 'governance-body', text: 'Next.' },
    ];
    const doc = composeDocument(spec, 'partnership_agreement', options);
    expect(clauses(doc).map((c) => [c.id, c.number])).toEqual([
      ['governance-body', '1.1'],
      ['own-next', '1.2'],
      ['governance-quorum', '1.3'],
    ]);
  });

  it('should report an unknown replaced id at the replaces field, with the nearest ids', () => {
    const spec = whecSpec();
    spec.custom_clauses = [{ id: 'amended', replaces: 'governance-quorom', text: 'x' }];
    const locate = (pointer: string) =>
      pointer === '/custom_clauses/0/replaces' ? { line: 9, column: 15 } : { line: 1, column: 1 };
    const diagnostic = failure(() =>
      composeDocument(spec, 'partnership_agreement', { ...options, locate, specFile: 'whec.yaml' }),
    );
    expect(diagnostic).toMatchObject({
      code: 'custom-clause',
      file: 'whec.yaml',
      line: 9,
      column: 15,
      pointer: '/custom_clauses/0/replaces',
    });
    expect(diagnostic.message).toMatch(
      /^Cannot replace with custom clause `amended` `governance-quorom`.*`governance-quorum`/,
    );
    expect(diagnostic.hint).toBe('Did you mean `governance-quorum`?');
  });

  it('should refuse to replace a whole section', () => {
    const spec = whecSpec();
    const section = (composeDocument(spec, 'partnership_agreement', options).children[0] as Section).id;
    spec.custom_clauses = [{ id: 'amended', replaces: section, text: 'x' }];
    const diagnostic = failure(() => composeDocument(spec, 'partnership_agreement', options));
    expect(diagnostic.message).toMatch(/it is a section, expected the id of a clause/);
  });
});
