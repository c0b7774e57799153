/**
 * Reads a rendered PDF back with pdfjs for tests: the text of each page, the outline, link
 * annotations, destinations and document properties, as a reader application would see them.
 */
import { execFileSync } from 'node:child_process';
import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** What a reader sees in a PDF. */
export interface ReadPdf {
  /** Text of each page, one line per text line, items of a line joined as extracted. */
  pages: string[];
  /** Text items of each page with their left edge, baseline (from the page top) and width. */
  items: TextItem[][];
  /** Outline entries: title, destination name and children. */
  outline: OutlineEntry[];
  /** Link annotations per page: the destination each points at. */
  links: { page: number; dest: string; rect: number[] }[];
  /** Named destinations in the file. */
  destinations: string[];
  /** The info dictionary. */
  info: Record<string, unknown>;
}

/** One run of text as placed on a page. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

/** One outline entry. */
export interface OutlineEntry {
  title: string;
  dest: string;
  items: OutlineEntry[];
}

interface PdfjsOutline {
  title: string;
  dest: string | unknown[] | null;
  items: PdfjsOutline[];
}

function entries(items: readonly PdfjsOutline[]): OutlineEntry[] {
  return items.map((item) => ({ title: item.title, dest: String(item.dest), items: entries(item.items) }));
}

/** Parses `bytes` with pdfjs. */
export async function readPdf(bytes: Uint8Array): Promise<ReadPdf> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  const items: TextItem[][] = [];
  const links: ReadPdf['links'] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const content = await page.getTextContent({ disableNormalization: true });
    const height = page.getViewport({ scale: 1 }).height;
    let text = '';
    const placed: TextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
      if (item.str.trim() !== '')
        placed.push({ str: item.str, x: item.transform[4], y: height - item.transform[5], width: item.width });
    }
    pages.push(text);
    items.push(placed);
    for (const annotation of await page.getAnnotations()) {
      if (annotation.subtype === 'Link')
        links.push({ page: number, dest: String(annotation.dest), rect: annotation.rect });
    }
  }
  const outline = entries(((await pdf.getOutline()) ?? []) as PdfjsOutline[]);
  const destinations = Object.keys(await pdf.getDestinations());
  const info = (await pdf.getMetadata()).info as Record<string, unknown>;
  await pdf.destroy();
  return { pages, items, outline, links, destinations, info };
}

/** Runs of whitespace as one space, ends trimmed: how tests compare set text with its source. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** True when a command-line tool is on the PATH. */
export function has(tool: string): boolean {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Every Flate-compressed stream of the file, inflated, as Latin-1 text (page contents among them). */
export function inflatedStreams(bytes: Uint8Array): string[] {
  const file = Buffer.from(bytes);
  const text = file.toString('latin1');
  const out: string[] = [];
  const pattern = /\/Length (\d+)[^]*?>>\s*stream\n/g;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const start = match.index + match[0].length;
    try {
      out.push(inflateSync(file.subarray(start, start + Number(match[1]))).toString('latin1'));
    } catch {
      // Not Flate-compressed (the XMP packet): not a page content stream.
    }
  }
  return out;
}
