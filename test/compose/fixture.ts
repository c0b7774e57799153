/**
 * Shared fixtures of the compose tests: a valid spec read from the repository's fixtures, and
 * throwaway template folders written to a temporary directory.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { PartnershipSpec } from '../../src/spec/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The folder of the dialect test templates. */
export const DIALECT_TEMPLATES = join(here, 'templates');
/** The folder of the small three-document pack. */
export const PACK_TEMPLATES = join(here, 'pack-templates');

/** A fresh copy of the valid WHEC fixture spec. */
export function whecSpec(): PartnershipSpec {
  const source = readFileSync(join(here, '../../fixtures/valid/whec-strategic-consortium.yaml'), 'utf8');
  return parse(source) as PartnershipSpec;
}

/** A new folder holding `files` (relative path → content). */
export function templateFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'compose-templates-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
