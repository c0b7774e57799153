/**
 * Hostile strings in every free-text field of the spec, not only names: each one either reaches the text,
 * the Word XML and the PDF of every document that prints it verbatim, or is refused at its own line.
 *
 * Every free-text value of a fixture takes a tag of its own (`Vb12q`) followed by a string drawn from the
 * classes the checks keep (markup of every kind, other scripts, decomposed accents, odd spaces, private
 * use). Wherever a tag is printed, the whole value must follow it in all three formats: a value cut,
 * escaped, rewritten or turned into markup shows as a tag without its string. `npm run fuzz` draws more.
 */
import fc from 'fast-check';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { composePack, type DocumentKind } from '../../src/compose/index.js';
import { validateSource, type Diagnostic } from '../../src/spec/index.js';
import { getWriter } from '../../src/writers/index.js';
import { textOf as wordTextOf } from '../writers/docx/docx-parts.js';
import { tablesByColumn } from '../writers/txt/read-text.js';
import { collapse } from '../writers/pdf/read-pdf.js';
import { readTagged } from '../writers/pdf/structure-tree.js';
import { validFixtures } from './pack.js';
import { REFUSED_STRINGS } from './hostile-strings.js';
import { schemaLeaves } from './schema-leaves.js';

const RUNS = Number(process.env.FUZZ_VERBATIM ?? 1);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);

/** Strings the checks keep, one class each. Short words, so no line break falls inside one in the PDF. */
const KEPT = [
  '<script>alert(1)</script>',
  '{{constructor.constructor}} {{> x}}',
  '# heading',
  '**bold** _em_ *x*',
  '[link](https://example.org)',
  '![img](x.png)',
  '::: page-break',
  '| a | b |',
  ']]><![CDATA[ x',
  '&amp; &#x41; &',
  '{#id} `code` > quote',
  '1. item - item',
  'Ωμέγα Жизнь',
  'שלום (123) עמותה',
  'مرحبا بكم',
  '中文名 正面',
  'emoji ❤ ✓',
  'e\u0301te\u0301 de\u0301compose\u0301',
  'no\u00A0break\u202Fnarrow',
  'private \uE123 use',
  'Trust £1,000.00 (2027)',
  '\\ backslash \\n',
  '"quoted" \'single\'',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const FREE_TEXT = new Set(
  schemaLeaves()
    .filter((leaf) => leaf.freeText)
    .map((leaf) => leaf.path),
);

/** The schema path of a value's path: `members[].legal_name`. */
function leafOf(path: Path): string {
  return path.reduce<string>(
    (out, part) => (typeof part === 'number' ? `${out}[]` : out === '' ? part : `${out}.${part}`),
    '',
  );
}

/** Every path to a free-text value of `data`. */
function freeTextPaths(data: Json, prefix: Path = []): Path[] {
  if (typeof data === 'string') return FREE_TEXT.has(leafOf(prefix)) ? [prefix] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => freeTextPaths(item, [...prefix, i]));
  if (data !== null && typeof data === 'object')
    return Object.entries(data).flatMap(([key, value]) => freeTextPaths(value, [...prefix, key]));
  return [];
}

function valueAt(data: Json, path: Path): string {
  return path.reduce<Json>((node, part) => (node as Record<string | number, Json>)[part]!, data) as string;
}

/**
 * The PDF's content text (page furniture, an artifact, left out) without spaces or hyphens: a narrow table
 * column breaks a long word between lines, or hyphenates it, and the reader sees the word whole.
 */
const pdfText = (text: string): string => text.replace(/[\s-]+/g, '');

const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}]/u;

const count = (haystack: string, needle: string): number => haystack.split(needle).length - 1;

/** Where `tag` is printed without the rest of `value` after it, with some text either side. */
function mangled(haystack: string, tag: string, value: string): string[] {
  const out: string[] = [];
  for (let at = haystack.indexOf(tag); at >= 0; at = haystack.indexOf(tag, at + 1)) {
    if (!haystack.startsWith(value, at)) out.push(haystack.slice(Math.max(0, at - 40), at + value.length + 40));
  }
  return out;
}

interface Edited {
  /** The fixture's value. Every string and key equal to it is renamed, as a user would rename it: a
   * period's label is also a key of every `by_period`, a body's name is also a step of the ladder. */
  from: string;
  tag: string;
  value: string;
}

/** `data` with every string and key equal to an edit's `from` replaced by its value. */
function renamed(data: Json, edits: ReadonlyMap<string, Edited>): Json {
  if (typeof data === 'string') return edits.get(data)?.value ?? data;
  if (Array.isArray(data)) return data.map((item) => renamed(item, edits));
  if (data !== null && typeof data === 'object')
    return Object.fromEntries(
      Object.entries(data).map(([key, item]) => [edits.get(key)?.value ?? key, renamed(item, edits)]),
    );
  return data;
}

/** Pointers into `data` of every value equal to `value` and of everything under a key equal to it. */
function pointersOf(data: Json, value: string, prefix = ''): string[] {
  if (data === value) return [prefix];
  const entries: [string, Json][] = Array.isArray(data)
    ? data.map((item, i) => [String(i), item])
    : data !== null && typeof data === 'object'
      ? Object.entries(data)
      : [];
  return entries.flatMap(([key, item]) => {
    const pointer = `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    return key === value ? [pointer] : pointersOf(item, value, pointer);
  });
}

/** Validates `data` with the edits; an edit refused (at its own line) is undone until the rest validate. */
function validWith(original: Json, edits: Edited[], refused: Diagnostic[]) {
  let live = edits;
  for (;;) {
    const data = renamed(original, new Map(live.map((edit) => [edit.from, edit])));
    const result = validateSource(stringify(data), 'verbatim.yaml');
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) return { spec: result.spec!, live };
    const undo = new Set<string>();
    for (const error of errors) {
      const edit = live.find((e) =>
        // An error at a renamed key may point at the object holding it.
        pointersOf(data, e.value).some(
          (p) => error.pointer === p || error.pointer.startsWith(`${p}/`) || p.startsWith(`${error.pointer}/`),
        ),
      );
      expect(edit, `an error not caused by an edit: ${error.pointer} ${error.message}`).toBeDefined();
      expect(error.line, `${error.pointer}: ${error.message}`).toBeGreaterThan(0);
      refused.push(error);
      undo.add(edit!.tag);
    }
    live = live.filter((e) => !undo.has(e.tag));
  }
}

describe('hostile strings in every free-text field', () => {
  const fixtures = validFixtures();
  const tally = { printed: 0, unprinted: 0, refused: 0, refusedClasses: 0 };
  afterAll(() => {
    console.log(
      `verbatim: ${RUNS} run(s) per fixture; values printed verbatim ${tally.printed}, printed nowhere ${tally.unprinted}, ` +
        `refused at their line ${tally.refused}; refused-class strings refused at their field ${tally.refusedClasses}; seed ${SEED}`,
    );
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    'should refuse a string of every refused class in any free-text field of %s, at that field',
    (_name, fixture) => {
      const original = JSON.parse(JSON.stringify(fixture.spec)) as Json;
      const originals = [...new Set(freeTextPaths(original).map((path) => valueAt(original, path)))];
      const edits = originals.map((from, i) => ({
        from,
        tag: `Vb${i}q`,
        value: `Vb${i}q ${REFUSED_STRINGS[i % REFUSED_STRINGS.length]!}`,
      }));
      // `validate` reports the first 50 character problems of a spec (one per value), so the edits go in
      // batches that rename fewer values than that.
      const batches: Edited[][] = [[]];
      let places = 0;
      for (const edit of edits) {
        const more = pointersOf(original, edit.from).length;
        if (places + more > 40 && batches[batches.length - 1]!.length > 0) {
          batches.push([]);
          places = 0;
        }
        batches[batches.length - 1]!.push(edit);
        places += more;
      }
      for (const batch of batches) {
        const data = renamed(original, new Map(batch.map((edit) => [edit.from, edit])));
        const result = validateSource(stringify(data), 'verbatim.yaml');
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        expect(result.spec).toBeNull();
        for (const edit of batch) {
          const at = pointersOf(data, edit.value);
          const found = errors.filter((d) => at.includes(d.pointer) || at.some((p) => p.startsWith(`${d.pointer}/`)));
          expect(found.length, `${edit.value}: ${JSON.stringify(at)}`).toBeGreaterThan(0);
          for (const d of found) expect(d.line, d.message).toBeGreaterThan(0);
        }
        tally.refusedClasses += batch.length;
      }
    },
  );

  it.each(fixtures.map((f) => [f.name, f] as const))(
    'should print every free-text value of %s verbatim in text, Word and PDF, or refuse it at its line',
    async (_name, fixture) => {
      const writers = await Promise.all(['txt', 'docx', 'pdf'].map((format) => getWriter(format)));
      const original = JSON.parse(JSON.stringify(fixture.spec)) as Json;
      const originals = [...new Set(freeTextPaths(original).map((path) => valueAt(original, path)))];
      expect(originals.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.constantFrom(...KEPT), { minLength: originals.length, maxLength: originals.length }),
          async (strings) => {
            const edits = originals.map((from, i) => ({
              from,
              tag: `Vb${i}q`,
              value: `Vb${i}q ${strings[i]!}`,
            }));
            const refused: Diagnostic[] = [];
            const { spec, live } = validWith(original, edits, refused);
            const docs = composePack(spec, spec.meta.documents as DocumentKind[]);
            const printed = new Set<string>();
            for (const doc of docs) {
              const [txt, docx, pdf] = await Promise.all(writers.map((write) => write!(doc, {})));
              const text = collapse(tablesByColumn(new TextDecoder().decode(txt!.bytes)));
              const zip = await JSZip.loadAsync(docx!.bytes);
              const word = collapse(wordTextOf(await zip.file('word/document.xml')!.async('string')));
              const tagged = await readTagged(pdf!.bytes, { logical: true });
              const pages = pdfText(tagged.order.map((id) => tagged.marked.get(id) ?? '').join(' '));
              for (const { tag, value } of live) {
                const times = count(text, `${tag} `);
                if (times === 0) continue;
                printed.add(tag);
                const expected = collapse(value.normalize('NFC'));
                const where = `${doc.name}: ${JSON.stringify(expected)}`;
                expect(mangled(text, tag, expected), `text of ${where}`).toEqual([]);
                expect(count(word, expected), `Word of ${where}`).toBeGreaterThan(0);
                expect(mangled(word, tag, expected), `Word of ${where}`).toEqual([]);
                if (RIGHT_TO_LEFT.test(expected)) {
                  // Extractors rebuild the order of right-to-left phrases from the glyphs' visual order and
                  // cannot always (brackets round digits between Hebrew words come out reversed, from
                  // LibreOffice's PDF of the same Word file too): each word is checked here, the order of
                  // names as written in right-to-left.test.ts.
                  for (const piece of expected.split(' '))
                    expect(pages, `PDF of ${where}`).toContain(pdfText(piece.replace(/[()]/g, '')));
                  continue;
                }
                const inPdf = pdfText(expected);
                expect(count(pages, inPdf), `PDF of ${where}`).toBeGreaterThan(0);
                expect(mangled(pages, tag, inPdf), `PDF of ${where}`).toEqual([]);
              }
            }
            // Most free-text fields print somewhere; a run that finds none has stopped looking.
            expect(printed.size, `${printed.size} of ${live.length} fields printed`).toBeGreaterThan(live.length / 3);
            tally.printed += printed.size;
            tally.unprinted += live.length - printed.size;
            tally.refused += edits.length - live.length;
          },
        ),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
    },
    300_000,
  );
});
