/**
 * A spec → numbered documents: view model → Handlebars → Markdown → model, then custom clauses,
 * definitions pruning, and numbering with references resolved across the pack.
 */
import { PartnershipError, type Diagnostic } from '../errors.js';
import {
  numberDocument,
  visit,
  type Block,
  type Document,
  type DocumentMeta,
  type NumberedDocument,
} from '../model/index.js';
import type { PartnershipSpec } from '../spec/index.js';
import { insertCustomClauses } from './custom-clauses.js';
import { pruneDefinitions } from './definitions.js';
import {
  documentInstances,
  documentKinds,
  documentTitle,
  kindOfStem,
  packKinds,
  type DocumentInstance,
  type DocumentKind,
} from './documents/index.js';
import { markdownToBlocks } from './markdown/index.js';
import { documentMeta, toolVersion } from './meta.js';
import { PlaceholderTable } from './placeholders.js';
import { reviewCopy, sourcesOf, type SourceOf } from './review.js';
import { relocateNumberingError } from './relocate.js';
import { TemplateFault, faultToError, templateDiagnostic, type TemplateSource } from './template-errors.js';
import { loadTemplates, type TemplateSet } from './templates.js';
import type { AddendumView } from './view/addendum/index.js';
import { buildDraftingNotes, buildView } from './view/index.js';
import type { MoneyFormat } from './view/money.js';
import { inMoneyStyle } from './money-style.js';

/** How to compose. */
export interface ComposeOptions {
  /** A folder of templates overriding the built-in ones file by file. */
  templatesDir?: string;
  /** Warnings found in the spec; a draft shows them as drafting notes. */
  warnings?: Diagnostic[];
  /** Line and column of a JSON Pointer in the spec file, for located errors. */
  locate?: (pointer: string) => { line: number; column: number };
  /** The spec file's path as the user gave it. */
  specFile?: string;
  /** The Addendum's own view (compose/addendum.ts); only the `addendum` kind reads it. */
  addendum?: AddendumView;
  /**
   * A reviewer copy: each value printed from the spec carries its field and line (from `locate`), numbered,
   * and a closing section lists them (review.ts).
   */
  review?: boolean;
}

/** How to render one template without a spec. */
export interface RenderOptions {
  templatesDir?: string;
  /** The kind of the document (default: the kind the template name spells). */
  kind?: DocumentKind;
  /** The metadata to attach (default: the kind's title and the template set's hash, other fields empty). */
  meta?: DocumentMeta;
}

/**
 * The document of `kind`, numbered. Other documents of the spec are composed too when needed to resolve
 * its cross-document references or to place its custom clauses.
 * @throws PartnershipError('input') for template errors and custom clauses that cannot be placed
 */
export function composeDocument(
  spec: PartnershipSpec,
  kind: DocumentKind,
  options: ComposeOptions = {},
): NumberedDocument {
  return composePack(spec, [kind], options)[0]!;
}

/**
 * The documents of `kinds`, numbered, with references between them resolved (against the documents of
 * `spec.meta.documents` as well, composed for reference even if not requested). A kind may expand into
 * several documents (its registry entry, documents/): the terms of reference add one per advisory group,
 * signature pages are one per signing party; they come in the order of `kinds`, each kind's main document first.
 *
 * A document referred to but not requested is composed only as far as needed: the main document of its
 * kind, which references resolve against. Only a custom clause placed after a clause of none of those
 * documents makes the whole of `spec.meta.documents` composed, to find the clause.
 * @throws PartnershipError('input') for template errors and custom clauses that cannot be placed
 */
export function composePack(
  spec: PartnershipSpec,
  kinds: DocumentKind[],
  options: ComposeOptions = {},
): NumberedDocument[] {
  const set = loadTemplates(options.templatesDir);
  const sourceOf = options.review === true ? sourcesOf(spec, options.locate) : undefined;
  // Per kind, its instances in order; a slot stays empty until that instance is needed.
  const composed = new Map<DocumentKind, (Document | undefined)[]>();
  const sources = new Map<string, TemplateSource[]>();
  const add = (kind: DocumentKind, which: 'all' | 'main'): void => {
    const instances = documentInstances(spec, kind);
    const slots = composed.get(kind) ?? new Array<Document | undefined>(instances.length).fill(undefined);
    composed.set(kind, slots);
    instances.slice(0, which === 'main' ? 1 : instances.length).forEach((instance, i) => {
      if (slots[i] !== undefined) return;
      const one = composeOne(spec, instance, set, options, sourceOf);
      sources.set(instance.name, one.sources);
      slots[i] = one.doc;
    });
  };
  const all = () => [...composed.values()].flat().filter((doc): doc is Document => doc !== undefined);
  kinds.forEach((kind) => add(kind, 'all'));
  const available = set.documentKinds();
  const inPack = packKinds(spec).filter((kind) => available.includes(kind));
  const referenced = referencedKinds(all());
  for (const kind of inPack) if (referenced.has(kind)) add(kind, 'main');
  if (customClausesUnplaced(spec, all())) inPack.forEach((kind) => add(kind, 'all'));
  const ordered = documentKinds().flatMap((kind) =>
    (composed.get(kind) ?? []).filter((doc): doc is Document => doc !== undefined),
  );
  const placed = insertCustomClauses(ordered, spec.custom_clauses ?? [], options).map(pruneDefinitions);
  // A kind's first instance is its main document: references from other documents resolve against it.
  const pack = new Map<string, Document>();
  for (const doc of placed) if (!pack.has(doc.kind)) pack.set(doc.kind, doc);
  const asked: readonly string[] = kinds;
  return placed
    .filter((doc) => asked.includes(doc.kind))
    .sort((a, b) => asked.indexOf(a.kind) - asked.indexOf(b.kind))
    .map((doc) => {
      try {
        const numbered = numberDocument(doc, pack);
        return sourceOf === undefined ? numbered : reviewCopy(numbered);
      } catch (error) {
        throw relocateNumberingError(error, sources.get(doc.name)!);
      }
    });
}

/** The kinds of the documents that `docs` refer to, other than their own. */
function referencedKinds(docs: readonly Document[]): Set<string> {
  const referenced = new Set<string>();
  for (const doc of docs) {
    visit(doc, (node) => {
      if (node.type === 'reference' && node.document !== null && node.document !== doc.kind)
        referenced.add(node.document);
    });
  }
  return referenced;
}

/** True when a custom clause is to follow a clause found in none of `docs`. */
function customClausesUnplaced(spec: PartnershipSpec, docs: readonly Document[]): boolean {
  const customs = spec.custom_clauses ?? [];
  if (customs.length === 0) return false;
  const ids = new Set(customs.map((custom) => custom.id));
  for (const doc of docs) {
    visit(doc, (node) => {
      if (node.type === 'section' || node.type === 'clause') ids.add(node.id);
    });
  }
  return customs.some((custom) => !ids.has(custom.replaces ?? custom.after ?? ''));
}

function composeOne(
  spec: PartnershipSpec,
  instance: DocumentInstance,
  set: TemplateSet,
  options: ComposeOptions,
  sourceOf: SourceOf | undefined,
): { doc: Document; sources: TemplateSource[] } {
  const { kind, template } = instance;
  if (!set.has(template)) {
    const file = options.templatesDir ?? 'templates';
    const message = `Cannot compose the ${instance.title}: there is no template ${template}.md.hbs`;
    throw new PartnershipError('input', message, [templateDiagnostic(file, 0, 0, message)]);
  }
  if (kind === 'addendum' && options.addendum === undefined) {
    const message = 'Cannot compose the Addendum from a partnership spec: run `partnership addendum <base> <addendum>`';
    throw new PartnershipError('usage', message);
  }
  const run = (money: MoneyFormat) =>
    runTemplate(
      set,
      template,
      {
        ...buildView(spec, kind, instance.scope, money),
        ...(kind === 'addendum' ? { addendum: options.addendum } : {}),
        drafting_notes: buildDraftingNotes(spec, options.warnings ?? []),
      },
      sourceOf,
    );
  const { blocks, sources } = parseRun(inMoneyStyle(run, printedText));
  const meta = documentMeta(spec, instance, set.hash);
  return { doc: { type: 'document', kind, name: instance.name, meta, children: blocks }, sources };
}

/**
 * Renders the template `name` (a file stem of the template set) over `view`, unnumbered.
 * @throws PartnershipError('input') with a located `template` Diagnostic
 */
export function renderTemplate(name: string, view: object, options: RenderOptions = {}): Document {
  const set = loadTemplates(options.templatesDir);
  const kind = options.kind ?? kindOfStem(name);
  if (kind === null)
    throw new PartnershipError('internal', `Cannot tell the document kind of template ${name}: pass options.kind`);
  const meta: DocumentMeta = options.meta ?? {
    title: documentTitle(kind),
    partnership: '',
    shortName: null,
    specId: '',
    version: '',
    status: 'draft',
    date: '',
    dateText: '',
    supersedes: null,
    documentId: '',
    subject: '',
    creator: '',
    toolVersion: toolVersion(),
    templateHash: set.hash,
    language: 'en-GB',
  };
  return { type: 'document', kind, name, meta, children: renderBlocks(set, name, view).blocks };
}

/** One run of a template: its Markdown, the values it printed, and the template files it used. */
interface TemplateRun {
  markdown: string;
  table: PlaceholderTable;
  sources: TemplateSource[];
}

/** Runs the template `stem` over `view`. */
function runTemplate(set: TemplateSet, stem: string, view: object, sourceOf?: SourceOf): TemplateRun {
  const table = new PlaceholderTable(sourceOf);
  try {
    return { ...set.render(stem, view, table), table };
  } catch (error) {
    if (error instanceof TemplateFault) throw faultToError(error, set.sourcesFor(stem));
    throw error;
  }
}

/** The text values a run printed. */
function* printedText(run: TemplateRun): Iterable<string> {
  for (const slot of run.table.slots) if (slot.kind === 'text') yield slot.value;
}

/** The blocks of a run, with the template files it used (for locating later errors). */
function parseRun(run: TemplateRun): { blocks: Block[]; sources: TemplateSource[] } {
  try {
    return { blocks: markdownToBlocks(run.markdown, run.table), sources: run.sources };
  } catch (error) {
    // Only the files this render used can hold the offending line.
    if (error instanceof TemplateFault) throw faultToError(error, run.sources);
    throw error;
  }
}

/** The blocks of a render, with the template files it used (for locating later errors). */
function renderBlocks(set: TemplateSet, stem: string, view: object): { blocks: Block[]; sources: TemplateSource[] } {
  return parseRun(runTemplate(set, stem, view));
}

/** The kinds the template set (built-in, or overlaid by `templatesDir`) has a template for. */
export function availableDocuments(templatesDir?: string): DocumentKind[] {
  return loadTemplates(templatesDir).documentKinds();
}

/** The hash of the template set (built-in, overlaid by `templatesDir`) that documents record and batches compare. */
export function templateSetHash(templatesDir?: string): string {
  return loadTemplates(templatesDir).hash;
}
