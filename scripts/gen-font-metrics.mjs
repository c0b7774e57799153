// Generates src/writers/pdf/font-metrics.gen.ts: for each face of the PDF's bundled font, the metrics its
// font descriptor records, and the glyph and advance of every character of the common Latin set below
// and the kerning of every pair of them, all as fontkit reads and shapes them (with the writer's
// features: ligatures off). Reading the descriptor's metrics through fontkit decoded whole tables (the
// `post` table's 6,000 glyph names) in every cold run. The PDF writer sets
// a word made only of these characters from the table instead of running fontkit's shaper, which was
// most of a cold `generate`'s time (parsing GSUB/GPOS, then ~90 µs a word); any other word is shaped by
// fontkit as before. Every pair is laid out here and any pair that is not two plain glyphs (a
// substitution, a mark offset) fails the script, so the table holds only what is exactly pairwise.
// `--check` compares instead of writing.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fontkit from 'fontkit';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ttf = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const target = join(root, 'src/writers/pdf/font-metrics.gen.ts');

// The writer's features (measure.ts): ligatures off.
const FEATURES = { liga: false, clig: false, dlig: false, hlig: false };
const FACES = {
  regular: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  italic: 'DejaVuSans-Oblique.ttf',
  boldItalic: 'DejaVuSans-BoldOblique.ttf',
};

// Printable ASCII and the space, Latin-1 (no-break space included, soft hyphen not: it is default-ignorable),
// Latin Extended-A, and the punctuation and symbols documents set: dashes, typographic quotes, bullet,
// ellipsis, euro, trade mark.
const CHARACTERS = [];
for (let cp = 0x20; cp <= 0x7e; cp += 1) CHARACTERS.push(cp);
for (let cp = 0xa0; cp <= 0x17f; cp += 1) if (cp !== 0xad) CHARACTERS.push(cp);
CHARACTERS.push(0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac, 0x2122);

const lines = [];
for (const [face, file] of Object.entries(FACES)) {
  const font = fontkit.create(readFileSync(join(ttf, file)));
  const glyph = new Map(CHARACTERS.map((cp) => [cp, font.glyphForCodePoint(cp)]));
  for (const [cp, g] of glyph) {
    if (g.id === 0) throw new Error(`${file}: no glyph for U+${cp.toString(16)}`);
    const run = font.layout(String.fromCodePoint(cp), FEATURES, undefined, undefined, 'ltr');
    const [p] = run.positions;
    if (run.glyphs.length !== 1 || run.glyphs[0].id !== g.id || p.xAdvance !== g.advanceWidth || p.xOffset || p.yOffset)
      throw new Error(`${file}: U+${cp.toString(16)} is not one plain glyph when shaped`);
  }
  const kerns = [];
  for (const a of CHARACTERS) {
    for (const b of CHARACTERS) {
      const run = font.layout(String.fromCodePoint(a, b), FEATURES, undefined, undefined, 'ltr');
      const [pa, pb] = run.positions;
      const plain =
        run.glyphs.length === 2 &&
        run.glyphs[0].id === glyph.get(a).id &&
        run.glyphs[1].id === glyph.get(b).id &&
        pb.xAdvance === glyph.get(b).advanceWidth &&
        run.positions.every((p) => p.xOffset === 0 && p.yOffset === 0 && p.yAdvance === 0);
      if (!plain)
        throw new Error(`${file}: U+${a.toString(16)} U+${b.toString(16)} is not two plain glyphs when shaped`);
      const kern = pa.xAdvance - glyph.get(a).advanceWidth;
      if (kern !== 0) kerns.push(a, b, kern);
    }
  }
  const flat = (values, per) => {
    const out = [];
    for (let i = 0; i < values.length; i += per * 5) out.push(`    ${values.slice(i, i + per * 5).join(', ')},`);
    return out.join('\n');
  };
  const descriptor = {
    postscriptName: font.postscriptName,
    unitsPerEm: font.unitsPerEm,
    ascent: font.ascent,
    descent: font.descent,
    // What a descriptor records when the OS/2 table has no cap or x height (DejaVu's has neither).
    capHeight: font.capHeight || font.ascent,
    xHeight: font.xHeight || 0,
    italicAngle: font.italicAngle,
    bbox: { minX: font.bbox.minX, minY: font.bbox.minY, maxX: font.bbox.maxX, maxY: font.bbox.maxY },
    fixedPitch: Boolean(font.post.isFixedPitch),
    familyClass: (font['OS/2']?.sFamilyClass ?? 0) >> 8,
    italic: Boolean(font.head.macStyle.italic),
  };
  lines.push(
    `  ${face}: {`,
    `    descriptor: {`,
    ...Object.entries(descriptor).map(
      ([key, value]) =>
        `      ${key}: ${JSON.stringify(value)
          .replace(/"([a-zA-Z]+)":/g, '$1: ')
          .replace(/,/g, ', ')
          .replace(/"/g, "'")},`,
    ),
    `    },`,
    `    unitsPerEm: ${font.unitsPerEm},`,
    `    // code point, glyph id, advance (font units)`,
    `    glyphs: [`,
    flat(
      CHARACTERS.flatMap((cp) => [cp, glyph.get(cp).id, glyph.get(cp).advanceWidth]),
      3,
    ).replace(/^/gm, '  '),
    `    ],`,
    `    // first code point, second code point, kerning between them (font units): ${kerns.length / 3} pairs`,
    `    kerns: [`,
    flat(kerns, 3).replace(/^/gm, '  '),
    `    ],`,
    `  },`,
  );
}
const version = JSON.parse(readFileSync(require.resolve('dejavu-fonts-ttf/package.json'), 'utf8')).version;
const fontkitVersion = JSON.parse(readFileSync(join(root, 'node_modules/fontkit/package.json'), 'utf8')).version;
const text = `/**
 * Each face of DejaVu Sans ${version}: the metrics of its PDF font descriptor, and the glyphs, advances and
 * pair kerning of ${CHARACTERS.length} common Latin characters as fontkit ${fontkitVersion} shapes them with
 * ligatures off: generated by \`node scripts/gen-font-metrics.mjs\` from the bundled font files; do not edit.
 */
import type { Face } from './fonts.js';

/** What a PDF font descriptor says of a face, in font units. */
export interface FontDescriptorMetrics {
  postscriptName: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  fixedPitch: boolean;
  /** The OS/2 table's sFamilyClass, class byte only. */
  familyClass: number;
  italic: boolean;
}

export interface FontMetrics {
  descriptor: FontDescriptorMetrics;
  unitsPerEm: number;
  glyphs: readonly number[];
  kerns: readonly number[];
}

export const FONT_METRICS: Readonly<Record<Face, FontMetrics>> = {
${lines.join('\n')}
};
`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error(`${target} is stale: run node scripts/gen-font-metrics.mjs`);
    process.exit(1);
  }
} else writeFileSync(target, text);
