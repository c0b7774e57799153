import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/compose/index.js';
import type { Block, Clause, Definitions, List, Paragraph, Section, Signatures, Table } from '../../src/model/index.js';
import { DIALECT_TEMPLATES, templateFolder } from './fixture.js';

const view = {
  parties: [{ name: 'Rape Crisis England & Wales' }, { name: 'YWCA' }],
  lead: 'YWCA',
  body: 'Steering Group',
  frequency: 'quarterly',
  quorum: 'three',
  when: { extra: true },
  rows: [{ name: 'YWCA', amount: '£81,000.00' }],
  signatures: [
    {
      capacity: 'Signed for and on behalf of',
      party: 'YWCA',
      terms: null,
      signers: [{ name: 'Helen Carter', jobTitle: 'Chief Executive', date: null, witness: null }],
    },
    {
      capacity: 'Executed as a deed by',
      party: 'Maternity Action',
      terms: 'acting by two authorised signatories',
      signers: [
        {
          name: 'Ruth Evans',
          jobTitle: 'Director',
          date: '5 March 2026',
          witness: { name: 'Sam Hill', occupation: null },
        },
        { name: null, jobTitle: null, date: null, witness: null },
      ],
    },
  ],
};

function render(overrides: Partial<typeof view> = {}): Section[] {
  const doc = renderTemplate(
    'dialect',
    { ...view, ...overrides },
    { templatesDir: DIALECT_TEMPLATES, kind: 'partnership_agreement' },
  );
  return doc.children as Section[];
}

function find(blocks: readonly Block[], id: string): Section | Clause | undefined {
  for (const block of blocks) {
    if (block.type !== 'section' && block.type !== 'clause') continue;
    if (block.id === id) return block;
    const inner = find(block.children, id);
    if (inner !== undefined) return inner;
  }
  return undefined;
}

function byId(blocks: readonly Block[], id: string): Section | Clause {
  const found = find(blocks, id);
  if (found === undefined) throw new Error(`Cannot find \`${id}\` in the rendered document`);
  return found;
}

describe('markdown', () => {
  it('should make # headings sections, by kind', () => {
    const sections = render();
    expect(sections.map((s) => [s.type, s.id, s.kind, s.title])).toEqual([
      ['section', 'parties', 'unnumbered', 'Parties'],
      ['section', 'definitions', 'body', 'Definitions'],
      ['section', 'governance', 'body', 'Governance'],
      ['section', 'schedule-allocations', 'schedule', 'Allocations'],
      ['section', 'execution', 'unnumbered', 'Execution'],
    ]);
  });

  it('should nest ## clauses and ### sub-clauses with the content up to the next heading', () => {
    const governance = byId(render(), 'governance');
    expect(governance.children.map((c) => (c as Clause).id)).toEqual(['governance-body', 'governance-quorum']);
    const quorum = byId(governance.children, 'governance-quorum') as Clause;
    expect(quorum.title).toBeNull();
    expect(quorum.children.map((c) => c.type)).toEqual(['paragraph', 'clause', 'clause']);
    const extra = byId(quorum.children, 'governance-extra') as Clause;
    expect(extra.children.map((c) => c.type)).toEqual(['paragraph', 'table', 'pageBreak']);
  });

  it('should read strong, emphasis, terms and references in a clause paragraph', () => {
    const body = byId(render(), 'governance-body') as Clause;
    expect(body.children[0]).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'The Steering Group meets ' },
        { type: 'strong', children: [{ type: 'text', value: 'quarterly' }] },
        { type: 'text', value: ' and ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'may' }] },
        { type: 'text', value: ' act by ' },
        { type: 'definedTerm', term: 'Lead Partner' },
        { type: 'text', value: ', see ' },
        { type: 'reference', target: 'governance-quorum', document: null },
        { type: 'text', value: '.' },
      ],
    });
  });

  it('should read ordered lists with item ids and cross-document references', () => {
    const list = (byId(render(), 'governance-body') as Clause).children[1] as List;
    expect(list.ordered).toBe(true);
    expect(list.items.map((i) => i.id)).toEqual(['governance-body-a', null]);
    expect(list.items[0]!.children).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'first item;' }] },
    ]);
    const second = list.items[1]!.children[0] as Paragraph;
    expect(second.children[1]).toEqual({
      type: 'reference',
      target: 'governance-body',
      document: 'partnership_agreement',
    });
  });

  it('should read bullet lists and lists built by {{#each}} with @last', () => {
    const [parties] = render();
    const list = parties!.children[1] as List;
    expect(list.items.map((i) => ((i.children[0] as Paragraph).children[0] as { value: string }).value)).toEqual([
      'Rape Crisis England & Wales;',
      'YWCA.',
    ]);
    const bullets = byId(render(), 'governance-quorum-exceptions').children[0] as List;
    expect(bullets.ordered).toBe(false);
    expect(bullets.items).toHaveLength(2);
  });

  it('should read pipe tables with right-aligned figure columns', () => {
    const table = byId(render(), 'governance-extra').children[1] as Table;
    expect(table.align).toEqual(['left', 'right']);
    expect(table.header.map((c) => c.children)).toEqual([
      [{ type: 'text', value: 'Partner' }],
      [{ type: 'text', value: 'Amount' }],
    ]);
    expect(table.rows).toEqual([
      [
        { type: 'tableCell', children: [{ type: 'text', value: 'YWCA' }] },
        { type: 'tableCell', children: [{ type: 'text', value: '£81,000.00' }] },
      ],
    ]);
  });

  it('should read a definitions directive as term and meaning', () => {
    const definitions = byId(render(), 'definitions-terms').children[0] as Definitions;
    expect(definitions.type).toBe('definitions');
    expect(definitions.items[1]).toEqual({
      type: 'definition',
      term: 'Lead Partner',
      children: [
        { type: 'text', value: 'means YWCA, a ' },
        { type: 'definedTerm', term: 'Partner' },
        { type: 'text', value: '.' },
      ],
    });
  });

  it('should read a signatures directive as one block per {{signature}}', () => {
    const signatures = byId(render(), 'execution').children[0] as Signatures;
    expect(signatures.parties).toEqual(view.signatures.map((s) => ({ type: 'signatureBlock', ...s })));
  });

  it('should read a page-break directive and a hard line break', () => {
    expect(byId(render(), 'governance-extra').children[2]).toEqual({ type: 'pageBreak' });
    expect((byId(render(), 'schedule-allocations-totals').children[0] as Paragraph).children).toEqual([
      { type: 'text', value: 'Line one' },
      { type: 'lineBreak' },
      { type: 'text', value: 'line two.' },
    ]);
  });

  it('should leave out what a false condition guards, and include a partial when it holds', () => {
    const quorum = byId(render({ when: { extra: false } }), 'governance-quorum');
    expect(quorum.children.map((c) => (c.type === 'clause' ? c.id : c.type))).toEqual([
      'paragraph',
      'governance-quorum-exceptions',
    ]);
  });

  it('should keep every definition when rendering without composing', () => {
    const definitions = byId(render(), 'definitions-terms').children[0] as Definitions;
    expect(definitions.items.map((d) => d.term)).toEqual(['Agreement', 'Lead Partner', 'Partner', 'Unused Term']);
  });

  it('should build ids and reference targets from values', () => {
    const dir = templateFolder({
      'ids.md.hbs':
        '# S {#s}\n\n{{#each members}}\n## {{name}} {#member-{{id}} }\n\n1. {#duty-{{id}} } attend;\n\nSee [](#duty-{{id}}).\n\n{{/each}}',
    });
    const doc = renderTemplate('ids', { members: [{ id: 'ywca', name: 'YWCA' }] }, { templatesDir: dir, kind: 'mou' });
    const clause = (doc.children[0] as Section).children[0] as Clause;
    expect([clause.id, clause.title]).toEqual(['member-ywca', 'YWCA']);
    expect((clause.children[0] as List).items[0]!.id).toBe('duty-ywca');
    expect((clause.children[1] as Paragraph).children[1]).toEqual({
      type: 'reference',
      target: 'duty-ywca',
      document: null,
    });
  });
});
