/**
 * partnership-docs: the public API. Load and validate a partnership spec, compose its documents into the
 * document model, and render them as Word, PDF or plain text.
 *
 * ```ts
 * const { spec, diagnostics } = await loadSpec('partnership.yaml');
 * const doc = composeDocument(spec!, 'partnership_agreement');
 * const { bytes } = await render('pdf', doc);
 * ```
 */
export type { Diagnostic, Severity, ErrorKind } from './errors.js';
export { PartnershipError, hasErrors } from './errors.js';
export type { PartnershipSpec, ValidationResult } from './spec/index.js';
export { loadSpec, validateSource } from './spec/index.js';
export type * from './model/types.js';
export { numberDocument } from './model/index.js';
export {
  composeDocument,
  composePack,
  availableDocuments,
  SOURCES_ID,
  type ComposeOptions,
  type DocumentKind,
} from './compose/index.js';
export { formatNames, type Writer, type WriterOptions, type WriterResult } from './writers/index.js';
import type { NumberedDocument } from './model/types.js';
import { getWriter, type WriterOptions, type WriterResult } from './writers/index.js';

/** Render a numbered document in one format (`docx`, `pdf` or `txt`). */
export async function render(
  format: string,
  doc: NumberedDocument,
  options: WriterOptions = {},
): Promise<WriterResult> {
  const writer = await getWriter(format);
  return writer(doc, options);
}
export {
  diffSpecs,
  redlineDocument,
  SUMMARY_ID,
  type Redline,
  type RedlineChange,
  type SpecChange,
  type SpecChangeKind,
} from './diff/index.js';
