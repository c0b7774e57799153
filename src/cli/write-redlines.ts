/**
 * Renders the redlines of two spec versions in every format asked for and writes them atomically as
 * `<dir>/<document>-redline.<ext>`; nothing is written unless every file rendered.
 */
import { join } from 'node:path';
import type { RedlineRequest } from '../diff/index.js';
import type { PartnershipSpec } from '../spec/index.js';

/**
 * Write the redlines; resolves to the number of files written.
 * @param before the old spec
 * @param after the new spec
 * @param request which documents, the author, the templates
 * @param formats writer names
 * @param dir the folder to write into
 */
export async function writeRedlines(
  before: PartnershipSpec,
  after: PartnershipSpec,
  request: RedlineRequest,
  formats: readonly string[],
  dir: string,
): Promise<number> {
  const { redlineSpecs } = await import('../diff/index.js');
  const { extensionOf, getWriter } = await import('../writers/index.js');
  const { writeFileAtomic } = await import('../batch/index.js');
  const files: { path: string; bytes: Uint8Array }[] = [];
  for (const redline of redlineSpecs(before, after, request)) {
    for (const format of formats) {
      const path = join(dir, `${redline.document.name}-redline.${extensionOf(format)}`);
      const writer = await getWriter(format);
      const { bytes } = await writer(redline.document, { file: path });
      files.push({ path, bytes });
    }
  }
  for (const file of files) await writeFileAtomic(file.path, file.bytes);
  return files.length;
}
