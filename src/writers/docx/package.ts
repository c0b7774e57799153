/**
 * The .docx package: parts as docx compressed them, with the parts a document writes itself put in
 * their places, zipped reproducibly.
 *
 * docx zips its parts in a fixed order, each stamped with the current local time. The zip is rebuilt
 * here in the same order: a part kept keeps docx's compressed bytes and checksum, a part replaced is
 * compressed again at docx's level with Node's zlib, and every entry is dated the document's date at
 * 00:00, whatever the clock and time zone of the render. Node's zlib, not the fflate docx zips with:
 * it compresses a large agreement's document part in 7 ms where fflate takes 40 ms warm and 70 ms in a
 * fresh process; the PDF's streams are compressed with it too, and `npm run verify:node-lines` checks
 * that every supported Node line writes the same bytes.
 */
import { inflateSync, strFromU8 } from 'fflate';
import { crc32, deflateRawSync } from 'node:zlib';
import { PartnershipError } from '../../errors.js';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of up to 65535. */
const MAX_END_SEARCH = 22 + 0xffff;
const DEFLATE = 8;
/** Zip spec version 2.0: deflate. */
const VERSION = 20;

/** One entry of a zip: its name and compressed data, with what the headers say about them. */
export interface Entry {
  /** The name as text (a part's path). */
  path: string;
  name: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  size: number;
  data: Uint8Array;
}

function corrupt(what: string): PartnershipError {
  return new PartnershipError('internal', `Cannot repackage the .docx: ${what}`);
}

/** The DOS date of an ISO `YYYY-MM-DD` day (time 00:00:00 is DOS time 0). */
export function dosDate(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const year = Number(match?.[1]);
  if (!match || year < 1980 || year > 2107) {
    throw new PartnershipError(
      'internal',
      `Cannot date a Word document ${JSON.stringify(isoDate)}, expected YYYY-MM-DD from 1980 to 2107`,
    );
  }
  return ((year - 1980) << 9) | (Number(match[2]) << 5) | Number(match[3]);
}

/** The entries of `zip` in central-directory order. */
export function readEntries(zip: Uint8Array): Entry[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = -1;
  for (let at = zip.byteLength - 22; at >= Math.max(0, zip.byteLength - MAX_END_SEARCH); at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw corrupt('no end of central directory record');
  const entries: Entry[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = view.getUint16(end + 10, true); i > 0; i -= 1) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw corrupt('a central directory record is missing');
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw corrupt('a local header is missing');
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressed = view.getUint32(at + 20, true);
    const name = zip.subarray(at + 46, at + 46 + nameLength);
    entries.push({
      path: strFromU8(name),
      name,
      flags: view.getUint16(at + 8, true) & ~0x8,
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      size: view.getUint32(at + 24, true),
      data: zip.subarray(start, start + compressed),
    });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** A zip of `entries` in order, each dated `date` (DOS) at 00:00. */
function writeZip(entries: readonly Entry[], date: number): Uint8Array {
  const localSize = entries.reduce((sum, e) => sum + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let central = localSize;
  for (const e of entries) {
    const common = (offset: number) => {
      view.setUint16(offset, e.flags, true);
      view.setUint16(offset + 2, e.method, true);
      view.setUint16(offset + 4, 0, true);
      view.setUint16(offset + 6, date, true);
      view.setUint32(offset + 8, e.crc, true);
      view.setUint32(offset + 12, e.data.length, true);
      view.setUint32(offset + 16, e.size, true);
      view.setUint16(offset + 20, e.name.length, true);
    };
    view.setUint32(central, CENTRAL_HEADER, true);
    view.setUint16(central + 4, VERSION, true);
    view.setUint16(central + 6, VERSION, true);
    common(central + 8);
    view.setUint32(central + 42, at, true);
    out.set(e.name, central + 46);
    central += 46 + e.name.length;
    view.setUint32(at, LOCAL_HEADER, true);
    view.setUint16(at + 4, VERSION, true);
    common(at + 6);
    out.set(e.name, at + 30);
    out.set(e.data, at + 30 + e.name.length);
    at += 30 + e.name.length + e.data.length;
  }
  view.setUint32(central, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}

/** The XML text of `entry`. */
export function entryText(entry: Entry): string {
  return strFromU8(
    entry.method === DEFLATE ? inflateSync(entry.data, { out: new Uint8Array(entry.size) }) : entry.data,
  );
}

/** `entry` holding `xml` instead, compressed. */
function replaced(entry: Entry, xml: string): Entry {
  const bytes = Buffer.from(xml, 'utf8');
  return {
    ...entry,
    method: DEFLATE,
    crc: crc32(bytes) >>> 0,
    size: bytes.length,
    data: deflateRawSync(bytes, { level: 6 }),
  };
}

/**
 * The package of `entries` in their order, each part named in `parts` (path → XML) holding that XML,
 * every entry dated `isoDate` at 00:00.
 */
export function packageWith(
  entries: readonly Entry[],
  parts: ReadonlyMap<string, string>,
  isoDate: string,
): Uint8Array {
  const date = dosDate(isoDate);
  for (const path of parts.keys()) if (!entries.some((entry) => entry.path === path)) throw corrupt(`no ${path}`);
  return writeZip(
    entries.map((entry) => {
      const xml = parts.get(entry.path);
      return xml === undefined ? entry : replaced(entry, xml);
    }),
    date,
  );
}
