import { describe, expect, it } from 'vitest';
import {
  cell,
  clause,
  definition,
  definitions,
  documentOf,
  item,
  list,
  paragraph,
  ref,
  section,
  signatures,
  strong,
  table,
  text,
} from '../../src/model/index.js';
import { sampleMeta } from '../support/sample-document.js';

describe('model/build', () => {
  it('should turn strings into text nodes where an inline is expected', () => {
    expect(paragraph('a ', strong('b'), ref('x'))).toEqual({
      type: 'paragraph',
      children: [
        { type: 'text', value: 'a ' },
        { type: 'strong', children: [{ type: 'text', value: 'b' }] },
        { type: 'reference', target: 'x', document: null },
      ],
    });
  });

  it('should turn strings into paragraphs where a block is expected', () => {
    expect(clause('c', null, ['Hello'])).toEqual({
      type: 'clause',
      id: 'c',
      title: null,
      children: [{ type: 'paragraph', children: [text('Hello')] }],
    });
  });

  it('should default a section to a numbered body section without a number', () => {
    const built = section('s', 'Title', []);
    expect(built.kind).toBe('body');
    expect(built).not.toHaveProperty('number');
  });

  it('should build list items from strings and keep ids', () => {
    const built = list(true, ['one', item('two', 'second')]);
    expect(built.items.map((i) => i.id)).toEqual([null, 'second']);
    expect(built.items[0]?.children).toEqual([paragraph('one')]);
  });

  it('should accept cells, strings and runs of inlines in a table', () => {
    const built = table([cell('A'), 'B'], [[['x', strong('y')], '£1.00']], ['left', 'right']);
    expect(built.header).toEqual([cell('A'), cell('B')]);
    expect(built.rows[0]?.[0]).toEqual(cell('x', strong('y')));
    expect(built.align).toEqual(['left', 'right']);
  });

  it('should give signature blocks the usual capacity, a blank date and no witness by default', () => {
    const built = signatures([{ party: 'P', name: 'N', jobTitle: 'J' }]);
    expect(built.parties[0]).toEqual({
      type: 'signatureBlock',
      capacity: 'Signed for and on behalf of',
      party: 'P',
      terms: null,
      signers: [{ name: 'N', jobTitle: 'J', date: null, witness: null }],
    });
  });

  it('should give blank witness lines for `witness: true` and keep a named witness as given', () => {
    const built = signatures([
      { party: 'P', name: 'N', jobTitle: 'J', witness: true },
      { party: 'Q', name: 'M', jobTitle: 'K', witness: { name: 'Sam Hill', occupation: 'Office Manager' } },
    ]);
    expect(built.parties.map((p) => p.signers[0]?.witness)).toEqual([
      { name: null, occupation: null },
      { name: 'Sam Hill', occupation: 'Office Manager' },
    ]);
  });

  it('should build definitions and a document around them', () => {
    const doc = documentOf('mou', 'mou', sampleMeta('Memorandum of Understanding', 'mou'), [
      definitions([definition('Term', 'the meaning')]),
    ]);
    expect(doc.type).toBe('document');
    expect(doc.children[0]).toEqual({
      type: 'definitions',
      items: [{ type: 'definition', term: 'Term', children: [text('the meaning')] }],
    });
  });
});
