/**
 * Incremental runs: whether a pack may be skipped because nothing that shapes it has changed since the
 * manifest was written (its spec's bytes, the template set, the options, the tool's build) and every file
 * it made is still on disk as written (same SHA-256).
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest, ManifestPack, PackOptions } from './manifest.js';

/** SHA-256 of bytes, as hex. */
export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The inputs of one pack, as the manifest records them. */
export interface PackInputs {
  specId: string;
  version: string;
  specSha256: string;
  templateSet: string;
  build: string;
  options: PackOptions;
}

const sameList = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((x, i) => x === b[i]));
const sameOptions = (a: PackOptions, b: PackOptions) =>
  a.strict === b.strict &&
  a.review === b.review &&
  sameList(a.formats, b.formats) &&
  sameList(a.documents, b.documents);

async function fileMatches(out: string, path: string, expected: string): Promise<boolean> {
  try {
    return sha256(await readFile(join(out, path))) === expected;
  } catch {
    return false;
  }
}

/** The manifest's record of this pack when it may be skipped, else null. */
export async function unchangedPack(out: string, manifest: Manifest, inputs: PackInputs): Promise<ManifestPack | null> {
  const pack = manifest.packs.find((p) => p.spec_id === inputs.specId && p.version === inputs.version);
  if (
    !pack ||
    pack.spec.sha256 !== inputs.specSha256 ||
    pack.template_set !== inputs.templateSet ||
    pack.build !== inputs.build ||
    !sameOptions(pack.options, inputs.options) ||
    pack.files.length === 0
  ) {
    return null;
  }
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));
  for (const path of pack.files) {
    const file = byPath.get(path);
    if (!file || !(await fileMatches(out, path, file.sha256))) return null;
  }
  return pack;
}
