/**
 * Conversion of the model's inlines to Word runs: text, bold and italic, cross-reference fields,
 * defined terms, tracked insertions and deletions, and line breaks.
 *
 * One handler per inline type, dispatched through a map. Formatting and the enclosing revision are
 * carried down in an environment, so `strong` inside `insertion` becomes a bold run inside a `w:ins`.
 */
import { DeletedTextRun, InsertedTextRun, TextRun, type IRunOptions, type ParagraphChild } from 'docx';
import type { Inline, Reference } from '../../model/index.js';
import { fieldParts, refInstruction } from './fields.js';
import { REVISION_AUTHOR, type RenderState } from './render-state.js';
import { writableText } from './xml-text.js';

/** What the runs of an inline inherit from the inlines around it. */
export interface InlineEnv {
  state: RenderState;
  format: { bold?: boolean; italics?: boolean };
  revision: 'ins' | 'del' | null;
}

type Handler<T extends Inline> = (node: T, env: InlineEnv) => ParagraphChild[];
type Handlers = { [K in Inline['type']]: Handler<Extract<Inline, { type: K }>> };

/** A run of `options` in the env's formatting, inside a tracked change when the env is in one. */
function run(options: IRunOptions, env: InlineEnv): ParagraphChild {
  const formatted = { ...env.format, ...options };
  if (env.revision === null) return new TextRun(formatted);
  const change = { id: env.state.nextRevisionId(), author: REVISION_AUTHOR, date: env.state.revisionDate };
  return env.revision === 'ins'
    ? new InsertedTextRun({ ...formatted, ...change })
    : new DeletedTextRun({ ...formatted, ...change });
}

/** Literal text; `text` (never a string child, which docx may read as a page field) keeps it literal. */
export function textRun(value: string, env: InlineEnv): ParagraphChild[] {
  if (value === '') return [];
  return [run({ text: writableText(value, env.state) }, env)];
}

function field(bookmark: string, result: string, env: InlineEnv): ParagraphChild {
  return run({ children: fieldParts(refInstruction(bookmark), result) }, env);
}

/**
 * The reference's text with its number as REF fields: "clause " + {14.3} + {(b)}, or "paragraph " +
 * {2.1} + " of " + {Schedule 4}. A reference into another document, or inside a deletion, is plain text,
 * and so is a text in which the target's number cannot be found.
 */
function reference(node: Reference, env: InlineEnv): ParagraphChild[] {
  const text = node.text;
  if (text === undefined) {
    env.state.warn('docx-reference', `Cannot write reference to \`${node.target}\`: it has no text, expected a numbered document`);
    return textRun(node.target, env);
  }
  const target = node.document === null ? env.state.targets.get(node.target) : undefined;
  if (target === undefined || env.revision === 'del') return textRun(text, env);
  const groups = [target.parts];
  if (target.schedule !== null && target.schedule.bookmark !== target.parts[0]?.bookmark) groups.push([target.schedule]);
  const out: ParagraphChild[] = [];
  let rest = text;
  for (const parts of groups) {
    const number = parts.map((part) => part.number).join('');
    const at = rest.indexOf(number);
    if (number === '' || at < 0) continue;
    out.push(...textRun(rest.slice(0, at), env), ...parts.map((part) => field(part.bookmark, part.number, env)));
    rest = rest.slice(at + number.length);
  }
  out.push(...textRun(rest, env));
  return out;
}

const handlers: Handlers = {
  text: (node, env) => textRun(node.value, env),
  strong: (node, env) => renderInlines(node.children, { ...env, format: { ...env.format, bold: true } }),
  emphasis: (node, env) => renderInlines(node.children, { ...env, format: { ...env.format, italics: true } }),
  reference,
  definedTerm: (node, env) => textRun(node.term, env),
  insertion: (node, env) => renderInlines(node.children, { ...env, revision: 'ins' }),
  deletion: (node, env) => renderInlines(node.children, { ...env, revision: 'del' }),
  lineBreak: (_node, env) => [run({ break: 1 }, env)],
};

/** The runs of `nodes`, in order. */
export function renderInlines(nodes: readonly Inline[], env: InlineEnv): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    const handler = handlers[node.type] as Handler<Inline> | undefined;
    if (handler === undefined) throw new Error(`Cannot handle unknown inline \`${(node as { type: string }).type}\``);
    out.push(...handler(node, env));
  }
  return out;
}

/** The starting environment of a paragraph's inlines. */
export function inlineEnv(state: RenderState, format: InlineEnv['format'] = {}): InlineEnv {
  return { state, format, revision: null };
}
