/**
 * The reviewer's map of a spec's documents: for each document, its sections and schedules in order,
 * each marked included or omitted, with the conditions (`{{#if when.x}}`, `{{#unless}}`, `{{else}}`
 * blocks in the template and the partials it includes) that decided it, their values for this spec,
 * and the spec fields each condition reads.
 *
 * The map is read from the templates themselves (their Handlebars syntax trees, user `--templates`
 * overrides included) over the same view compose uses, so it states why, not just what.
 */
import Handlebars from 'handlebars';
import { PartnershipError, type Diagnostic } from '../errors.js';
import type { PartnershipSpec } from '../spec/index.js';
import { CONDITIONS, type ConditionName } from './conditions.js';
import { documentKind, type DocumentKind } from './documents/index.js';
import { parseHeading, renderLine } from './explain/heading-line.js';
import { findHeadings, type BlockGuard, type WalkFile } from './explain/walk.js';
import { parseSource } from './template-parse.js';
import { TemplateFault, templateDiagnostic } from './template-errors.js';
import { loadTemplates } from './templates.js';
import { buildDraftingNotes, buildView } from './view/index.js';

/** How to explain. */
export interface ExplainOptions {
  /** The documents to explain (default: the spec's `meta.documents`). */
  documents?: readonly DocumentKind[];
  /** A folder of templates overriding the built-in ones file by file. */
  templatesDir?: string;
  /** Warnings found in the spec; a draft shows them as drafting notes, which a template may test. */
  warnings?: readonly Diagnostic[];
}

/** One condition that decides whether a section appears. */
export interface ExplainedCondition {
  /** The condition's name (`funded` for `when.funded`), or the view value a block tests (`drafting_notes`). */
  name: string;
  /** True for a named condition of the conditions table (`when.<name>`). */
  named: boolean;
  /** The block that tests it: if, unless, each or with. */
  block: string;
  /** The value the section needs: true inside `#if`, false inside `#unless` or an `{{else}}`. */
  expects: boolean;
  /** Its value for this spec, or null when it cannot be known (inside a block that never runs). */
  value: boolean | null;
  /** Whether it lets the section in (value equals expects). */
  holds: boolean;
  /** The spec fields it reads (named conditions), else []. */
  fields: string[];
  /** What it means, from the conditions table (named conditions), else ''. */
  description: string;
  /** Where the block opens in the templates. */
  file: string;
  line: number;
}

/** One section, schedule or unnumbered section of a document. */
export interface ExplainedSection {
  id: string;
  /** The title with its values filled in where they can be known, else as written. */
  title: string;
  kind: 'section' | 'schedule' | 'unnumbered';
  included: boolean;
  /** Its number in the composed document ("3", "Schedule 2"); null when omitted or unnumbered. */
  number: string | null;
  /** The conditions around its heading, outermost first. */
  conditions: ExplainedCondition[];
  /** The heading line as written, and where. */
  source: string;
  file: string;
  line: number;
}

/** One document of the map. */
export interface DocumentExplanation {
  kind: DocumentKind;
  title: string;
  /** The template file, or null when the template set has none for this document. */
  template: string | null;
  sections: ExplainedSection[];
}

/** The whole map. */
export interface Explanation {
  specId: string;
  version: string;
  documents: DocumentExplanation[];
}

/**
 * Explain which sections of each document a spec gets, and why.
 * @param spec a valid partnership spec
 * @throws PartnershipError('input') when the templates folder cannot be read
 */
export function explainSpec(spec: PartnershipSpec, options: ExplainOptions = {}): Explanation {
  const set = loadTemplates(options.templatesDir);
  const parsed = new Map<string, hbs.AST.Program>();
  const parse = (file: WalkFile): hbs.AST.Program => {
    let program = parsed.get(file.name);
    if (program === undefined) parsed.set(file.name, (program = parseTemplate(file)));
    return program;
  };
  const kinds = options.documents ?? spec.meta.documents;
  const documents = kinds.map((kind): DocumentExplanation => {
    const entry = documentKind(kind);
    const template = set.files.get(`${entry.stem}.md.hbs`);
    const base = { kind, title: entry.title };
    if (template === undefined) return { ...base, template: null, sections: [] };
    const view = { ...buildView(spec, kind), drafting_notes: buildDraftingNotes(spec, options.warnings ?? []) };
    const counts = { section: 0, schedule: 0 };
    const sections = findHeadings(template, set.files, view, parse).flatMap((found): ExplainedSection[] => {
      const rendered = renderLine(found.source, found.scope);
      // A line that starts with a tag says what it is only once rendered.
      const heading =
        rendered === null && found.source.startsWith('{{') ? null : parseHeading(rendered ?? found.source);
      if (heading === null || heading.level !== 1) return [];
      const conditions = found.guards.map(explainGuard);
      const included = conditions.every((c) => c.holds);
      const number =
        !included || heading.kind === 'unnumbered'
          ? null
          : heading.kind === 'schedule'
            ? `Schedule ${++counts.schedule}`
            : String(++counts.section);
      return [
        {
          id: heading.id,
          title: heading.title,
          kind: heading.kind,
          included,
          number,
          conditions,
          source: found.source.trim(),
          file: found.file,
          line: found.line,
        },
      ];
    });
    return { ...base, template: template.file, sections };
  });
  return { specId: spec.meta.spec_id, version: spec.meta.version, documents };
}

/** The syntax tree of a template file; a file Handlebars cannot parse is a located template error. */
function parseTemplate(file: WalkFile): hbs.AST.Program {
  try {
    return parseSource(Handlebars, file.source);
  } catch (error) {
    if (!(error instanceof TemplateFault)) throw error;
    const diagnostic = templateDiagnostic(file.file, error.line, error.column, error.message, error.hint);
    throw new PartnershipError('input', error.message, [diagnostic]);
  }
}

const NAMED = /^(?:@root\.)?when\.([A-Za-z_][A-Za-z0-9_]*)$/;

function explainGuard(guard: BlockGuard): ExplainedCondition {
  const match = NAMED.exec(guard.expression);
  const name = match?.[1];
  const condition =
    name !== undefined && Object.hasOwn(CONDITIONS, name) ? CONDITIONS[name as ConditionName] : undefined;
  return {
    name: condition === undefined ? guard.expression : name!,
    named: condition !== undefined,
    block: guard.block,
    expects: guard.expects,
    value: guard.value,
    holds: guard.value === guard.expects,
    fields: condition === undefined ? [] : [...condition.fields],
    description: condition?.description ?? '',
    file: guard.file,
    line: guard.line,
  };
}
