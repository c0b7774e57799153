import { describe, expect, it } from 'vitest';
import { clause, mapTree, paragraph, section, SKIP, strong, table, visit, type Node } from '../../src/model/index.js';
import { sampleDocument } from '../support/sample-document.js';

describe('model/visit', () => {
  it('should visit every node in document order with its ancestors', () => {
    const root = section('s', 'S', [clause('c', null, [paragraph('a', strong('b'))])]);
    const seen: string[] = [];
    visit(root, (node, ancestors) => {
      seen.push(`${ancestors.map((a) => a.type).join('/')}>${node.type}`);
    });
    expect(seen).toEqual([
      '>section',
      'section>clause',
      'section/clause>paragraph',
      'section/clause/paragraph>text',
      'section/clause/paragraph>strong',
      'section/clause/paragraph/strong>text',
    ]);
  });

  it('should leave the children of a skipped node unvisited', () => {
    const root = section('s', 'S', [clause('c', null, ['x']), paragraph('y')]);
    const seen: string[] = [];
    visit(root, (node) => {
      seen.push(node.type);
      return node.type === 'clause' ? SKIP : undefined;
    });
    expect(seen).toEqual(['section', 'clause', 'paragraph', 'text']);
  });

  it('should reach table cells of the header and every row', () => {
    const root = table(
      ['h1', 'h2'],
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      ['left', 'right'],
    );
    const values: string[] = [];
    visit(root, (node) => {
      if (node.type === 'text') values.push(node.value);
    });
    expect(values).toEqual(['h1', 'h2', 'a', 'b', 'c', 'd']);
  });

  it('should rebuild a tree without touching the input', () => {
    const input = sampleDocument();
    const before = structuredClone(input);
    const output = mapTree(input, (node: Node) =>
      node.type === 'text' ? { ...node, value: node.value.toUpperCase() } : node,
    );
    expect(input).toEqual(before);
    expect(output).not.toBe(input);
    const texts: string[] = [];
    visit(output, (node) => {
      if (node.type === 'text') texts.push(node.value);
    });
    expect(texts.every((value) => value === value.toUpperCase())).toBe(true);
  });

  it('should keep the shape of tables when rebuilding them', () => {
    const input = table(['h'], [['a'], ['b']], ['left']);
    expect(mapTree(input, (node: Node) => node)).toEqual(input);
  });

  it('should hand the mapper the original node and its ancestors', () => {
    const inner = paragraph('x');
    const root = section('s', 'S', [inner]);
    const calls: [string, boolean, number][] = [];
    mapTree(root, (node, original, ancestors) => {
      calls.push([node.type, original === inner, ancestors.length]);
      return node;
    });
    expect(calls).toEqual([
      ['text', false, 2],
      ['paragraph', true, 1],
      ['section', false, 0],
    ]);
  });
});
