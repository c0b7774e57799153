/**
 * Conversion of the model's inlines to Word runs: text, bold and italic, cross-reference fields,
 * defined terms, tracked insertions and deletions, and line breaks.
 *
 * One handler per inline type, dispatched through a map. Formatting and the enclosing revision are
 * carried down in an environment, so `strong` inside `insertion` becomes a bold run inside a `w:ins`.
 */
import type { Inline, Reference } from '../../model/index.js';
import { commented } from './comments.js';
import { fieldXml, refInstruction } from './fields.js';
import { BREAK_XML, runXml, textXml, type Revision, type RevisionKind, type RunFormat } from './ooxml.js';
import type { RenderState } from './render-state.js';
import { directedStretches } from '../text-direction.js';
import { writableText } from './xml-text.js';

/** What the runs of an inline inherit from the inlines around it. */
export interface InlineEnv {
  state: RenderState;
  format: RunFormat;
  revision: RevisionKind | null;
}

type Handler<T extends Inline> = (node: T, env: InlineEnv) => string;
type Handlers = { [K in Inline['type']]: Handler<Extract<Inline, { type: K }>> };

/** A new tracked change for one run, when the env is inside an insertion or deletion. */
function revisionOf(env: InlineEnv): Revision | null {
  if (env.revision === null) return null;
  return env.state.revision(env.revision);
}

/** Literal text as runs, one per change of direction, right-to-left ones marked (none for an empty string). */
export function textRun(value: string, env: InlineEnv): string {
  if (value === '') return '';
  let out = '';
  for (const { text, rtl } of directedStretches(writableText(value, env.state))) {
    const format = rtl ? { ...env.format, rtl } : env.format;
    out += runXml(textXml(text, env.revision === 'del'), format, revisionOf(env));
  }
  return out;
}

/**
 * The reference's text with its number as REF fields: "clause " + {14.3} + {(b)}, or "paragraph " +
 * {2.1} + " of " + {Schedule 4}. A reference into another document, or inside a deletion, is plain text,
 * and so is a text in which the target's number cannot be found.
 */
function reference(node: Reference, env: InlineEnv): string {
  const text = node.text;
  if (text === undefined) {
    env.state.warn(
      'docx-reference',
      `Cannot write reference to \`${node.target}\`: it has no text, expected a numbered document`,
    );
    return textRun(node.target, env);
  }
  const target = node.document === null ? env.state.targets.get(node.target) : undefined;
  if (target === undefined || env.revision === 'del' || env.revision === 'moveFrom') return textRun(text, env);
  const groups = [target.parts];
  if (target.schedule !== null && target.schedule.bookmark !== target.parts[0]?.bookmark)
    groups.push([target.schedule]);
  let out = '';
  let rest = text;
  for (const parts of groups) {
    const number = parts.map((part) => part.number).join('');
    const at = rest.indexOf(number);
    if (number === '' || at < 0) continue;
    out += textRun(rest.slice(0, at), env);
    for (const part of parts) out += fieldXml(refInstruction(part.bookmark), part.number, env.format, revisionOf(env));
    rest = rest.slice(at + number.length);
  }
  return out + textRun(rest, env);
}

const handlers: Handlers = {
  // A reviewer copy's value is the range of a comment naming its source.
  text: (node, env) =>
    node.source && env.revision === null
      ? commented(textRun(node.value, env), `[${node.source.number}] ${node.source.label}`, env.state)
      : textRun(node.value, env),
  strong: (node, env) => renderInlines(node.children, { ...env, format: { ...env.format, bold: true } }),
  emphasis: (node, env) => renderInlines(node.children, { ...env, format: { ...env.format, italics: true } }),
  reference,
  definedTerm: (node, env) => textRun(node.term, env),
  insertion: (node, env) => renderInlines(node.children, { ...env, revision: 'ins' }),
  deletion: (node, env) => renderInlines(node.children, { ...env, revision: 'del' }),
  lineBreak: (_node, env) => runXml(BREAK_XML, env.format, revisionOf(env)),
};

/** The runs of `nodes`, in order. */
export function renderInlines(nodes: readonly Inline[], env: InlineEnv): string {
  let out = '';
  for (const node of nodes) {
    const handler = handlers[node.type] as Handler<Inline> | undefined;
    if (handler === undefined) throw new Error(`Cannot handle unknown inline \`${(node as { type: string }).type}\``);
    out += handler(node, env);
  }
  return out;
}

/** The starting environment of a paragraph's inlines: inside the block's tracked change, if any. */
export function inlineEnv(state: RenderState, format: RunFormat = {}): InlineEnv {
  return { state, format, revision: state.blockRevision };
}

/** A title's runs: with its redline marks when it has them. */
export function titleRuns(node: { title: string | null; titleMarks?: Inline[] }, env: InlineEnv): string {
  return node.titleMarks ? renderInlines(node.titleMarks, env) : textRun(node.title ?? '', env);
}
