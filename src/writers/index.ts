/**
 * The writer registry: format name → writer, loaded on first use.
 *
 * Like pandoc's Writers.hs, this table is the only place that knows the formats, so `cli` and `batch`
 * never branch on a format name. Each writer's module is imported lazily: `validate` and `txt` output
 * never pay for loading docx or pdfkit.
 */
import { PartnershipError } from '../errors.js';
import type { Writer } from './types.js';

export type { Writer, WriterOptions, WriterResult } from './types.js';

interface Entry {
  /** File extension, without the dot. */
  extension: string;
  load: () => Promise<Writer>;
}

const WRITERS: Readonly<Record<string, Entry>> = {
  docx: { extension: 'docx', load: async () => (await import('./docx/index.js')).writeDocx },
  pdf: { extension: 'pdf', load: async () => (await import('./pdf/index.js')).writePdf },
  txt: { extension: 'txt', load: async () => (await import('./txt/index.js')).writeText },
};

function entryOf(format: string): Entry {
  const entry = Object.hasOwn(WRITERS, format) ? WRITERS[format] : undefined;
  if (entry === undefined) {
    throw new PartnershipError(
      'usage',
      `Cannot write format \`${format}\`: expected one of ${formatNames().join(', ')}`,
    );
  }
  return entry;
}

/** The formats that can be written, in alphabetical order: `['docx', 'pdf', 'txt']`. */
export function formatNames(): string[] {
  return Object.keys(WRITERS).sort();
}

/**
 * The writer for `format`, its module loaded on first call.
 * @throws PartnershipError('usage') for an unknown format
 */
export async function getWriter(format: string): Promise<Writer> {
  return entryOf(format).load();
}

/**
 * The file extension (without the dot) of files written in `format`.
 * @throws PartnershipError('usage') for an unknown format
 */
export function extensionOf(format: string): string {
  return entryOf(format).extension;
}
