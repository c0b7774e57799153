/**
 * The files an applied addendum makes, rendered in full before any is written: the Addendum and, when
 * asked, the conformed agreement, in each format, under `<out>/<spec_id>/<resulting_version>/`.
 */
import { join } from 'node:path';
import { composeAddendum, composeConformed } from '../compose/index.js';
import type { NumberedDocument } from '../model/index.js';
import type { AddendumSpec, PartnershipSpec } from '../spec/index.js';
import { extensionOf, getWriter } from '../writers/index.js';

/** A file to write: where, and its bytes. */
export interface RenderedFile {
  path: string;
  bytes: Uint8Array;
}

/** What to render. */
export interface AddendumRenderRequest {
  addendum: AddendumSpec;
  base: PartnershipSpec;
  consolidated: PartnershipSpec;
  /** The output folder; files go to `<out>/<spec_id>/<resulting_version>/`. */
  out: string;
  formats: readonly string[];
  /** Also the agreement "as amended by Addendum No. N". */
  conformed: boolean;
  templatesDir?: string;
}

/**
 * Every file of the addendum, rendered (nothing written).
 * @throws PartnershipError('input') for template errors
 */
export async function renderAddendum(request: AddendumRenderRequest): Promise<RenderedFile[]> {
  const { addendum, base, consolidated, templatesDir } = request;
  const options = templatesDir === undefined ? {} : { templatesDir };
  const docs: NumberedDocument[] = [composeAddendum({ addendum, base, consolidated }, options)];
  if (request.conformed) docs.push(composeConformed({ addendum, consolidated }, options));
  const folder = join(request.out, consolidated.meta.spec_id, consolidated.meta.version);
  const files: RenderedFile[] = [];
  for (const doc of docs) {
    for (const format of request.formats) {
      const path = join(folder, `${doc.name}.${extensionOf(format)}`);
      const { bytes } = await (await getWriter(format))(doc, { file: path });
      files.push({ path, bytes });
    }
  }
  return files;
}
