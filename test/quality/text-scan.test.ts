import { describe, expect, it } from 'vitest';
import { clause, definition, definitions, documentOf, paragraph, section } from '../../src/model/index.js';
import { sampleMeta } from '../support/sample-document.js';
import { collapse } from '../writers/pdf/read-pdf.js';
import { tableEnd, tablesByColumn } from '../writers/txt/read-text.js';
import { everyBuiltDocument } from './built-specs.js';
import { docsOf, everyDocument, textOf } from './pack.js';
import { missingArticles, namesTakingArticle, sentenceProblems, undefinedTerms } from './running-text.js';
import { documentTitle } from '../../src/compose/index.js';

/** One problem in the text output, with its line number. */
interface Finding {
  line: number;
  problem: string;
  text: string;
}

const LEAKED_VALUE = /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/;
// Structure the writer lays out with runs of spaces: list and clause numbers, `Label:  value` fields.
const MARKER = /^(?:\(\w+\)|\d+(?:\.\d+)*\.?|Schedule \d+|[-•*])\s+/;
const FIELD = /^[A-Z][\w ()'-]*:\s{2,}/;
const TABLE_RULE = /^-+(?: {2}-+)+$/;
const UNDERLINE = /^[-=]+$/;

/**
 * Lines of aligned table columns: each rule with the (wrapped) header above it and the rows below, to the
 * closing rule of a table whose rows wrap.
 */
function tableLines(lines: readonly string[]): Set<number> {
  const inTable = new Set<number>();
  lines.forEach((line, i) => {
    if (!TABLE_RULE.test(line.trim()) || inTable.has(i)) return;
    for (let j = i - 1; j >= 0 && lines[j]!.trim() !== ''; j -= 1) inTable.add(j);
    for (let j = i; j < tableEnd(lines, i); j += 1) inTable.add(j);
  });
  return inTable;
}

/** Every problem in one text rendering. */
function scan(text: string): Finding[] {
  const lines = text.split('\n');
  const tables = tableLines(lines);
  const findings: Finding[] = [];
  const add = (i: number, problem: string): void => {
    findings.push({ line: i + 1, problem, text: lines[i]! });
  };
  lines.forEach((line, i) => {
    const body = line.trim();
    if (LEAKED_VALUE.test(line)) add(i, 'a leaked undefined, null, NaN or [object Object]');
    if (/ [,.](?!\d)/.test(body)) add(i, 'a space before a comma or full stop');
    if (!tables.has(i) && /\S {2,}\S/.test(body.replace(MARKER, '').replace(FIELD, '')))
      add(i, 'a doubled space inside the line');
    const next = lines[i + 1];
    if (/ (?:and|or)$/.test(body) && (next === undefined || next.trim() === ''))
      add(i, 'a dangling "and" or "or" at the end of a paragraph');
    if (
      next !== undefined &&
      UNDERLINE.test(next.trim()) &&
      next.trim().length === line.trim().length &&
      !tables.has(i)
    ) {
      const title = body.replace(/^Schedule \d+\s*—?\s*/, '').replace(/^\d+\.\s*/, '');
      if (title.trim() === '') add(i, 'an empty heading');
    }
  });
  return findings;
}

/** Every string of a spec, longest first: the values a document may print as written. */
function valuesOf(data: unknown, out: string[] = []): string[] {
  if (typeof data === 'string') out.push(collapse(data));
  else if (Array.isArray(data)) for (const item of data) valuesOf(item, out);
  else if (data !== null && typeof data === 'object') {
    for (const [key, item] of Object.entries(data)) {
      out.push(collapse(key));
      valuesOf(item, out);
    }
  }
  return out;
}

/**
 * Straight quotes and apostrophes in the documents' own words: the text, its tables read column by column,
 * with every spec value taken out (a value keeps the quotes its writer typed, DESIGN rule 2).
 */
function straightQuotes(text: string, values: readonly string[]): string[] {
  let rest = collapse(tablesByColumn(text));
  for (const value of values) if (/['"]/.test(value)) rest = rest.split(value).join(' ');
  return [...rest.matchAll(/['"]/g)].map((m) => rest.slice(Math.max(0, m.index - 40), m.index + 40));
}

/**
 * The amounts of money in the documents' own words (spec values taken out, as for quotes) when they mix
 * styles or show pence that no amount needs: one style per document, pence only if some amount has pence.
 */
function moneyStyleProblems(text: string, values: readonly string[]): string[] {
  let rest = collapse(tablesByColumn(text));
  for (const value of values) if (value.includes('£')) rest = rest.split(value).join(' ');
  const amounts = [...rest.matchAll(/£\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0]);
  const withPence = amounts.filter((a) => /\.\d\d$/.test(a));
  if (withPence.length === 0) return [];
  if (withPence.length < amounts.length)
    return [`amounts with and without pence: ${[...new Set(amounts)].slice(0, 12).join(', ')}`];
  if (withPence.every((a) => a.endsWith('.00')))
    return [`pence that no amount needs: ${withPence.slice(0, 6).join(', ')}`];
  return [];
}

// Every document of every fixture, and of the specs built from them without funders, a main contract,
// data sharing or safeguarding: a part a partnership lacks leaves no trace in the text.
const DOCUMENTS = [...everyDocument(), ...everyBuiltDocument()];

describe('text of the composed documents', () => {
  it.each(DOCUMENTS)('should read as drafted, sentence by sentence, in %s %s', (_name, stem, pack, composed) => {
    const found = sentenceProblems(composed ?? docsOf(pack)[0]!);
    expect(found, `${pack.name} ${stem}:\n${found.join('\n')}`).toEqual([]);
  });

  it.each(DOCUMENTS)('should put "the" before each name that takes one in %s %s', (_name, stem, pack, composed) => {
    const found = missingArticles(composed ?? docsOf(pack)[0]!, namesTakingArticle(pack.spec));
    expect(found, `${pack.name} ${stem}:\n${found.join('\n')}`).toEqual([]);
  });

  it.each(DOCUMENTS)(
    'should print money in one style, with pence only if needed, in %s %s',
    async (_name, stem, pack, composed) => {
      const text = await textOf(composed ?? docsOf(pack)[0]!);
      const found = moneyStyleProblems(
        text,
        [...new Set(valuesOf(pack.spec))].sort((a, b) => b.length - a.length),
      );
      expect(found, `${pack.name} ${stem}.txt:\n${found.join('\n')}`).toEqual([]);
    },
  );

  it.each(DOCUMENTS)('should define every capitalised term it uses in %s %s', (_name, stem, pack, composed) => {
    const docs = docsOf(pack);
    const titles = pack.kinds.map((kind) => documentTitle(kind));
    const values = [...new Set(valuesOf(pack.spec))].sort((a, b) => b.length - a.length);
    const found = undefinedTerms(composed ?? docs[0]!, docs, titles, values);
    expect(found, `${pack.name} ${stem}:\n${found.join('\n')}`).toEqual([]);
  });

  it.each(DOCUMENTS)('should use typographic quotes in its own words in %s %s', async (_name, stem, pack, composed) => {
    const text = await textOf(composed ?? docsOf(pack)[0]!);
    const values = [...new Set(valuesOf(pack.spec))].sort((a, b) => b.length - a.length);
    const found = straightQuotes(text, values);
    expect(found, `${pack.name} ${stem}.txt:\n${found.join('\n')}`).toEqual([]);
  });

  it('should find a straight quote in the words around a value, not in the value', () => {
    const found = straightQuotes(`The Partners' shares of Women's Aid's work`, ["Women's Aid"]);
    // The Partners' apostrophe and the one of "'s" after the value; none inside the value.
    expect(found).toHaveLength(2);
    expect(found.join(' ')).not.toContain("Women's");
  });

  it.each(DOCUMENTS)('should read cleanly in %s %s', async (_name, stem, pack, composed) => {
    const text = await textOf(composed ?? docsOf(pack)[0]!);
    const findings = scan(text).map((f) => `line ${f.line}: ${f.problem}: ${JSON.stringify(f.text)}`);
    expect(findings, `${pack.name} ${stem}.txt:\n${findings.join('\n')}`).toEqual([]);
  });

  it('should find each kind of sentence problem in a sample document', () => {
    const doc = documentOf('partnership_agreement', 'sample', sampleMeta('Sample', 'sample'), [
      section('s', 'S', [
        clause('a', null, [definitions([definition('Partner', 'means …'), definition('Agreement', 'means …')])]),
        clause('b', null, [paragraph('The Partnership Partnership Agreement applies.')]),
        clause('c', null, [paragraph('It ends here.. Then more.')]),
        clause('d', null, [paragraph('The Partnership exists to benefit: women in Midshire')]),
        clause('e', null, [paragraph('It ends. then it goes on, e.g. like this.')]),
        clause('f', 'The Riverside Partnership Partnership', [paragraph('It ends.')]),
      ]),
    ]);
    expect(sentenceProblems(doc).map((p) => p.split(':')[0])).toEqual([
      'definitions out of order',
      'a doubled word',
      'doubled punctuation',
      'a paragraph without its full stop',
      'a sentence in lower case',
      'a doubled word in a heading',
    ]);
  });

  it('should catch each kind of problem in a sample', () => {
    const sample = [
      'Heading',
      '-------',
      '',
      '3.',
      '--',
      '',
      'Paid on undefined.',
      'A  gap.',
      'A space , here',
      'Ends with and',
      '',
      'Partnership:  Name',
      '(a)  Item text',
      '',
      'Col A  Col B',
      'wraps  here',
      '-----  -----',
      'x      y',
      '',
    ].join('\n');
    expect(scan(sample).map((f) => [f.line, f.problem])).toEqual([
      [4, 'an empty heading'],
      [7, 'a leaked undefined, null, NaN or [object Object]'],
      [8, 'a doubled space inside the line'],
      [9, 'a space before a comma or full stop'],
      [10, 'a dangling "and" or "or" at the end of a paragraph'],
    ]);
  });
});
