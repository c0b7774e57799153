import { describe, expect, it } from 'vitest';
import { PartnershipError } from '../../src/errors.js';
import {
  clause,
  collectIds,
  documentOf,
  item,
  list,
  numberDocument,
  paragraph,
  ref,
  schedule,
  section,
  visit,
  type Block,
  type Document,
  type Reference,
} from '../../src/model/index.js';
import { numberedSampleDocument, sampleDocument, sampleMeta, samplePack } from '../support/sample-document.js';

function doc(children: Block[], kind = 'partnership_agreement', title = 'Partnership Agreement'): Document {
  return documentOf(kind, kind.replaceAll('_', '-'), sampleMeta(title, kind), children);
}

/** id → number of every section, clause and list item with an id. */
function numbersOf(document: Document): Record<string, string | null | undefined> {
  const out: Record<string, string | null | undefined> = {};
  visit(document, (node) => {
    if (node.type === 'section' || node.type === 'clause') out[node.id] = node.number;
    else if (node.type === 'listItem' && node.id !== null) out[node.id] = node.number;
  });
  return out;
}

/** target → text of every reference. */
function referenceTexts(document: Document): string[] {
  const out: string[] = [];
  visit(document, (node) => {
    if (node.type === 'reference') out.push(`${node.target} → ${(node as Reference).text}`);
  });
  return out;
}

function numberingError(run: () => unknown): PartnershipError {
  try {
    run();
  } catch (error) {
    if (error instanceof PartnershipError) return error;
    throw error;
  }
  throw new Error('expected numbering to fail');
}

describe('model/number', () => {
  it('should number sections, clauses, sub-clauses and ordered list items', () => {
    const numbered = numberDocument(
      doc([
        section('a', 'A', [
          clause('a1', null, ['x']),
          clause('a2', null, [clause('a2-1', null, ['y']), clause('a2-2', null, ['z'])]),
        ]),
        section('b', 'B', [
          clause('b1', null, [
            list(true, [
              item('p', 'b1-a'),
              item(['q', list(true, [item('r', 'b1-b-i'), item('s', 'b1-b-ii')])], 'b1-b'),
            ]),
          ]),
        ]),
      ]),
    );
    expect(numbersOf(numbered)).toEqual({
      a: '1',
      a1: '1.1',
      a2: '1.2',
      'a2-1': '1.2.1',
      'a2-2': '1.2.2',
      b: '2',
      b1: '2.1',
      'b1-a': '(a)',
      'b1-b': '(b)',
      'b1-b-i': '(i)',
      'b1-b-ii': '(ii)',
    });
  });

  it('should leave unordered list items unnumbered and unnumbered sections with a null number', () => {
    const numbered = numberDocument(
      doc([
        section('parties', 'Parties', ['The parties.'], 'unnumbered'),
        section('one', 'One', [clause('c', null, [list(false, [item('x', 'bullet')])])]),
      ]),
    );
    expect(numbersOf(numbered)).toEqual({ parties: null, one: '1', c: '1.1', bullet: undefined });
  });

  it('should leave no gaps where a section or clause is absent', () => {
    const numbered = numberDocument(
      doc([
        section('first', 'First', [clause('f1', null, ['x'])]),
        section('background', 'Background', ['y'], 'unnumbered'),
        section('third', 'Third', [paragraph('intro'), clause('t1', null, ['z'])]),
      ]),
    );
    expect(numbersOf(numbered)).toMatchObject({ first: '1', background: null, third: '2', t1: '2.1' });
  });

  it('should number schedules and restart their clauses at 1 in each', () => {
    const numbered = numberDocument(
      doc([
        section('body', 'Body', [clause('b1', null, ['x'])]),
        schedule('s1', 'One', [clause('s1-1', null, [clause('s1-1-1', null, ['y'])]), clause('s1-2', null, ['z'])]),
        schedule('s2', 'Two', [clause('s2-1', null, ['w'])]),
      ]),
    );
    expect(numbersOf(numbered)).toEqual({
      body: '1',
      b1: '1.1',
      s1: 'Schedule 1',
      's1-1': '1',
      's1-1-1': '1.1',
      's1-2': '2',
      s2: 'Schedule 2',
      's2-1': '1',
    });
  });

  it('should give references the text of every shape of target', () => {
    expect(referenceTexts(numberedSampleDocument())).toEqual([
      'funding → clause 3',
      'lead-change → clause 2.2',
      'tor-role → clause 1.1 of the Terms of Reference',
      'schedule-allocations → Schedule 2',
      'tor-quorum → clause 2.2 of the Terms of Reference',
      'voting → clause 2.1(b)',
      'casting-vote → clause 2.1(b)(ii)',
      'governance → clause 2',
      'decision-body → clause 2.1',
      'decision-body-quorum → clause 2.1.1',
      'one-vote → clause 2.1(b)(i)',
      'allocation-payments → paragraph 1.1 of Schedule 2',
      'invoice-received → paragraph 1.1(b) of Schedule 2',
      'allocations → clause 3.1',
      'schedule-allocations → Schedule 2',
    ]);
  });

  it('should cite a clause of a schedule of another document with both', () => {
    const other = doc(
      [schedule('fees', 'Fees', [clause('fee-rate', null, ['x'])])],
      'terms_of_reference',
      'Terms of Reference',
    );
    const numbered = numberDocument(
      doc([paragraph(ref('fee-rate', 'terms_of_reference'), '; ', ref('fees', 'terms_of_reference'))]),
      new Map([['terms_of_reference', other]]),
    );
    expect(referenceTexts(numbered)).toEqual([
      'fee-rate → paragraph 1 of Schedule 1 of the Terms of Reference',
      'fees → Schedule 1 of the Terms of Reference',
    ]);
  });

  it('should resolve a reference naming its own document like a local one', () => {
    const numbered = numberDocument(doc([section('s', 'S', [paragraph(ref('s', 'partnership_agreement'))])]));
    expect(referenceTexts(numbered)).toEqual(['s → clause 1']);
  });

  it('should not change its input, and give the same result when run again', () => {
    const input = sampleDocument();
    const before = structuredClone(input);
    const once = numberDocument(input, samplePack());
    expect(input).toEqual(before);
    expect(numberDocument(once, samplePack())).toEqual(once);
  });

  it('should report an unknown id as a template error naming the document, the id and the nearest ids', () => {
    const error = numberingError(() =>
      numberDocument(
        doc([
          section('governance', 'G', [
            clause('quorum', null, [paragraph(ref('quorom'))]),
            clause('voting', null, ['x']),
          ]),
        ]),
      ),
    );
    expect(error.kind).toBe('input');
    expect(error.diagnostics).toHaveLength(1);
    expect(error.diagnostics[0]).toMatchObject({
      severity: 'error',
      code: 'template',
      file: 'partnership-agreement',
      line: 0,
      column: 0,
      pointer: '',
    });
    expect(error.diagnostics[0]?.message).toBe(
      'Cannot resolve reference to `quorom` in partnership-agreement: no section, clause or list item has that id, ' +
        'nearest are `quorum`, `voting` or `governance`',
    );
    expect(error.diagnostics[0]?.hint).toContain('`quorum`');
  });

  it('should report one diagnostic per bad reference, here and in another document', () => {
    const error = numberingError(() =>
      numberDocument(
        doc([paragraph(ref('nowhere'), ref('tor-quorun', 'terms_of_reference'), ref('x', 'mou'))]),
        samplePack(),
      ),
    );
    expect(error.diagnostics.map((d) => d.message)).toEqual([
      'Cannot resolve reference to `nowhere` in partnership-agreement: no section, clause or list item has that id, nearest are none',
      'Cannot resolve reference to `tor-quorun` in terms-of-reference: no section, clause or list item has that id, ' +
        'nearest are `tor-quorum`, `tor-role` or `tor-purpose`',
      'Cannot resolve reference to `x` in mou from partnership-agreement: the pack has no mou document, ' +
        'expected one of `partnership_agreement` or `terms_of_reference`',
    ]);
  });

  it('should report a reference to something without a number', () => {
    const error = numberingError(() =>
      numberDocument(
        doc([
          section(
            'parties',
            'Parties',
            [list(false, [item('x', 'bullet')]), paragraph(ref('parties'), ref('bullet'))],
            'unnumbered',
          ),
        ]),
      ),
    );
    expect(error.diagnostics.map((d) => d.message)).toEqual([
      'Cannot resolve reference to `parties` in partnership-agreement: it names an unnumbered section, expected a numbered section, clause, schedule or ordered list item',
      'Cannot resolve reference to `bullet` in partnership-agreement: it names an item of an unordered list, expected a numbered section, clause, schedule or ordered list item',
    ]);
  });

  it('should report each duplicate id once', () => {
    const error = numberingError(() =>
      numberDocument(
        doc([section('a', 'A', [clause('a', null, ['x']), clause('b', null, [list(true, [item('y', 'a')])])])]),
      ),
    );
    expect(error.message).toBe('Cannot number partnership-agreement: a template error');
    expect(error.diagnostics.map((d) => [d.code, d.message])).toEqual([
      [
        'template',
        'Cannot number partnership-agreement: id `a` is used more than once, expected each section, clause and list item id once',
      ],
    ]);
  });

  it('should mark deeper ordered lists (i), (A), (1) and run letters past z', () => {
    const deep = list(true, [
      item(
        [
          'a',
          list(true, [
            item(['b', list(true, [item(['c', list(true, [item('d', 'level-4')])], 'level-3')])], 'level-2'),
          ]),
        ],
        'level-1',
      ),
    ]);
    const long = list(
      true,
      Array.from({ length: 28 }, (_, i) => item(`n${i}`, `long-${i + 1}`)),
    );
    const numbered = numberDocument(doc([section('s', 'S', [clause('c', null, [deep, long])])]));
    expect(numbersOf(numbered)).toMatchObject({
      'level-1': '(a)',
      'level-2': '(i)',
      'level-3': '(A)',
      'level-4': '(1)',
      'long-26': '(z)',
      'long-27': '(aa)',
      'long-28': '(ab)',
    });
  });

  it('should cite list items outside clauses by what encloses them', () => {
    const numbered = numberDocument(
      doc([
        list(true, [item('x', 'top-item')]),
        clause('top-clause', null, ['y']),
        section('body', 'Body', [list(true, [item('z', 'body-item')])]),
        schedule('sched', 'Sched', [list(true, [item('w', 'sched-item')])]),
        paragraph(ref('top-item'), ref('top-clause'), ref('body-item'), ref('sched-item')),
      ]),
    );
    expect(referenceTexts(numbered)).toEqual([
      'top-item → paragraph (a)',
      'top-clause → clause 1',
      'body-item → clause 2(a)',
      'sched-item → paragraph (a) of Schedule 1',
    ]);
  });

  it('should list every id in document order', () => {
    expect(
      collectIds(doc([section('s', 'S', [clause('c', null, [list(true, [item('x', 'i'), item('y')])])])])),
    ).toEqual([
      { id: 's', node: 'section' },
      { id: 'c', node: 'clause' },
      { id: 'i', node: 'listItem' },
    ]);
  });
});
