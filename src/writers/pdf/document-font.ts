/**
 * One face as used by one document: the glyph subset it embeds, the glyph codes its text is written
 * with, and the PDF font objects (Type0 + CIDFontType2, ToUnicode) written when the document ends.
 *
 * This mirrors pdfkit's EmbeddedFont, but over the process-wide font file (fonts.ts), the face's
 * metrics generated at build time (font-metrics.gen.ts) and the cached word shapes (measure.ts), so a
 * document pays only for its own subset, never for parsing or shaping.
 */
import { createHash } from 'node:crypto';
import type PDFDocument from 'pdfkit';
import { FONT_METRICS, type FontDescriptorMetrics } from './font-metrics.gen.js';
import { fontFileFor, type Face } from './fonts.js';
import type { Shape } from './measure.js';
import { GlyphSubset } from './subset.js';
import { toUnicodeCmap } from './to-unicode.js';

/** Formats a number for a content stream: at most two decimals, no exponent, no "-0". */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? '0' : String(rounded);
}

/** The bytes of a literal string that must be escaped: its delimiters, the escape, and a bare CR (read as LF). */
const ESCAPED: Readonly<Record<number, string>> = { 0x28: '\\(', 0x29: '\\)', 0x5c: '\\\\', 0x0d: '\\r' };

/**
 * A CID as the two bytes of a literal string, one Latin-1 character per byte (pdfkit writes content as
 * Latin-1). Hex strings spend four characters on each glyph; this spends two, which halves the glyph
 * data of a page, and with it most of the time spent compressing the page.
 */
function codeBytes(cid: number): string {
  const high = cid >> 8;
  const low = cid & 0xff;
  return (ESCAPED[high] ?? String.fromCharCode(high)) + (ESCAPED[low] ?? String.fromCharCode(low));
}

/** A face bound to one PDF document. */
export class DocumentFont {
  /** Resource name inside the PDF (`F1`…), fixed per face so output never depends on use order. */
  readonly id: string;
  private readonly font: FontDescriptorMetrics;
  private readonly subset: GlyphSubset;
  /** Code (CID, as the bytes of a literal string) of each glyph-and-characters pair the text has used. */
  private readonly codes = new Map<string, string>();
  /** Per CID: the glyph inside the subset it draws, its width and the characters it stands for. */
  private readonly glyphOfCode: number[] = [0];
  private readonly widths: number[];
  private readonly unicode: number[][] = [[0xfffd]];
  private readonly encoded = new Map<Shape, string>();
  private dictionary: PDFKit.PDFKitReference | null = null;

  constructor(
    private readonly doc: typeof PDFDocument.prototype,
    readonly face: Face,
    id: string,
  ) {
    this.id = id;
    this.font = FONT_METRICS[face].descriptor;
    this.subset = new GlyphSubset(fontFileFor(face));
    this.widths = [0];
  }

  /**
   * The code of one glyph of a shape. Codes are CIDs mapped to subset glyphs by a CIDToGIDMap rather
   * than the glyph ids themselves, so that one glyph drawn for two characters (µ and μ share one in
   * DejaVu) gets two codes, and each copies out as the character that was set.
   */
  private code(shape: Shape, index: number): string {
    const glyph = shape.glyphIds[index]!;
    const characters = shape.codePoints[index]!;
    const key = `${glyph}:${characters.join(',')}`;
    let code = this.codes.get(key);
    if (code === undefined) {
      const cid = this.glyphOfCode.length;
      this.glyphOfCode.push(this.subset.include(glyph));
      this.widths.push(shape.advances[index]!);
      this.unicode.push(characters);
      code = codeBytes(cid);
      this.codes.set(key, code);
    }
    return code;
  }

  /**
   * The word as elements of a TJ array: glyph codes with the kerning between them. Marks displaced
   * vertically (never produced by NFC Latin, Greek or Cyrillic) close the array to set a text rise.
   */
  encode(shape: Shape, size: number): string {
    if (shape.offsets !== null) return this.encodeDisplaced(shape, size);
    let found = this.encoded.get(shape);
    if (found !== undefined) return found;
    let out = '(';
    for (let i = 0; i < shape.glyphIds.length; i += 1) {
      out += this.code(shape, i);
      const kern = shape.kerns?.[i] ?? 0;
      if (kern !== 0 && i < shape.glyphIds.length - 1) out += `)${num(-kern)}(`;
    }
    found = `${out})`;
    this.encoded.set(shape, found);
    return found;
  }

  private encodeDisplaced(shape: Shape, size: number): string {
    let out = '';
    shape.glyphIds.forEach((_, i) => {
      const offset = shape.offsets![i]!;
      const kern = shape.kerns?.[i] ?? 0;
      if (offset.x !== 0 || offset.y !== 0) {
        out += `${num(-offset.x)}] TJ ${num((offset.y * size) / 1000)} Ts [(${this.code(shape, i)})] TJ 0 Ts [${num(offset.x - kern)}`;
      } else {
        out += `(${this.code(shape, i)})${kern !== 0 ? num(-kern) : ''}`;
      }
    });
    return out;
  }

  /** The font's resource reference, for a page that uses it. */
  resource(): PDFKit.PDFKitReference {
    const dictionary = this.dictionary ?? this.doc.ref({});
    this.dictionary = dictionary;
    return dictionary;
  }

  /** Writes the subset and its font dictionaries, when some page used the face. */
  embed(): void {
    if (this.dictionary === null) return;
    const font = this.font;
    const scale = 1000 / font.unitsPerEm;
    const bytes = this.subset.encode();
    const tag = subsetTag(this.face, [...this.codes.keys()]);
    const name = `${tag}+${font.postscriptName.replaceAll(' ', '_')}`;
    const fontFile = this.doc.ref({});
    fontFile.end(bytes);
    const { familyClass } = font;
    let flags = 1 << 2;
    if (font.fixedPitch) flags |= 1 << 0;
    if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
    if (familyClass === 10) flags |= 1 << 3;
    if (font.italic) flags |= 1 << 6;
    const { bbox } = font;
    const descriptor = this.doc.ref({
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags,
      FontBBox: [bbox.minX * scale, bbox.minY * scale, bbox.maxX * scale, bbox.maxY * scale],
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent * scale,
      Descent: font.descent * scale,
      CapHeight: font.capHeight * scale,
      XHeight: font.xHeight * scale,
      StemV: 0,
      FontFile2: fontFile,
    });
    descriptor.end(undefined);
    const cidToGidMap = this.doc.ref({});
    const map = Buffer.alloc(this.glyphOfCode.length * 2);
    this.glyphOfCode.forEach((gid, cid) => map.writeUInt16BE(gid, cid * 2));
    cidToGidMap.end(map);
    const descendant = this.doc.ref({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, this.widths],
      CIDToGIDMap: cidToGidMap,
    });
    descendant.end(undefined);
    const toUnicode = this.doc.ref({});
    toUnicode.end(toUnicodeCmap(this.unicode));
    Object.assign(this.dictionary.data, {
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: name,
      Encoding: 'Identity-H',
      DescendantFonts: [descendant],
      ToUnicode: toUnicode,
    });
    this.dictionary.end(undefined);
  }
}

/** Six capitals naming the subset, from its glyphs, so equal subsets get equal tags in any process. */
function subsetTag(face: Face, glyphs: readonly string[]): string {
  const digest = createHash('sha256').update(face).update(glyphs.join(';')).digest();
  let tag = '';
  for (let i = 0; i < 6; i += 1) tag += String.fromCharCode(65 + (digest[i]! % 26));
  return tag;
}
