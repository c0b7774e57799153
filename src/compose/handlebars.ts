/**
 * The isolated Handlebars environment templates run in, and compilation of one template into a
 * function from a view to Markdown text.
 *
 * Every `{{value}}` becomes a placeholder token (placeholders.ts) instead of HTML-escaped text: a
 * JavaScriptCompiler subclass on an instance from `Handlebars.create()` replaces the escape call, and
 * the same subclass compiles nested blocks and partials. The global Handlebars is never touched, and
 * `noEscape` is never used. Templates compile strict, known helpers only, prototype access off.
 */
import Handlebars from 'handlebars';
import type { SignatureBlock, Signer, Witness } from '../model/index.js';
import { checkedText, type PlaceholderTable } from './placeholders.js';
import { checkTemplate } from './template-check.js';
import { TemplateFault } from './template-errors.js';
import { parseSource } from './template-parse.js';

/** An isolated Handlebars instance. */
export type HandlebarsEnvironment = typeof Handlebars;

// The per-render table rides in Handlebars' @data, which every block frame and partial inherits.
const DATA_KEY = '_placeholders';

interface CompilerPrototype {
  pushSource(source: unknown): void;
  appendToBuffer(source: unknown[]): unknown;
  popStack(): unknown;
  compiler: unknown;
  appendEscaped(): void;
}

/** What the compiled escape call reaches through `data`. */
interface PlaceholderSink {
  output(value: unknown): string;
  /** Characters produced so far by loop iterations and partials, nested ones counted at every level. */
  produced: number;
}

/**
 * The most text one render may produce, counting what every `{{#each}}` iteration and every partial
 * returns (so nested loops and partials count once per level: a measure of the work, not only of the
 * result). The largest real document produces a few megabytes; a template whose loops nest over the
 * parties, or whose partials include each other twice per level, is stopped here in well under a second
 * instead of running for minutes into gigabytes.
 */
export const MAX_TEMPLATE_EXPANSION = 64 * 1024 * 1024;

/**
 * Counts `text`, just produced by a loop iteration or a partial, against the render's budget.
 * @throws TemplateFault when the render has produced more than MAX_TEMPLATE_EXPANSION characters
 */
export function spendExpansion(data: unknown, text: string): string {
  const sink = (data as Record<string, PlaceholderSink> | undefined)?.[DATA_KEY];
  if (sink === undefined) return text;
  sink.produced += text.length;
  if (sink.produced > MAX_TEMPLATE_EXPANSION) {
    throw new TemplateFault(
      `Cannot render the template: it expands to more than ${MAX_TEMPLATE_EXPANSION / 1024 / 1024} MB of text`,
      'Look for {{#each}} blocks nested inside each other over the same list, or partials that include each other.',
    );
  }
  return text;
}

const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  // log and lookup are Handlebars built-ins outside the dialect: false makes `{{log}}` a plain field.
  knownHelpers: { term: true, signature: true, log: false, lookup: false },
} as const;

/** A fresh Handlebars instance whose escape emits placeholders, with only the dialect's helpers. */
export function createEnvironment(): HandlebarsEnvironment {
  const env = Handlebars.create();
  // The compiler classes are undeclared in Handlebars' typings.
  const internals = env as unknown as { JavaScriptCompiler: new () => CompilerPrototype };
  const Base = internals.JavaScriptCompiler;
  class PlaceholderCompiler extends Base {
    override appendEscaped(): void {
      this.pushSource(this.appendToBuffer([`data.${DATA_KEY}.output(`, this.popStack(), ')']));
    }
  }
  // Child programs (block bodies) are compiled by `new this.compiler()`: without this they would escape for HTML.
  PlaceholderCompiler.prototype.compiler = PlaceholderCompiler;
  internals.JavaScriptCompiler = PlaceholderCompiler;
  env.unregisterHelper('log');
  env.unregisterHelper('lookup');
  const each = env.helpers.each!;
  env.registerHelper('each', function counted(this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const fn = options.fn;
    const body = (item: unknown, frame?: Handlebars.RuntimeOptions) =>
      spendExpansion(frame?.data ?? options.data, fn(item, frame));
    return each.call(this, context, { ...options, fn: body });
  });
  env.registerHelper('term', function term(...args: unknown[]) {
    const options = args.pop() as Handlebars.HelperOptions;
    const [name] = args;
    if (args.length !== 1 || typeof name !== 'string' || name.trim() === '') {
      throw new TemplateFault('Cannot call `term` here, expected one non-empty string: {{term "Lead Partner"}}');
    }
    return new env.SafeString(tableOf(options).term(name));
  });
  env.registerHelper('signature', function signature(...args: unknown[]) {
    const options = args.pop() as Handlebars.HelperOptions;
    if (args.length !== 1)
      throw new TemplateFault('Cannot call `signature` here, expected one view object: {{signature this}}');
    return new env.SafeString(tableOf(options).signature(signatureBlock(args[0])));
  });
  return env;
}

function tableOf(options: Handlebars.HelperOptions): PlaceholderTable {
  return (options.data as Record<string, { table: PlaceholderTable }>)[DATA_KEY]!.table;
}

function signatureBlock(value: unknown): SignatureBlock {
  const v = (value ?? {}) as Record<string, unknown>;
  const signers = Array.isArray(v.signers) ? v.signers.map(signerOf) : [];
  const missing = (['capacity', 'party'] as const).filter((key) => typeof v[key] !== 'string');
  if (
    missing.length > 0 ||
    !(v.terms === null || typeof v.terms === 'string') ||
    signers.length === 0 ||
    signers.some((s) => s === undefined)
  ) {
    throw new TemplateFault(
      `Cannot make a signature block from this value, expected {capacity, party, terms, signers: [{name, jobTitle, date, witness}]}` +
        (missing.length > 0 ? ` (missing or not text: ${missing.join(', ')})` : ''),
    );
  }
  return {
    type: 'signatureBlock',
    capacity: checkedText(v.capacity as string),
    party: checkedText(v.party as string),
    terms: v.terms === null ? null : checkedText(v.terms as string),
    signers: signers as Signer[],
  };
}

/** Text or null, checked; undefined when it is neither. */
function textOrNull(v: unknown): string | null | undefined {
  return v === null || v === undefined ? null : typeof v === 'string' ? checkedText(v) : undefined;
}

/** One signatory of a view's block; undefined when the value is not one. */
function signerOf(value: unknown): Signer | undefined {
  const v = (value ?? {}) as Record<string, unknown>;
  const [name, jobTitle, date] = [textOrNull(v.name), textOrNull(v.jobTitle), textOrNull(v.date)];
  const witness = witnessOf(v.witness);
  if (name === undefined || jobTitle === undefined || date === undefined || witness === undefined) return undefined;
  return { name, jobTitle, date, witness };
}

/** A view's witness: null for none, `{name, occupation}` (each text or null); undefined when it is neither. */
function witnessOf(value: unknown): Witness | null | undefined {
  if (value === null) return null;
  if (typeof value !== 'object') return undefined;
  const { name, occupation } = value as Record<string, unknown>;
  const [checkedName, checkedOccupation] = [textOrNull(name), textOrNull(occupation)];
  return checkedName === undefined || checkedOccupation === undefined
    ? undefined
    : { name: checkedName, occupation: checkedOccupation };
}

/**
 * Parses, checks and compiles `source`. Faults raised while it runs (missing fields in strict mode,
 * bad helper calls, bad values) are tagged with `file` unless a partial inside already tagged them.
 * @throws TemplateFault for a parse error or a construct outside the dialect, tagged with `file`
 */
export function compileTemplate(
  env: HandlebarsEnvironment,
  source: string,
  file: string,
  hasPartial: (name: string) => boolean,
): (context: unknown, options?: Handlebars.RuntimeOptions) => string {
  let compiled: Handlebars.TemplateDelegate;
  try {
    const program = parseSource(env, source);
    checkTemplate(program, hasPartial);
    compiled = env.compile(program, COMPILE_OPTIONS);
  } catch (error) {
    throw tagged(error, file);
  }
  return withFile(compiled, file);
}

/**
 * Parses, checks and compiles `source` to the JavaScript source of a Handlebars template spec, which
 * `templateFromSpec` turns back into the very function `compileTemplate` would have made: the same
 * compiler (escapes become placeholders) and options, so the build can do this work once.
 * @throws TemplateFault as compileTemplate does
 */
export function precompileTemplate(
  env: HandlebarsEnvironment,
  source: string,
  file: string,
  hasPartial: (name: string) => boolean,
): string {
  try {
    const program = parseSource(env, source);
    checkTemplate(program, hasPartial);
    // A copy: Handlebars writes defaults into the options it is given.
    return env.precompile(program, { ...COMPILE_OPTIONS }) as string;
  } catch (error) {
    throw tagged(error, file);
  }
}

/** The render function of a template spec made by `precompileTemplate`, faults tagged with `file`. */
export function templateFromSpec(
  env: HandlebarsEnvironment,
  spec: object,
  file: string,
): (context: unknown, options?: Handlebars.RuntimeOptions) => string {
  let compiled: Handlebars.TemplateDelegate;
  try {
    compiled = env.template(spec as TemplateSpecification);
  } catch (error) {
    throw tagged(error, file);
  }
  return withFile(compiled, file);
}

function withFile(
  compiled: Handlebars.TemplateDelegate,
  file: string,
): (context: unknown, options?: Handlebars.RuntimeOptions) => string {
  return (context, options) => {
    try {
      return compiled(context, options);
    } catch (error) {
      throw tagged(error, file);
    }
  };
}

/** Runs a compiled template over `view`, its values going to `table`. */
export function runTemplate(
  template: (context: unknown, options?: Handlebars.RuntimeOptions) => string,
  view: object,
  table: PlaceholderTable,
): string {
  const sink: PlaceholderSink & { table: PlaceholderTable } = {
    table,
    produced: 0,
    output: (value) => (value instanceof Handlebars.SafeString ? value.toHTML() : table.text(value)),
  };
  return template(view, {
    data: { [DATA_KEY]: sink },
    allowProtoPropertiesByDefault: false,
    allowProtoMethodsByDefault: false,
  });
}

/** `error` as a TemplateFault attributed to `file` (kept as it is when an inner template already did). */
function tagged(error: unknown, file: string): TemplateFault {
  const fault = error instanceof TemplateFault ? error : toFault(error);
  fault.file ??= file;
  return fault;
}

function toFault(error: unknown): TemplateFault {
  const message = error instanceof Error ? error.message : String(error);
  const e = error as { lineNumber?: number; column?: number };
  const missing = /^"([^"]+)" not defined in/.exec(message);
  if (missing !== null) {
    return new TemplateFault(
      `Cannot find the field \`${missing[1]}\` in the view (templates run in strict mode)`,
      'Check the spelling against the view model, or guard the use with {{#if}} on a field that exists.',
      e.lineNumber ?? 0,
      (e.column ?? 0) + 1,
    );
  }
  const parse = /^Parse error on line (\d+):\n([\s\S]*)$/.exec(message);
  if (parse !== null) {
    return new TemplateFault(`Cannot parse the template: ${parse[2]!.split('\n').pop()}`, undefined, Number(parse[1]));
  }
  const line = typeof e.lineNumber === 'number' ? e.lineNumber : 0;
  const text = message.replace(/ - \d+:\d+$/, '');
  return new TemplateFault(`Cannot render the template: ${text}`, undefined, line, line > 0 ? (e.column ?? 0) + 1 : 0);
}
