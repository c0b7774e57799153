/**
 * A written pack → its manifest entries (the pack's inputs, and each file's size, pages and hash) and its
 * line in the summary.
 */
import type { ManifestFile, ManifestUpdate, PackOptions } from './manifest.js';
import type { PackJob, PackResult } from './pack.js';
import type { StagedFile } from './write-pack.js';
import type { PackReport } from './run-batch.js';

/** Where a pack was written and what it was made with. */
export interface PackPlace {
  out: string;
  /** `<out>/<spec_id>/<version>`. */
  folder: string;
  build: string;
  templateSet: string;
  packOptions: PackOptions;
}

/** Add a written pack to the manifest update; returns its summary line. */
export function recordPack(
  update: ManifestUpdate,
  checked: { job: PackJob; sha256: string },
  result: PackResult<StagedFile>,
  place: PackPlace,
): PackReport {
  const specId = result.specId!;
  const version = result.version!;
  const spec = { path: checked.job.file.replace(/\\/g, '/'), sha256: checked.sha256 };
  const files: ManifestFile[] = result.files.map((f) => ({
    path: `${specId}/${version}/${f.name}`,
    spec_id: specId,
    version,
    document: f.document,
    format: f.format,
    size: f.size,
    pages: f.pages,
    sha256: f.sha256,
    spec,
    template_set: place.templateSet,
    build: place.build,
  }));
  update.files.push(...files);
  update.packs.push({
    spec_id: specId,
    version,
    spec,
    template_set: place.templateSet,
    build: place.build,
    options: place.packOptions,
    files: files.map((f) => f.path).sort(),
  });
  update.succeeded.push(spec.path);
  return {
    file: checked.job.file,
    folder: place.folder,
    documents: new Set(files.map((f) => f.document)).size,
    files: files.length,
    pages: files.reduce((n, f) => n + (f.pages ?? 0), 0),
  };
}
