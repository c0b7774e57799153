/**
 * One Markdown heading line of a template (`# Title {#id .schedule}`), as the reviewer should see it:
 * its values filled in from the view where they can be, and split into level, title, id and kind.
 */
import Handlebars from 'handlebars';
import { evaluate, isTruthy, type Scope } from './scope.js';

/** What a heading line says. */
export interface HeadingParts {
  /** 1 for a section or schedule, 2 for a clause, 3 for a sub-clause. */
  level: number;
  title: string;
  id: string;
  kind: 'section' | 'schedule' | 'unnumbered';
}

// `{#id .class}` may hold `{{value}}` expressions, so the attribute block allows `{{…}}` inside it.
const HEADING = /^(#{1,3})[ \t]+(.*?)[ \t]*\{((?:[^{}]|\{\{[^{}]*\}\})*)\}[ \t]*$/;
const BARE_HEADING = /^(#{1,3})[ \t]+(.*?)[ \t]*$/;

/**
 * The parts of a heading line, or null when the line is not a heading with an id block.
 * @param line the heading line, rendered or as written
 */
export function parseHeading(line: string): HeadingParts | null {
  const match = HEADING.exec(line.trim());
  if (match === null) {
    const bare = BARE_HEADING.exec(line.trim());
    return bare === null ? null : { level: bare[1]!.length, title: bare[2]!, id: '', kind: 'section' };
  }
  const tokens = match[3]!.trim().split(/\s+(?![^{]*\}\})/);
  const id = tokens.find((t) => t.startsWith('#'))?.slice(1) ?? '';
  const classes = tokens.filter((t) => t.startsWith('.')).map((t) => t.slice(1));
  const kind = classes.includes('schedule') ? 'schedule' : classes.includes('unnumbered') ? 'unnumbered' : 'section';
  return { level: match[1]!.length, title: match[2]!, id, kind };
}

/**
 * The line with its `{{…}}` expressions replaced by their values in `scope`, or null when some value
 * cannot be known (the context is unknown, a value is not text, or the line uses more than values,
 * `term` and inline `#if`/`#unless`).
 */
export function renderLine(line: string, scope: Scope): string | null {
  if (!line.includes('{{')) return line;
  let program: hbs.AST.Program;
  try {
    program = Handlebars.parse(line);
  } catch {
    return null;
  }
  return renderProgram(program, scope);
}

function renderProgram(program: hbs.AST.Program | undefined, scope: Scope): string | null {
  if (program === undefined) return '';
  let out = '';
  for (const statement of program.body) {
    const piece = renderStatement(statement, scope);
    if (piece === null) return null;
    out += piece;
  }
  return out;
}

function renderStatement(statement: hbs.AST.Statement, scope: Scope): string | null {
  switch (statement.type) {
    case 'ContentStatement':
      return (statement as hbs.AST.ContentStatement).value;
    case 'CommentStatement':
      return '';
    case 'MustacheStatement': {
      const m = statement as hbs.AST.MustacheStatement;
      const name = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : '';
      const target =
        m.params.length === 0 ? m.path : name === 'term' && m.params.length === 1 ? m.params[0] : undefined;
      const value = evaluate(target, scope);
      if (!value.known) return null;
      if (value.value === null) return '';
      return typeof value.value === 'string' || typeof value.value === 'number' ? String(value.value) : null;
    }
    case 'BlockStatement': {
      const b = statement as hbs.AST.BlockStatement;
      const helper = b.path.original;
      const test = evaluate(b.params[0], scope);
      if ((helper !== 'if' && helper !== 'unless') || !test.known) return null;
      const chosen = isTruthy(test.value) === (helper === 'if') ? b.program : b.inverse;
      return renderProgram(chosen, scope);
    }
    default:
      return null;
  }
}
