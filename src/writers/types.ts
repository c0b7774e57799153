/**
 * The one signature every writer has: a numbered Document in, bytes and warnings out.
 */
import type { Diagnostic } from '../errors.js';
import type { NumberedDocument } from '../model/types.js';

/** Options every writer accepts; writers ignore what does not concern them. */
export interface WriterOptions {
  /** Name of the file the bytes will be written to, for warnings' `file` field. */
  file?: string;
}

/** What a writer produces. */
export interface WriterResult {
  bytes: Uint8Array;
  /** Problems found while rendering (e.g. a character with no glyph in the PDF font). */
  warnings: Diagnostic[];
}

/** A writer: pure, deterministic (same Document, same bytes). */
export type Writer = (doc: NumberedDocument, options: WriterOptions) => Promise<WriterResult>;
