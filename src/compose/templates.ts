/**
 * Finds, loads, hashes and caches template sets: the package's built-in `templates/` (located from
 * this module, so it works from src/ and dist/ and in an installed copy), overlaid by a user's
 * `--templates <dir>` where a file of the same relative name, partials included, replaces the built-in.
 * Each directory is read and each template compiled once per process.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PartnershipError } from '../errors.js';
import { fileSystemReason } from '../fs-problems.js';
import { packagePath } from '../package-root.js';
import { documentKind, documentKinds, type DocumentKind } from './documents/index.js';
import {
  compileTemplate,
  createEnvironment,
  runTemplate,
  templateFromSpec,
  type HandlebarsEnvironment,
  spendExpansion,
} from './handlebars.js';
import { PRECOMPILED_TEMPLATES } from './precompiled-templates.js';
import type { PlaceholderTable } from './placeholders.js';
import { TemplateFault, templateDiagnostic, type TemplateSource } from './template-errors.js';

const EXTENSION = '.md.hbs';
const PARTIALS = 'partials/';

type Compiled = ReturnType<typeof compileTemplate>;

/** One template file of a set. */
export interface TemplateFile {
  /** Path relative to the set's folder, with `/`: `partnership-agreement.md.hbs`, `partials/parties.md.hbs`. */
  name: string;
  /** Path to report in diagnostics (as the user named the folder, for their own templates). */
  file: string;
  source: string;
}

/** A built-in set overlaid by at most one user folder, with one isolated Handlebars environment. */
export class TemplateSet {
  /** sha256 over the names and contents of every file, first 12 hex digits. */
  readonly hash: string;
  private readonly env: HandlebarsEnvironment = createEnvironment();
  private readonly compiled = new Map<string, Compiled>();
  /** Partials included by the render under way (renders are synchronous, so one set suffices). */
  private included = new Set<string>();

  constructor(readonly files: ReadonlyMap<string, TemplateFile>) {
    const digest = createHash('sha256');
    for (const name of [...files.keys()].sort()) digest.update(`${name}\0${files.get(name)!.source}\0`);
    this.hash = digest.digest('hex').slice(0, 12);
    for (const name of files.keys()) {
      if (!name.startsWith(PARTIALS)) continue;
      const partial = name.slice(PARTIALS.length, -EXTENSION.length);
      // Compiled on first use, so one broken partial does not stop templates that never include it.
      this.env.registerPartial(partial, ((context: unknown, options: { data?: unknown }) => {
        this.included.add(name);
        return spendExpansion(options.data, this.compiledFor(name)(context, options as never));
      }) as never);
    }
  }

  /** Kinds with every template they compose from, in standard order. */
  documentKinds(): DocumentKind[] {
    return documentKinds().filter((kind) => documentKind(kind).templates.every((stem) => this.has(stem)));
  }

  /** True when the set has a top-level template `<stem>.md.hbs`. */
  has(stem: string): boolean {
    return this.files.has(`${stem}${EXTENSION}`);
  }

  /**
   * Renders `<stem>.md.hbs` over `view` to Markdown whose values are placeholder tokens of `table`.
   * @returns the Markdown, and the files it came from (the template first, then the partials it included)
   * @throws TemplateFault tagged with the file it arose in
   */
  render(stem: string, view: object, table: PlaceholderTable): { markdown: string; sources: TemplateSource[] } {
    if (!this.has(stem)) throw new TemplateFault(`Cannot find the template ${stem}${EXTENSION}`);
    const outer = this.included;
    this.included = new Set();
    try {
      const markdown = runTemplate(this.compiledFor(`${stem}${EXTENSION}`), view, table);
      return {
        markdown,
        sources: [this.files.get(`${stem}${EXTENSION}`)!, ...[...this.included].sort().map((n) => this.files.get(n)!)],
      };
    } finally {
      this.included = outer;
    }
  }

  /** The files a fault in `<stem>.md.hbs` may lie in: that template first, then every partial. */
  sourcesFor(stem: string): TemplateSource[] {
    const main = this.files.get(`${stem}${EXTENSION}`);
    const partials = [...this.files.values()].filter((f) => f.name.startsWith(PARTIALS));
    return [...(main === undefined ? [] : [main]), ...partials];
  }

  private compiledFor(name: string): Compiled {
    let compiled = this.compiled.get(name);
    if (compiled === undefined) {
      const file = this.files.get(name)!;
      // Built-in templates were parsed, checked and compiled by the build; anything else is done here.
      const key = precompiledKey(file.source);
      compiled = Object.hasOwn(PRECOMPILED_TEMPLATES, key)
        ? templateFromSpec(this.env, PRECOMPILED_TEMPLATES[key]!, file.file)
        : compileTemplate(this.env, file.source, file.file, (p) => this.files.has(`${PARTIALS}${p}${EXTENSION}`));
      this.compiled.set(name, compiled);
    }
    return compiled;
  }
}

const cache = new Map<string, TemplateSet>();

/** The key of a template's build-time compilation (precompiled-templates.ts): the SHA-256 of its source. */
export function precompiledKey(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

/** The package's own templates folder. */
export function builtInTemplatesDir(): string {
  return `${packagePath('templates')}/`;
}

/**
 * The template set for `templatesDir` (built-ins alone when omitted), loaded once per process.
 * @throws PartnershipError('input') with an `io` Diagnostic when the folder is missing or unreadable
 */
export function loadTemplates(templatesDir?: string): TemplateSet {
  const key = templatesDir === undefined ? '' : resolve(templatesDir);
  let set = cache.get(key);
  if (set === undefined) {
    const files = new Map<string, TemplateFile>();
    for (const file of readFolder(builtInTemplatesDir(), null)) files.set(file.name, file);
    if (templatesDir !== undefined)
      for (const file of readFolder(templatesDir, templatesDir)) files.set(file.name, file);
    set = new TemplateSet(files);
    cache.set(key, set);
  }
  return set;
}

/**
 * A template file's text. Bytes that are not UTF-8 are an error at their line and column, not text
 * silently replaced by U+FFFD that would then be printed in a signed document.
 */
function decodeTemplate(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Decoded leniently, the text is right up to the first replacement character the bytes did not spell.
    const text = new TextDecoder('utf-8').decode(bytes);
    let offset = 0;
    let index = 0;
    for (const char of text) {
      const size = Buffer.byteLength(char);
      if (char === '\uFFFD' && Buffer.from(bytes.subarray(offset, offset + 3)).toString('hex') !== 'efbfbd') break;
      offset += size;
      index += char.length;
    }
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    const column = index - before.lastIndexOf('\n');
    const byte = bytes[offset]?.toString(16).toUpperCase().padStart(2, '0') ?? '';
    const message = `Cannot read the template: byte 0x${byte} is not UTF-8, expected a file saved as UTF-8`;
    throw new PartnershipError('input', `Cannot read template ${file}: byte 0x${byte} is not UTF-8`, [
      templateDiagnostic(file, line, column, message, 'Save the file as UTF-8 in your editor, then run again.'),
    ]);
  }
}

/** The `.md.hbs` files of a folder: top level and under partials/. */
function readFolder(dir: string, shownAs: string | null): TemplateFile[] {
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    const names = (readdirSync(dir, { recursive: true }) as string[])
      .map((name) => name.split('\\').join('/'))
      .filter((name) => name.endsWith(EXTENSION) && (!name.includes('/') || name.startsWith(PARTIALS)))
      .sort();
    return names.map((name) => ({
      name,
      file: shownAs === null ? join(dir, name) : join(shownAs, name),
      source: decodeTemplate(readFileSync(join(dir, name)), shownAs === null ? join(dir, name) : join(shownAs, name)),
    }));
  } catch (error) {
    if (error instanceof PartnershipError) throw error;
    const reason = fileSystemReason(error) ?? (error instanceof Error ? error.message : String(error));
    const message = `Cannot read the templates folder ${shownAs ?? dir}: ${reason}`;
    throw new PartnershipError('input', message, [
      {
        severity: 'error',
        code: 'io',
        message,
        file: shownAs ?? dir,
        line: 0,
        column: 0,
        pointer: '',
        hint: 'Pass --templates a folder holding <document>.md.hbs files and partials/.',
      },
    ]);
  }
}
