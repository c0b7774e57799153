/**
 * Walks a template's Handlebars syntax tree, and the partials it includes, over the view, and finds
 * every Markdown heading line with the chain of blocks (`#if`, `#unless`, `{{else}}`, `#each`, `#with`)
 * around it and what each block's test gives for this view. Both branches of every block are
 * walked, so headings a condition leaves out are found too; nothing is rendered.
 */
import Handlebars from 'handlebars';
import { childScope, evaluate, expressionText, isTruthy, rootScope, type Scope } from './scope.js';

/** One template file: its path in the set (`partials/x.md.hbs`), the path to show, its text. */
export interface WalkFile {
  name: string;
  file: string;
  source: string;
}

/** One block around a heading, and what its test gives. */
export interface BlockGuard {
  /** The block helper: if, unless, each or with. */
  block: string;
  /** The tested expression as written: `when.funded`, `drafting_notes`. */
  expression: string;
  /** What the heading needs of the test: true inside `#if`/`#each`/`#with`, false inside `#unless` or `{{else}}`. */
  expects: boolean;
  /** The test's truthiness for this view, or null when it cannot be known. */
  value: boolean | null;
  /** Where the block opens. */
  file: string;
  line: number;
}

/** A heading line found in the templates. */
export interface FoundHeading {
  /** The line as written in the template. */
  source: string;
  file: string;
  line: number;
  /** The blocks around it, outermost first. */
  guards: BlockGuard[];
  /** Where its expressions are evaluated. */
  scope: Scope;
}

const MAX_PARTIAL_DEPTH = 32;
const PARTIALS = 'partials/';
const EXTENSION = '.md.hbs';
const HEADING_START = /^#{1,3}[ \t]/;

interface State {
  files: ReadonlyMap<string, WalkFile>;
  parse: (file: WalkFile) => hbs.AST.Program;
  file: WalkFile;
  lines: string[];
  guards: BlockGuard[];
  scope: Scope;
  depth: number;
  out: FoundHeading[];
}

/**
 * Every heading line of `template` and the partials it includes, in document order.
 * @param files the template set by name (`partials/agreement/funding.md.hbs`)
 * @param parse the syntax tree of a file (cached by the caller)
 */
export function findHeadings(
  template: WalkFile,
  files: ReadonlyMap<string, WalkFile>,
  view: object,
  parse: (file: WalkFile) => hbs.AST.Program = (file) => Handlebars.parse(file.source),
): FoundHeading[] {
  const out: FoundHeading[] = [];
  const state: State = {
    files,
    parse,
    file: template,
    lines: template.source.split('\n'),
    guards: [],
    scope: rootScope(view),
    depth: 0,
    out,
  };
  walkProgram(parse(template), state);
  return out;
}

function walkProgram(program: hbs.AST.Program | undefined, state: State): void {
  for (const statement of program?.body ?? []) {
    if (statement.type === 'ContentStatement') scanContent(statement as hbs.AST.ContentStatement, state);
    else if (statement.loc.start.column === 0 && statement.type !== 'PartialStatement')
      considerLine(statement.loc.start.line, state);
    if (statement.type === 'BlockStatement') walkBlock(statement as hbs.AST.BlockStatement, state);
    else if (statement.type === 'PartialStatement') walkPartial(statement as hbs.AST.PartialStatement, state);
  }
}

/** Each line the content starts is a candidate; a line that starts with a tag is taken where the tag is met. */
function scanContent(content: hbs.AST.ContentStatement, state: State): void {
  const { line: firstLine, column } = content.loc.start;
  // Handlebars' typings call `original` strip flags; it is the unstripped source text.
  const original = (content as unknown as { original: string }).original;
  original.split('\n').forEach((segment, i) => {
    // An empty segment leaves its line to whatever statement starts it (considered where it is met).
    if (segment !== '' && (i > 0 || column === 0)) considerLine(firstLine + i, state);
  });
}

/** A line that may be a heading once its values are filled in: `# Title {#id}`, `{{#if x}}#{{/if}}# Title {#id}`. */
function considerLine(line: number, state: State): void {
  const source = state.lines[line - 1] ?? '';
  if (!HEADING_START.test(source) && !source.startsWith('{{')) return;
  state.out.push({ source, file: state.file.file, line, guards: state.guards, scope: state.scope });
}

function walkBlock(block: hbs.AST.BlockStatement, state: State): void {
  const helper = block.path.original;
  const test = evaluate(block.params[0], state.scope);
  const value = test.known ? isTruthy(test.value) : null;
  const guard = (expects: boolean, known = value): BlockGuard => ({
    block: helper,
    expression: expressionText(block.params[0]),
    expects,
    value: known,
    file: state.file.file,
    line: block.loc.start.line,
  });
  const inner = (program: hbs.AST.Program | undefined, g: BlockGuard, scope: Scope = state.scope): void =>
    walkProgram(program, { ...state, guards: [...state.guards, g], scope });
  if (helper === 'each') {
    const items = test.known && value === true ? entries(test.value) : [];
    if (items.length === 0) inner(block.program, guard(true), childScope(state.scope, undefined, {}, false));
    items.forEach(([key, item], index) => {
      const data = { index, key, first: index === 0, last: index === items.length - 1 };
      inner(block.program, guard(true), childScope(state.scope, item, data));
    });
    inner(block.inverse, guard(false));
  } else if (helper === 'with') {
    inner(
      block.program,
      guard(true),
      childScope(state.scope, test.known ? test.value : undefined, state.scope.data, value === true),
    );
    inner(block.inverse, guard(false));
  } else {
    const positive = helper !== 'unless';
    inner(block.program, guard(positive));
    inner(block.inverse, guard(!positive));
  }
}

function entries(value: unknown): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((item, i) => [i, item]);
  if (value !== null && typeof value === 'object') return Object.entries(value);
  return [];
}

function walkPartial(partial: hbs.AST.PartialStatement, state: State): void {
  if (partial.name.type !== 'PathExpression' || state.depth >= MAX_PARTIAL_DEPTH) return;
  const file = state.files.get(`${PARTIALS}${(partial.name as hbs.AST.PathExpression).original}${EXTENSION}`);
  if (file === undefined) return;
  let scope = state.scope;
  const pairs = partial.hash?.pairs ?? [];
  if (partial.params.length > 0 || pairs.length > 0) {
    const base =
      partial.params.length > 0 ? evaluate(partial.params[0], scope) : { known: scope.known, value: scope.context };
    const hash = Object.fromEntries(
      pairs.map((pair) => {
        const v = evaluate(pair.value, scope);
        return [pair.key, v.known ? v.value : undefined];
      }),
    );
    const context =
      pairs.length > 0
        ? { ...(base.known && typeof base.value === 'object' ? base.value : {}), ...hash }
        : base.known
          ? base.value
          : undefined;
    scope = childScope(scope, context, scope.data, scope.known && base.known);
  }
  walkProgram(state.parse(file), { ...state, file, lines: file.source.split('\n'), scope, depth: state.depth + 1 });
}
