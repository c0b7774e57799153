/**
 * Makes the .docx zip reproducible: every entry's modification time becomes the document's date at
 * 00:00, whatever the clock and time zone of the render.
 *
 * docx zips its parts in a fixed order with fflate, which stamps each entry with the current local
 * time. The DOS date and time fields of each local header and central-directory record are rewritten
 * in place, which leaves the compressed data (and its checksums) untouched and costs no recompression.
 */
import { PartnershipError } from '../../errors.js';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** The end record is 22 bytes plus a comment of up to 65535. */
const MAX_END_SEARCH = 22 + 0xffff;

/** The DOS date of an ISO `YYYY-MM-DD` day (time 00:00:00 is DOS time 0). */
export function dosDate(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const year = Number(match?.[1]);
  if (!match || year < 1980 || year > 2107) {
    throw new PartnershipError('internal', `Cannot date a Word document ${JSON.stringify(isoDate)}, expected YYYY-MM-DD from 1980 to 2107`);
  }
  return ((year - 1980) << 9) | (Number(match[2]) << 5) | Number(match[3]);
}

function corrupt(what: string): PartnershipError {
  return new PartnershipError('internal', `Cannot set the dates of the .docx zip: ${what}`);
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = Math.max(0, view.byteLength - MAX_END_SEARCH);
  for (let at = view.byteLength - 22; at >= last; at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw corrupt('no end of central directory record');
}

/** `zip` with every entry dated `isoDate` 00:00:00; the bytes are changed in place and returned. */
export function dateZipEntries(zip: Uint8Array, isoDate: string): Uint8Array {
  const date = dosDate(isoDate);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw corrupt(`no central directory record ${i + 1}`);
    view.setUint16(at + 12, 0, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw corrupt(`no local header for entry ${i + 1}`);
    view.setUint16(local + 10, 0, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
