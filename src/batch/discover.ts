/**
 * Finds the specs a batch is given: files as named, folders searched recursively, and glob patterns
 * (quoted, so the tool expands them the same way in every shell, Windows `cmd` included). In a folder or
 * a pattern's matches, a spec is a `.yaml`, `.yml` or `.json` file whose top level says
 * `kind: partnership_spec`; other files (addendum specs among them) are skipped and counted. A file named
 * outright is always taken as a spec, so a broken one is reported rather than passed over.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { PartnershipError } from '../errors.js';

/** One spec to check: the path as the user gave it and its text, or why it could not be read. */
export interface FoundSpec {
  file: string;
  /** The bytes, left undecoded: validation reports text that is not UTF-8 at its place. */
  source: Uint8Array | null;
  /** Why the file could not be read, when `source` is null. */
  problem?: string;
}

/** What discovery found. */
export interface Discovery {
  specs: FoundSpec[];
  /** Files met in folders or matches that are not partnership specs. */
  skipped: string[];
}

const SPEC_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const KIND = /^(?:kind:\s*["']?partnership_spec["']?\s*(?:#.*)?$|\s*"kind"\s*:\s*"partnership_spec")/m;
const GLOB_CHARS = /[*?[\]{}]/;
/** The name that stands for standard input. */
export const STDIN = '-';

function readSpec(file: string): FoundSpec {
  try {
    return { file, source: readFileSync(file) };
  } catch (error) {
    return { file, source: null, problem: (error as NodeJS.ErrnoException).code ?? String(error) };
  }
}

/** A found file: kept as a spec when it is one, else counted as skipped. */
function sift(file: string, found: Discovery): void {
  if (!SPEC_EXTENSIONS.has(extname(file).toLowerCase())) {
    found.skipped.push(file);
    return;
  }
  const spec = readSpec(file);
  if (spec.source !== null && !KIND.test(Buffer.from(spec.source).toString('latin1'))) found.skipped.push(file);
  else found.specs.push(spec);
}

function walk(folder: string, found: Discovery): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new PartnershipError('input', `Cannot read the folder ${folder}: ${code}`);
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) walk(path, found);
    else if (entry.isFile()) sift(path, found);
  }
}

/**
 * Expand the inputs into specs, in the order given (a folder's and a pattern's files sorted by path).
 * @param inputs files, folders, glob patterns, or `-` for standard input
 * @param stdin the text of standard input, read by the caller when `-` is among the inputs
 * @throws PartnershipError('input') for an unreadable folder or a pattern that matches nothing
 */
export async function discoverSpecs(inputs: readonly string[], stdin?: Uint8Array): Promise<Discovery> {
  const found: Discovery = { specs: [], skipped: [] };
  for (const input of inputs) {
    if (input === STDIN) {
      found.specs.push({ file: '<stdin>', source: stdin ?? new Uint8Array() });
      continue;
    }
    let isFolder = false;
    let exists = true;
    try {
      isFolder = statSync(input).isDirectory();
    } catch {
      exists = false;
    }
    if (isFolder) walk(input, found);
    else if (exists || !GLOB_CHARS.test(input)) found.specs.push(readSpec(input));
    else {
      const { glob } = await import('tinyglobby');
      const matches = (await glob(input, { onlyFiles: true, expandDirectories: false })).sort();
      if (matches.length === 0) throw new PartnershipError('input', `Cannot find any file matching ${input}`);
      for (const match of matches) sift(match, found);
    }
  }
  // The same file reached twice (named and inside a folder given too) is one spec.
  const seen = new Set<string>();
  found.specs = found.specs.filter((s) => (seen.has(s.file) ? false : (seen.add(s.file), true)));
  return found;
}
