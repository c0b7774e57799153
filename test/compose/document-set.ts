/**
 * Shared by the tests of the document set (terms of reference, meetings protocol, signature pages,
 * instances): every valid fixture loaded through the spec stage, documents composed and written as text,
 * the number a document gives to one of its ids, and an addendum to a fixture written as text.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composePack } from '../../src/compose/index.js';
import type { DocumentKind } from '../../src/compose/index.js';
import { visit, type Document, type NumberedDocument } from '../../src/model/index.js';
import { applyAddendum, renderAddendum } from '../../src/addendum/index.js';
import { loadAddendum, loadSpec, type AddendumSpec, type PartnershipSpec } from '../../src/spec/index.js';
import { getWriter } from '../../src/writers/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const validDir = join(here, '../../fixtures/valid');

/** The valid fixture files, by name. */
export const VALID_FIXTURES = readdirSync(validDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/** The folder golden text files live in. */
export const GOLDEN_DIR = join(here, '__golden__');

/** A valid fixture, loaded and validated. */
export async function loadFixture(name: string): Promise<PartnershipSpec> {
  const result = await loadSpec(join(validDir, name));
  if (!result.spec) throw new Error(`${name} did not load: ${result.diagnostics.map((d) => d.message).join('; ')}`);
  return result.spec;
}

/** The documents of `kinds` composed from `spec`. */
export function compose(spec: PartnershipSpec, kinds: DocumentKind[]): NumberedDocument[] {
  return composePack(spec, kinds);
}

/** A document as plain text. */
export async function asText(doc: NumberedDocument): Promise<string> {
  const writer = await getWriter('txt');
  const { bytes } = await writer(doc, {});
  return new TextDecoder().decode(bytes);
}

/** The number a document gave to the section, clause or item `id`. */
export function numberOf(doc: Document, id: string): string {
  let found: string | undefined;
  visit(doc, (node) => {
    if ((node.type === 'section' || node.type === 'clause') && node.id === id) found = node.number ?? undefined;
  });
  if (found === undefined) throw new Error(`${doc.name} has no numbered ${id}`);
  return found;
}

/** True when a document holds a section or clause `id`. */
export function hasId(doc: Document, id: string): boolean {
  let found = false;
  visit(doc, (node) => {
    if ((node.type === 'section' || node.type === 'clause') && node.id === id) found = true;
  });
  return found;
}

/** A copy of `spec` whose `meta.documents` is `documents`. */
export function withDocuments(spec: PartnershipSpec, documents: DocumentKind[]): PartnershipSpec {
  return { ...spec, meta: { ...spec.meta, documents: documents as PartnershipSpec['meta']['documents'] } };
}

/**
 * The addendum `file` applied to `base` and written as text, whitespace run together; `edit` changes the
 * addendum as read before it is applied.
 */
export async function addendumText(
  base: PartnershipSpec,
  file: string,
  edit: (addendum: AddendumSpec) => void = () => {},
): Promise<string> {
  const read = loadAddendum(file);
  edit(read.addendum!);
  const applied = applyAddendum(read.addendum!, base, { file, locate: read.locate });
  const [rendered] = await renderAddendum({
    addendum: read.addendum!,
    base,
    consolidated: applied.consolidated!,
    out: 'out',
    formats: ['txt'],
    conformed: false,
  });
  return new TextDecoder().decode(rendered!.bytes).replace(/\s+/g, ' ');
}
