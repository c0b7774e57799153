/**
 * TrueType subsetting straight from the font file's bytes: the chosen glyphs' outlines copied as they
 * are (composite glyphs with their components renumbered), and the hinting tables copied whole.
 *
 * fontkit's subsetter decodes every glyph and re-encodes the cvt/fpgm/prep programs value by value,
 * which cost more per document than setting all of its text; copying bytes costs next to nothing.
 * A PDF font program needs only head, hhea, maxp, loca, glyf, hmtx and the hinting tables.
 */

/** Where each table of a TrueType file lies, and the facts subsetting needs. */
export interface FontFile {
  readonly bytes: Buffer;
  readonly tables: ReadonlyMap<string, { offset: number; length: number }>;
  readonly longLoca: boolean;
  readonly numberOfHMetrics: number;
}

/** Reads the table directory of a TrueType file. */
export function readFontFile(bytes: Buffer): FontFile {
  const tables = new Map<string, { offset: number; length: number }>();
  const count = bytes.readUInt16BE(4);
  for (let i = 0; i < count; i += 1) {
    const record = 12 + 16 * i;
    tables.set(bytes.toString('latin1', record, record + 4), {
      offset: bytes.readUInt32BE(record + 8),
      length: bytes.readUInt32BE(record + 12),
    });
  }
  const table = (tag: string): number => {
    const found = tables.get(tag);
    if (found === undefined) throw new Error(`Cannot subset font: table ${tag} missing, expected a TrueType font`);
    return found.offset;
  };
  return {
    bytes,
    tables,
    longLoca: bytes.readInt16BE(table('head') + 50) === 1,
    numberOfHMetrics: bytes.readUInt16BE(table('hhea') + 34),
  };
}

const MORE_COMPONENTS = 0x20;

function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  return sum;
}

function padded(data: Buffer): Buffer {
  return data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
}

/** The glyphs one document uses from one font, in the order it first used them. */
export class GlyphSubset {
  private readonly order: number[] = [0];
  private readonly index = new Map<number, number>([[0, 0]]);

  constructor(private readonly font: FontFile) {}

  /** The glyph's id inside the subset, adding it on first use. */
  include(glyph: number): number {
    let id = this.index.get(glyph);
    if (id === undefined) {
      id = this.order.length;
      this.order.push(glyph);
      this.index.set(glyph, id);
    }
    return id;
  }

  private table(tag: string): Buffer {
    const found = this.font.tables.get(tag);
    return found === undefined ? Buffer.alloc(0) : this.font.bytes.subarray(found.offset, found.offset + found.length);
  }

  private outline(glyph: number): Buffer {
    const loca = this.table('loca');
    const start = this.font.longLoca ? loca.readUInt32BE(glyph * 4) : loca.readUInt16BE(glyph * 2) * 2;
    const end = this.font.longLoca ? loca.readUInt32BE(glyph * 4 + 4) : loca.readUInt16BE(glyph * 2 + 2) * 2;
    const data = Buffer.from(this.table('glyf').subarray(start, end));
    if (data.length === 0 || data.readInt16BE(0) >= 0) return data;
    // A composite: renumber each component, which joins the subset after the glyphs already in it.
    let at = 10;
    for (;;) {
      const flags = data.readUInt16BE(at);
      data.writeUInt16BE(this.include(data.readUInt16BE(at + 2)), at + 2);
      at += 4 + (flags & 0x01 ? 4 : 2) + (flags & 0x08 ? 2 : flags & 0x40 ? 4 : flags & 0x80 ? 8 : 0);
      if (!(flags & MORE_COMPONENTS)) return data;
    }
  }

  /** The subset as a standalone TrueType font program. */
  encode(): Buffer {
    const outlines: Buffer[] = [];
    const metrics: Buffer[] = [];
    const hmtx = this.table('hmtx');
    const long = this.font.numberOfHMetrics;
    for (let i = 0; i < this.order.length; i += 1) {
      const glyph = this.order[i]!;
      outlines.push(padded(this.outline(glyph)));
      const metric = Buffer.alloc(4);
      metric.writeUInt16BE(hmtx.readUInt16BE(4 * Math.min(glyph, long - 1)), 0);
      metric.writeInt16BE(
        glyph < long ? hmtx.readInt16BE(4 * glyph + 2) : hmtx.readInt16BE(4 * long + 2 * (glyph - long)),
        2,
      );
      metrics.push(metric);
    }
    const loca = Buffer.alloc(4 * (outlines.length + 1));
    let offset = 0;
    outlines.forEach((outline, i) => {
      loca.writeUInt32BE(offset, 4 * i);
      offset += outline.length;
    });
    loca.writeUInt32BE(offset, 4 * outlines.length);
    const head = Buffer.from(this.table('head'));
    head.writeUInt32BE(0, 8);
    head.writeInt16BE(1, 50);
    const hhea = Buffer.from(this.table('hhea'));
    hhea.writeUInt16BE(metrics.length, 34);
    const maxp = Buffer.from(this.table('maxp'));
    maxp.writeUInt16BE(outlines.length, 4);
    const tables: [string, Buffer][] = [
      ['cvt ', this.table('cvt ')],
      ['fpgm', this.table('fpgm')],
      ['glyf', Buffer.concat(outlines)],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', Buffer.concat(metrics)],
      ['loca', loca],
      ['maxp', maxp],
      ['prep', this.table('prep')],
    ].filter(([, data]) => (data as Buffer).length > 0) as [string, Buffer][];
    return assemble(tables);
  }
}

/** Writes the offset table, the directory (tags in order) and the tables, and sets head's checksum adjustment. */
function assemble(tables: readonly [string, Buffer][]): Buffer {
  const count = tables.length;
  let entrySelector = 0;
  while (2 ** (entrySelector + 1) <= count) entrySelector += 1;
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(16 * 2 ** entrySelector, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(16 * count - 16 * 2 ** entrySelector, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  let headAt = 0;
  tables.forEach(([tag, data], i) => {
    const body = padded(data);
    header.write(tag, 12 + 16 * i, 'latin1');
    header.writeUInt32BE(checksum(body), 12 + 16 * i + 4);
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(data.length, 12 + 16 * i + 12);
    if (tag === 'head') headAt = offset;
    bodies.push(body);
    offset += body.length;
  });
  const font = Buffer.concat([header, ...bodies]);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}
