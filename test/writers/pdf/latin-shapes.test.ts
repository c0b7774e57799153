/**
 * The table-driven shaping of common Latin words must give exactly what fontkit's shaper gives, since
 * the PDF writer uses the table for those words and fontkit for every other one: the same glyphs, the
 * same advances and kerning to the last bit, so a document's bytes do not depend on which path set it.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { availableDocuments, composePack, type DocumentKind } from '../../../src/compose/index.js';
import { loadSpec } from '../../../src/spec/index.js';
import { writeText } from '../../../src/writers/txt/index.js';
import { FACES } from '../../../src/writers/pdf/fonts.js';
import { latinShape } from '../../../src/writers/pdf/latin-shapes.js';
import { FONT_METRICS } from '../../../src/writers/pdf/font-metrics.gen.js';
import { shapeWithFontkit } from '../../../src/writers/pdf/measure.js';

/** Every distinct whitespace-separated word of every document of every valid fixture, as text. */
async function fixtureWords(): Promise<string[]> {
  const words = new Set<string>();
  for (const file of readdirSync('fixtures/valid').filter((f) => f.endsWith('.yaml'))) {
    const { spec } = await loadSpec(`fixtures/valid/${file}`);
    const kinds = spec!.meta.documents.filter((k) => availableDocuments().includes(k as DocumentKind));
    for (const doc of composePack(spec!, kinds as DocumentKind[])) {
      const { bytes } = await writeText(doc, {});
      for (const word of new TextDecoder().decode(bytes).split(/\s+/)) if (word !== '') words.add(word);
    }
  }
  return [...words].sort();
}

describe('common Latin words set from the generated table', () => {
  it('should shape every word of every fixture as fontkit does, in every face', async () => {
    const words = await fixtureWords();
    let fromTable = 0;
    for (const face of FACES) {
      for (const word of words) {
        const shape = latinShape(face, word);
        if (shape === null) continue;
        fromTable += 1;
        expect(shape, `${face}: ${word}`).toEqual(shapeWithFontkit(face, word, false));
      }
    }
    // Nearly every word of a document is in the table's characters; a table that matched nothing would
    // make this test pass vacuously.
    expect(fromTable).toBeGreaterThan(0.95 * words.length * FACES.length);
  }, 120_000);

  it('should shape any string of the table characters as fontkit does', () => {
    const characters = FONT_METRICS.regular.glyphs.filter((_, i) => i % 3 === 0);
    const word = fc
      .array(fc.constantFrom(...characters), { minLength: 1, maxLength: 14 })
      .map((cps) => String.fromCharCode(...cps));
    fc.assert(
      fc.property(word, fc.constantFrom(...FACES), (text, face) => {
        expect(latinShape(face, text)).toEqual(shapeWithFontkit(face, text, false));
      }),
      { numRuns: 3000 },
    );
  });

  it('should leave to fontkit any word with a character outside the table', () => {
    for (const word of ['nai\u0308ve', 'Ωmega', 'soft\u00adhyphen', 'x\u200by', '😀', 'נור', 'ﬁne']) {
      expect(latinShape('regular', word), word).toBeNull();
    }
  });
});
