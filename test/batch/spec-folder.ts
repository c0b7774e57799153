/**
 * Folders of specs for batch tests: copies of a valid fixture, each under its own spec_id, so one folder
 * holds as many distinct packs as a test needs.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The fixture the copies are made from: small, and quick to render as the agreement's text. */
export const BASE_SPEC = 'fixtures/valid/whec-strategic-consortium.yaml';

/** A fresh empty folder. */
export const freshFolder = (name: string) => mkdtempSync(join(tmpdir(), `pd-${name}-`));

/** The base spec's text under another spec_id. */
export function specWithId(id: string): string {
  const text = readFileSync(BASE_SPEC, 'utf8');
  const changed = text.replace(/^(\s*spec_id:\s*)\S+/m, `$1${id}`);
  if (changed === text) throw new Error(`Cannot find spec_id in ${BASE_SPEC}`);
  return changed;
}

/** A folder holding `count` valid specs, `spec-1.yaml` … with spec ids `pack-1` …; returns its path. */
export function specFolder(name: string, count: number): string {
  const folder = freshFolder(name);
  mkdirSync(folder, { recursive: true });
  for (let i = 1; i <= count; i += 1) writeFileSync(join(folder, `spec-${i}.yaml`), specWithId(`pack-${i}`));
  return folder;
}

/** Options that keep each pack quick: the agreement alone, as text. */
export const QUICK = ['--documents', 'partnership_agreement', '--format', 'txt'];
