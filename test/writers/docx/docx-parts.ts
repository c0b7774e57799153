/**
 * Test support: renders a Document with the docx writer and reads the XML parts of the result, so
 * tests assert on word/document.xml and friends, never on .docx bytes.
 */
import JSZip from 'jszip';
import type { NumberedDocument } from '../../../src/model/index.js';
import { writeDocx } from '../../../src/writers/docx/index.js';

/** The text of every part of a rendered document, by path, with the writer's warnings. */
export interface Rendered {
  parts: Record<string, string>;
  warnings: Awaited<ReturnType<typeof writeDocx>>['warnings'];
  bytes: Uint8Array;
}

/** Reads every entry of a .docx as text. */
export async function readParts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file !== null) parts[name] = await file.async('string');
  }
  return parts;
}

/** Renders `doc` and reads its parts. */
export async function render(doc: NumberedDocument): Promise<Rendered> {
  const { bytes, warnings } = await writeDocx(doc, { file: `${doc.name}.docx` });
  return { parts: await readParts(bytes), warnings, bytes };
}

/** A part that must exist. */
export function part(rendered: Rendered, path: string): string {
  const xml = rendered.parts[path];
  if (xml === undefined) throw new Error(`Cannot find part ${path}, expected it in the package`);
  return xml;
}

/** Undoes XML escaping in text content. */
export function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-fA-F]+);/g, (_m, entity: string) => {
    if (entity === 'lt') return '<';
    if (entity === 'gt') return '>';
    if (entity === 'quot') return '"';
    if (entity === 'apos') return "'";
    if (entity === 'amp') return '&';
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

/** The `w:p` elements of a part, in order. */
export function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p[ >].*?<\/w:p>|<w:p\/>/g) ?? [];
}

/** The visible text of a paragraph or part: `w:t` contents, unescaped, joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescapeXml(m[1] ?? '')).join('');
}
