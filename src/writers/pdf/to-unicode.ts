/**
 * The ToUnicode CMap of an embedded font: which characters each glyph code stands for, so that text
 * copied or searched in a reader comes out as the characters that were set.
 */

/** A 16-bit value as four hex digits. */
export function hex4(value: number): string {
  return value.toString(16).padStart(4, '0');
}

function utf16(codePoints: readonly number[]): string {
  return codePoints
    .map((cp) => (cp > 0xffff ? `${hex4(0xd800 + ((cp - 0x10000) >> 10))}${hex4(0xdc00 + (cp & 0x3ff))}` : hex4(cp)))
    .join('');
}

/** The ToUnicode CMap that makes each glyph extract as the characters it was set from. */
export function toUnicodeCmap(unicode: readonly number[][]): string {
  const ranges: string[] = [];
  for (let start = 0; start < unicode.length; start += 256) {
    const end = Math.min(start + 256, unicode.length);
    const entries = unicode.slice(start, end).map((cps) => `<${utf16(cps ?? [0])}>`);
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.join(' ')}]`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000><ffff>',
    'endcodespacerange',
    `${ranges.length} beginbfrange`,
    ...ranges,
    'endbfrange',
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
