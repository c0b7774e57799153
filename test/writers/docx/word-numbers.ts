/**
 * Test support: the numbers Word shows, worked out from numbering.xml and document.xml as Word counts
 * them (each w:num its own counters, starting at the level's start; a paragraph resets the deeper
 * levels), keyed by the bookmarks of the numbered paragraphs.
 */
import { paragraphsOf } from './docx-parts.js';

interface Level {
  start: number;
  format: string;
  text: string;
}

function formatNumber(n: number, format: string): string {
  const letters = (k: number): string =>
    k <= 0 ? '' : letters(Math.floor((k - 1) / 26)) + String.fromCharCode(97 + ((k - 1) % 26));
  const roman = (k: number): string => {
    const table: [number, string][] = [
      [1000, 'm'],
      [900, 'cm'],
      [500, 'd'],
      [400, 'cd'],
      [100, 'c'],
      [90, 'xc'],
      [50, 'l'],
      [40, 'xl'],
      [10, 'x'],
      [9, 'ix'],
      [5, 'v'],
      [4, 'iv'],
      [1, 'i'],
    ];
    let rest = k;
    let out = '';
    for (const [value, digits] of table)
      while (rest >= value) {
        out += digits;
        rest -= value;
      }
    return out;
  };
  switch (format) {
    case 'decimal':
      return String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      throw new Error(`Cannot format a number as ${format}`);
  }
}

/** Level definitions by numId, read from numbering.xml (levels from the abstractNum, starts from overrides). */
export function levelsByNum(numberingXml: string): Map<string, Level[]> {
  const abstracts = new Map<string, Level[]>();
  for (const m of numberingXml.matchAll(/<w:abstractNum w:abstractNumId="(\d+)".*?<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const lvl of m[0].matchAll(/<w:lvl w:ilvl="(\d+)".*?<\/w:lvl>/g)) {
      levels[Number(lvl[1])] = {
        start: Number(/<w:start w:val="(\d+)"/.exec(lvl[0])?.[1] ?? '1'),
        format: /<w:numFmt w:val="([^"]+)"/.exec(lvl[0])?.[1] ?? 'decimal',
        text: /<w:lvlText w:val="([^"]*)"/.exec(lvl[0])?.[1] ?? '',
      };
    }
    abstracts.set(m[1] as string, levels);
  }
  const nums = new Map<string, Level[]>();
  for (const m of numberingXml.matchAll(/<w:num w:numId="(\d+)"[^>]*>.*?<\/w:num>/g)) {
    const abstractId = /<w:abstractNumId w:val="(\d+)"/.exec(m[0])?.[1] ?? '';
    const levels = (abstracts.get(abstractId) ?? []).map((level) => ({ ...level }));
    for (const o of m[0].matchAll(/<w:lvlOverride w:ilvl="(\d+)">\s*<w:startOverride w:val="(\d+)"/g)) {
      const level = levels[Number(o[1])];
      if (level) level.start = Number(o[2]);
    }
    nums.set(m[1] as string, levels);
  }
  return nums;
}

/** What Word shows before each bookmarked numbered paragraph, by bookmark name. */
export function wordNumbers(documentXml: string, numberingXml: string): Map<string, string> {
  const nums = levelsByNum(numberingXml);
  const counters = new Map<string, (number | undefined)[]>();
  const shown = new Map<string, string>();
  for (const p of paragraphsOf(documentXml)) {
    const numPr = /<w:numPr><w:ilvl w:val="(\d+)"\/><w:numId w:val="(\d+)"\/><\/w:numPr>/.exec(p);
    if (!numPr) continue;
    const ilvl = Number(numPr[1]);
    const numId = numPr[2] as string;
    const levels = nums.get(numId) ?? [];
    const count = counters.get(numId) ?? [];
    count[ilvl] = (count[ilvl] ?? (levels[ilvl]?.start ?? 1) - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper += 1) count[deeper] = undefined;
    counters.set(numId, count);
    const level = levels[ilvl];
    if (!level || level.format === 'bullet') continue;
    const text = level.text.replace(/%(\d)/g, (_m, k: string) => {
      const index = Number(k) - 1;
      const at = levels[index];
      return formatNumber(count[index] ?? at?.start ?? 1, at?.format ?? 'decimal');
    });
    for (const b of p.matchAll(/<w:bookmarkStart [^>]*w:name="([^"]+)"/g)) shown.set(b[1] as string, text);
  }
  return shown;
}
