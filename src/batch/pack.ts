/**
 * One spec's pack, as a pure function of (spec source, templates, options): validate, compose the
 * requested documents, and render every format in memory. Nothing is read but the templates and nothing
 * is written, so the same job runs in a worker thread, in this process, or on another machine.
 *
 * The caller writes the files only when the whole pack rendered, so an invalid spec or a failing template
 * leaves the previous documents untouched.
 */
import { PartnershipError, hasErrors, type Diagnostic } from '../errors.js';
import { validateSource, type PartnershipSpec } from '../spec/index.js';
import { availableDocuments, composePack, type DocumentKind } from '../compose/index.js';
import { extensionOf, getWriter } from '../writers/index.js';
import { countPdfPages } from './pdf-pages.js';

/** What to produce from one spec. */
export interface PackJob {
  /** The spec file as the user named it (diagnostics and the manifest say this). */
  file: string;
  /** The spec file's bytes. */
  source: Uint8Array;
  formats: readonly string[];
  /** Documents asked for (snake_case kinds), or null for the spec's own `meta.documents`. */
  documents: readonly string[] | null;
  templatesDir?: string;
  /** Warnings stop generation too. */
  strict: boolean;
  /** Render each document's reviewer copy too, as `<document>-review.<ext>`. */
  review?: boolean;
}

/** One rendered file. */
export interface RenderedFile {
  /** File name inside the pack folder, e.g. `partnership-agreement.pdf`. */
  name: string;
  /** The document's file stem. */
  document: string;
  format: string;
  bytes: Uint8Array;
  /** PDF pages; null for other formats. */
  pages: number | null;
}

/** The outcome: the files (empty when `ok` is false) and every diagnostic met on the way. */
export interface PackResult<File = RenderedFile> {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** `meta.spec_id` and `meta.version`, once the spec is valid: the pack folder is `<out>/<spec_id>/<version>/`. */
  specId: string | null;
  version: string | null;
  /** Where `meta.spec_id` is in the source, for problems with the pack as a whole. */
  idAt?: { line: number; column: number };
  files: File[];
}

type Validated = ReturnType<typeof validateSource>;

/**
 * Validations a check made in this process, kept for the render of the same job, which then need not
 * validate the same bytes again (a fifth of a cold single-spec run's validation time). Keyed by the
 * job's bytes themselves, as the in-process runner passes them; a worker gets a copy and never hits.
 * One is kept: a batch checks every spec before it renders the first, so only the last check's result
 * is ever used, and each kept validation is a parsed spec with its line map. Sixteen were kept before,
 * which in each worker of a pool was some megabytes of live heap never read, and more work for the
 * collector of a worker's capped heap (200 specs at 2 workers: 70 → 66 CPU-s, 455 → 436 MB).
 */
const checked = new Map<Uint8Array, { file: string; loaded: Validated }>();
const MAX_CHECKED = 1;

function validateOnce(job: PackJob): Validated {
  const kept = checked.get(job.source);
  checked.delete(job.source);
  return kept !== undefined && kept.file === job.file ? kept.loaded : validateSource(job.source, job.file);
}

/** Validate one spec only: its diagnostics, and its id and version when it may be generated. */
export function checkPack(job: PackJob): PackResult<never> {
  const loaded = validateSource(job.source, job.file);
  if (checked.size >= MAX_CHECKED) checked.delete(checked.keys().next().value!);
  checked.set(job.source, { file: job.file, loaded });
  const diagnostics = [...loaded.diagnostics];
  const blocked = hasErrors(diagnostics) || (job.strict && diagnostics.length > 0);
  if (!loaded.spec || blocked) return { ok: false, diagnostics, specId: null, version: null, files: [] };
  const { spec_id: specId, version } = loaded.spec.meta;
  return { ok: true, diagnostics, specId, version, idAt: loaded.locate('/meta/spec_id'), files: [] };
}

const CODE_POINT = /U\+[0-9A-F]{4,6}/;
const CODE_POINTS = new RegExp(CODE_POINT.source, 'g');

/**
 * True when `warning` is the PDF writer's missing glyph that the spec check already reported at the
 * value's own line; the writer's own then only repeats it, once per document, without the place.
 */
function saidOfTheSpec(warning: Diagnostic, diagnostics: readonly Diagnostic[]): boolean {
  if (warning.code !== 'pdf-glyph') return false;
  const codePoint = CODE_POINT.exec(warning.message)?.[0];
  return diagnostics.some(
    (d) =>
      d.code === 'pdf-glyph' &&
      d.line > 0 &&
      codePoint !== undefined &&
      d.message.match(CODE_POINTS)?.includes(codePoint),
  );
}

/** Validate, compose and render one spec's documents, in memory. */
export async function renderPack(job: PackJob): Promise<PackResult> {
  const loaded = validateOnce(job);
  const diagnostics = [...loaded.diagnostics];
  const blocked = hasErrors(diagnostics) || (job.strict && diagnostics.length > 0);
  if (!loaded.spec || blocked) return { ok: false, diagnostics, specId: null, version: null, files: [] };
  const spec = loaded.spec;
  const specId = spec.meta.spec_id;
  const version = spec.meta.version;
  const kinds = chooseDocuments(spec, job, loaded.locate, diagnostics);
  try {
    const options = {
      templatesDir: job.templatesDir,
      warnings: diagnostics.filter((d) => d.severity === 'warning'),
      locate: loaded.locate,
      specFile: job.file,
    };
    const docs = composePack(spec, kinds, options);
    const copies = job.review === true ? composePack(spec, kinds, { ...options, review: true }) : [];
    const files: RenderedFile[] = [];
    for (const [doc, suffix] of [...docs.map((d) => [d, ''] as const), ...copies.map((d) => [d, '-review'] as const)]) {
      for (const format of job.formats) {
        const name = `${doc.name}${suffix}.${extensionOf(format)}`;
        const writer = await getWriter(format);
        const result = await writer(doc, { file: `${specId}/${version}/${name}` });
        diagnostics.push(...result.warnings.filter((w) => !saidOfTheSpec(w, diagnostics)));
        const pages = format === 'pdf' ? countPdfPages(result.bytes) : null;
        files.push({ name, document: doc.name, format, bytes: result.bytes, pages });
      }
    }
    return { ok: true, diagnostics, specId, version, files };
  } catch (error) {
    if (error instanceof PartnershipError && error.kind === 'input') {
      diagnostics.push(...error.diagnostics);
      if (error.diagnostics.length === 0) {
        diagnostics.push({
          severity: 'error',
          code: 'template',
          message: error.message,
          file: job.file,
          line: 0,
          column: 0,
          pointer: '',
        });
      }
      return { ok: false, diagnostics, specId, version, files: [] };
    }
    throw error;
  }
}

function chooseDocuments(
  spec: PartnershipSpec,
  job: PackJob,
  locate: (pointer: string) => { line: number; column: number },
  diagnostics: Diagnostic[],
): DocumentKind[] {
  if (job.documents) return job.documents as DocumentKind[];
  const available: string[] = availableDocuments(job.templatesDir);
  const wanted: string[] = spec.meta.documents;
  const missing = wanted.filter((d) => !available.includes(d));
  if (missing.length > 0) {
    const at = locate('/meta/documents');
    diagnostics.push({
      severity: 'warning',
      code: 'documents',
      message: `Cannot generate ${missing.map((d) => `\`${d}\``).join(', ')} yet: no template; generating ${wanted.filter((d) => available.includes(d)).join(', ') || 'nothing'}`,
      file: job.file,
      line: at.line,
      column: at.column,
      pointer: '/meta/documents',
      hint: `documents with templates: ${available.join(', ')}`,
    });
  }
  return wanted.filter((d) => available.includes(d)) as DocumentKind[];
}
