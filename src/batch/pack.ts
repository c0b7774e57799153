/**
 * One spec's pack: validate, compose the requested documents, and render every format in memory.
 *
 * Nothing is written here; the caller writes the files only when the whole pack rendered, so an invalid
 * spec or a failing template leaves the previous documents untouched.
 */
import { join } from 'node:path';
import { PartnershipError, hasErrors, type Diagnostic } from '../errors.js';
import { loadSpec, type PartnershipSpec } from '../spec/index.js';
import { availableDocuments, composePack, type DocumentKind } from '../compose/index.js';
import { extensionOf, getWriter } from '../writers/index.js';

/** What to produce from one spec. */
export interface PackRequest {
  /** The spec file. */
  file: string;
  /** Output root; files go to `<out>/<spec_id>/<version>/`. */
  out: string;
  formats: readonly string[];
  /** Documents asked for (snake_case kinds), or null for the spec's own `meta.documents`. */
  documents: readonly string[] | null;
  templatesDir?: string;
  /** Warnings stop generation too. */
  strict: boolean;
}

/** One file to write. */
export interface PlannedFile {
  path: string;
  bytes: Uint8Array;
}

/** The outcome: the files to write (empty when `ok` is false) and every diagnostic met on the way. */
export interface PackResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  files: PlannedFile[];
  /** `<out>/<spec_id>/<version>`, once known. */
  folder: string | null;
}

/** Validate, compose and render one spec's documents, in memory. */
export async function renderPack(request: PackRequest): Promise<PackResult> {
  const loaded = await loadSpec(request.file);
  const diagnostics = [...loaded.diagnostics];
  const blocked = hasErrors(diagnostics) || (request.strict && diagnostics.length > 0);
  if (!loaded.spec || blocked) return { ok: false, diagnostics, files: [], folder: null };
  const spec = loaded.spec;
  const kinds = chooseDocuments(spec, request, loaded.locate, diagnostics);
  const folder = join(request.out, spec.meta.spec_id, spec.meta.version);
  try {
    const docs = composePack(spec, kinds, {
      templatesDir: request.templatesDir,
      warnings: diagnostics.filter((d) => d.severity === 'warning'),
      locate: loaded.locate,
      specFile: request.file,
    });
    const files: PlannedFile[] = [];
    for (const doc of docs) {
      for (const format of request.formats) {
        const path = join(folder, `${doc.name}.${extensionOf(format)}`);
        const writer = await getWriter(format);
        const result = await writer(doc, { file: path });
        diagnostics.push(...result.warnings);
        files.push({ path, bytes: result.bytes });
      }
    }
    return { ok: true, diagnostics, files, folder };
  } catch (error) {
    if (error instanceof PartnershipError && error.kind === 'input') {
      diagnostics.push(...error.diagnostics);
      if (error.diagnostics.length === 0) {
        diagnostics.push({
          severity: 'error',
          code: 'template',
          message: error.message,
          file: request.file,
          line: 0,
          column: 0,
          pointer: '',
        });
      }
      return { ok: false, diagnostics, files: [], folder };
    }
    throw error;
  }
}

function chooseDocuments(
  spec: PartnershipSpec,
  request: PackRequest,
  locate: (pointer: string) => { line: number; column: number },
  diagnostics: Diagnostic[],
): DocumentKind[] {
  if (request.documents) return request.documents as DocumentKind[];
  const available: string[] = availableDocuments(request.templatesDir);
  const wanted: string[] = spec.meta.documents;
  const missing = wanted.filter((d) => !available.includes(d));
  if (missing.length > 0) {
    const at = locate('/meta/documents');
    diagnostics.push({
      severity: 'warning',
      code: 'documents',
      message: `Cannot generate ${missing.map((d) => `\`${d}\``).join(', ')} yet: no template; generating ${wanted.filter((d) => available.includes(d)).join(', ') || 'nothing'}`,
      file: request.file,
      line: at.line,
      column: at.column,
      pointer: '/meta/documents',
      hint: `documents with templates: ${available.join(', ')}`,
    });
  }
  return wanted.filter((d) => available.includes(d)) as DocumentKind[];
}
