/**
 * What the quality tests read: every valid fixture, validated, and the documents of its
 * `meta.documents` that have a template, composed once per test file (and as text, once).
 *
 * A pack that cannot be composed is kept with its error, so each test can fail naming the fixture and
 * the problem instead of skipping it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableDocuments, composePack } from '../../src/compose/index.js';
import type { Diagnostic } from '../../src/errors.js';
import { PartnershipError } from '../../src/errors.js';
import type { DocumentKind } from '../../src/compose/index.js';
import type { NumberedDocument as Document } from '../../src/model/index.js';
import { validateSource, type PartnershipSpec } from '../../src/spec/index.js';
import { getWriter } from '../../src/writers/index.js';

const VALID = 'fixtures/valid';

/** One valid fixture with the documents composed from it. */
export interface FixturePack {
  name: string;
  spec: PartnershipSpec;
  warnings: Diagnostic[];
  /** The documents of `meta.documents` that have a template, in standard order. */
  kinds: DocumentKind[];
  /** The composed documents, or null when composing failed. */
  docs: Document[] | null;
  /** Why composing failed, in words a template author can act on. */
  error: string | null;
}

let packs: FixturePack[] | null = null;

/** Every valid fixture, validated (a fixture that does not validate throws: it is not a valid fixture). */
export function validFixtures(): { name: string; spec: PartnershipSpec; warnings: Diagnostic[] }[] {
  return readdirSync(VALID)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .sort()
    .map((name) => {
      const file = join(VALID, name);
      const result = validateSource(readFileSync(file, 'utf8'), file);
      if (result.spec === null)
        throw new Error(`${file} is not valid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
      return { name, spec: result.spec, warnings: result.diagnostics.filter((d) => d.severity === 'warning') };
    });
}

/** Every valid fixture with its documents composed (cached). */
export function fixturePacks(): FixturePack[] {
  if (packs !== null) return packs;
  const available = new Set(availableDocuments());
  packs = validFixtures().map(({ name, spec, warnings }) => {
    const kinds = spec.meta.documents.filter((k) => available.has(k)) as DocumentKind[];
    try {
      return { name, spec, warnings, kinds, docs: composePack(spec, kinds, { warnings }), error: null };
    } catch (error) {
      const detail =
        error instanceof PartnershipError && error.diagnostics.length > 0
          ? error.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`).join('; ')
          : String(error);
      return { name, spec, warnings, kinds, docs: null, error: `cannot compose ${kinds.join(', ')}: ${detail}` };
    }
  });
  return packs;
}

/** The composed documents of a pack; throws the composing error so a test fails with it. */
export function docsOf(pack: FixturePack): Document[] {
  if (pack.docs === null) throw new Error(`${pack.name}: ${pack.error}`);
  return pack.docs;
}

/** `[fixture, document]` pairs for `it.each`, one per composed document (or per failed pack). */
export function documentCases(): [string, DocumentKind | 'pack', FixturePack][] {
  return fixturePacks().flatMap((pack): [string, DocumentKind | 'pack', FixturePack][] =>
    pack.docs === null ? [[pack.name, 'pack', pack]] : pack.kinds.map((kind) => [pack.name, kind, pack]),
  );
}

/**
 * `[fixture, file stem, pack, document]` for `it.each`, one per composed document, each instance of a
 * kind included (every advisory group's terms of reference, every party's signature page), or one per
 * failed pack with a null document.
 */
export function everyDocument(): [string, string, FixturePack, Document | null][] {
  return fixturePacks().flatMap((pack): [string, string, FixturePack, Document | null][] =>
    pack.docs === null ? [[pack.name, 'pack', pack, null]] : pack.docs.map((doc) => [pack.name, doc.name, pack, doc]),
  );
}

/** The document of `kind` in a pack. */
export function docOf(pack: FixturePack, kind: DocumentKind | 'pack'): Document {
  const doc = docsOf(pack).find((d) => d.kind === kind);
  if (doc === undefined) throw new Error(`${pack.name}: ${kind} was not composed`);
  return doc;
}

/** The plain-text rendering of a composed document. */
export async function textOf(doc: Document): Promise<string> {
  const writer = await getWriter('txt');
  const { bytes } = await writer(doc, {});
  return new TextDecoder().decode(bytes);
}
