/**
 * `<out>/manifest.json`: what was produced from what. For every file, the spec it came from (path and
 * SHA-256), the template-set hash, the tool's build id, the document, format, size, PDF pages and SHA-256;
 * for every pack, the inputs that decide whether a later run may skip it; for every failed spec, its
 * diagnostics. A run merges its entries into what is there, under a lock, so entries of packs not in the
 * run are kept and two runs into one folder lose nothing. Keys and entries are sorted, so the bytes depend
 * only on the content, and an unchanged manifest is not rewritten.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { withLock } from './lock.js';
import { writeFileAtomic } from './write.js';

/** The file name inside the output folder. */
export const MANIFEST_FILE = 'manifest.json';

/** A spec as a manifest records it: the path it was read from and the SHA-256 of its bytes. */
export interface ManifestSpec {
  path: string;
  sha256: string;
}

/** The choices that shape a pack besides its spec and templates. */
export interface PackOptions {
  formats: string[];
  /** Documents asked for, or null for the spec's own `meta.documents`. */
  documents: string[] | null;
  strict: boolean;
  /** Reviewer copies written beside the documents (`<document>-review.<ext>`); absent when not. */
  review?: true;
}

/** One file written. */
export interface ManifestFile {
  /** Relative to the output folder, with `/`. */
  path: string;
  spec_id: string;
  version: string;
  /** The document's file stem, e.g. `terms-of-reference-advisory`. */
  document: string;
  format: string;
  size: number;
  /** PDF pages; null for other formats. */
  pages: number | null;
  sha256: string;
  spec: ManifestSpec;
  template_set: string;
  build: string;
}

/** One pack: the inputs it was made from and the files it made. */
export interface ManifestPack {
  spec_id: string;
  version: string;
  spec: ManifestSpec;
  template_set: string;
  build: string;
  options: PackOptions;
  /** Paths of its files, as in `files`. */
  files: string[];
}

/** A spec that produced nothing, and why. */
export interface ManifestFailure {
  spec: ManifestSpec;
  diagnostics: Diagnostic[];
}

/** The whole manifest. */
export interface Manifest {
  manifest_version: 1;
  packs: ManifestPack[];
  files: ManifestFile[];
  failures: ManifestFailure[];
}

/** What one run adds: its packs and files, its failures, and the specs that now succeeded. */
export interface ManifestUpdate {
  packs: ManifestPack[];
  files: ManifestFile[];
  failures: ManifestFailure[];
  /** Spec paths whose earlier failure no longer holds. */
  succeeded: string[];
}

const empty = (): Manifest => ({ manifest_version: 1, packs: [], files: [], failures: [] });

/** Read `<out>/manifest.json`; an absent or unreadable one is empty (it is rebuilt as packs are made). */
export async function readManifest(out: string): Promise<Manifest> {
  try {
    const data = JSON.parse(await readFile(join(out, MANIFEST_FILE), 'utf8')) as Partial<Manifest>;
    if (data.manifest_version !== 1) return empty();
    return { manifest_version: 1, packs: data.packs ?? [], files: data.files ?? [], failures: data.failures ?? [] };
  } catch {
    return empty();
  }
}

const packKey = (p: { spec_id: string; version: string }) => `${p.spec_id}\0${p.version}`;
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `base` with `update` merged in: a pack replaces the one of its spec id and version, a file the one at its path. */
export function mergeManifest(base: Manifest, update: ManifestUpdate): Manifest {
  const packs = new Map(base.packs.map((p) => [packKey(p), p]));
  for (const p of update.packs) packs.set(packKey(p), p);
  const files = new Map(base.files.map((f) => [f.path, f]));
  for (const f of update.files) files.set(f.path, f);
  const settled = new Set([...update.succeeded, ...update.failures.map((f) => f.spec.path)]);
  const failures = [...base.failures.filter((f) => !settled.has(f.spec.path)), ...update.failures];
  return {
    manifest_version: 1,
    packs: [...packs.values()].sort((a, b) => compare(packKey(a), packKey(b))),
    files: [...files.values()].sort((a, b) => compare(a.path, b.path)),
    failures: failures.sort((a, b) => compare(a.spec.path, b.spec.path)),
  };
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys((value as Record<string, unknown>)[key]);
  return sorted;
}

/** The manifest as written: keys in sorted order, two-space indents, a final newline. */
export function serialiseManifest(manifest: Manifest): string {
  return `${JSON.stringify(sortKeys(manifest), null, 2)}\n`;
}

/** Merge `update` into `<out>/manifest.json` under its lock; rewrites the file only when it changes. */
export async function updateManifest(out: string, update: ManifestUpdate): Promise<Manifest> {
  const path = join(out, MANIFEST_FILE);
  return withLock(`${path}.lock`, async () => {
    let before = '';
    try {
      before = await readFile(path, 'utf8');
    } catch {
      // No manifest yet.
    }
    const merged = mergeManifest(await readManifest(out), update);
    const text = serialiseManifest(merged);
    if (text !== before) await writeFileAtomic(path, text);
    return merged;
  });
}
