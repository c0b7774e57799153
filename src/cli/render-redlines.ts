/**
 * Renders the redlines of two spec versions in every format asked for, as the files
 * `<dir>/<document>-redline.<ext>`; the command writes them together with anything else it writes, so
 * nothing is written unless every file rendered.
 */
import { join } from 'node:path';
import type { FileToWrite } from '../batch/index.js';
import type { RedlineRequest } from '../diff/index.js';
import type { PartnershipSpec } from '../spec/index.js';

/**
 * The redline files, rendered (nothing written).
 * @param before the old spec
 * @param after the new spec
 * @param request which documents, the author, the templates
 * @param formats writer names
 * @param dir the folder they go into
 */
export async function renderRedlines(
  before: PartnershipSpec,
  after: PartnershipSpec,
  request: RedlineRequest,
  formats: readonly string[],
  dir: string,
): Promise<FileToWrite[]> {
  const { redlineSpecs } = await import('../diff/index.js');
  const { extensionOf, getWriter } = await import('../writers/index.js');
  const files: FileToWrite[] = [];
  for (const redline of redlineSpecs(before, after, request)) {
    for (const format of formats) {
      const path = join(dir, `${redline.document.name}-redline.${extensionOf(format)}`);
      const writer = await getWriter(format);
      const { bytes } = await writer(redline.document, { file: path });
      files.push({ path, bytes });
    }
  }
  return files;
}
