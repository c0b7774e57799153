/**
 * Decodes spec bytes as strict UTF-8, and finds the first invalid byte when decoding fails.
 *
 * A spec saved in Latin-1 or Windows-1252 (a pound sign from a spreadsheet, say) must be a located
 * error, not silently replaced characters that would then appear verbatim in a signed agreement.
 */
import { lineColumnAt, type Position } from './line-column.js';

/** The decoded text, or the place of the first byte that is not UTF-8 (and the UTF-16 it looks like, if it does). */
export type DecodeResult =
  { ok: true; text: string } | { ok: false; position: Position; byte: number; utf16?: 'little-endian' | 'big-endian' };

/**
 * Which UTF-16 the bytes look like: a byte-order mark, or (without one) ASCII text whose every other
 * byte is zero, as a spec saved as "Unicode" by Windows tools is.
 */
export function looksLikeUtf16(bytes: Uint8Array): 'little-endian' | 'big-endian' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  const sample = Math.min(bytes.length, 256) & ~1;
  if (sample < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = sample / 2;
  if (oddZeros >= pairs * 0.8 && evenZeros === 0) return 'little-endian';
  if (evenZeros >= pairs * 0.8 && oddZeros === 0) return 'big-endian';
  return undefined;
}

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes `bytes` as UTF-8 (a leading byte-order mark is dropped).
 * @param bytes the raw file contents
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const utf16 = looksLikeUtf16(bytes);
  if (utf16 !== undefined) return { ok: false, position: { line: 1, column: 1 }, byte: bytes[0] ?? 0, utf16 };
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    const offset = firstInvalidByte(bytes);
    // Everything before the bad byte is valid, so its decoded length gives the column.
    const before = strict.decode(bytes.subarray(0, offset));
    return { ok: false, position: lineColumnAt(before, before.length), byte: bytes[offset] ?? 0 };
  }
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The allowed range of the second byte, which rules out overlong forms, surrogates and > U+10FFFF. */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * Offset of the first byte that starts an invalid UTF-8 sequence (the WHATWG decoder's rules).
 * @param bytes raw bytes known to hold at least one invalid sequence
 */
export function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] as number;
    const length = sequenceLength(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      const [low, high] = k === 1 ? secondByteRange(lead) : [0x80, 0xbf];
      if (next === undefined || next < low || next > high) return i;
    }
    i += length;
  }
  return bytes.length;
}
