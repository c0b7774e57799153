/**
 * Evaluates template expressions against the view the way Handlebars would, for the reviewer's map:
 * paths (`when.funded`, `this`, `../name`, `@index`, `@root.when.x`), literals, and Handlebars'
 * truthiness. Where a block's context is not known (the body of an empty `{{#each}}`), values are
 * unknown rather than guessed.
 */
/// <reference types="handlebars" />

/** Where an expression is evaluated: the context, the contexts above it, the root view and @data. */
export interface Scope {
  context: unknown;
  /** Contexts of the enclosing context-changing blocks, outermost first (for `../`). */
  parents: unknown[];
  root: unknown;
  /** @index, @first, @last, @key of the innermost loop. */
  data: Record<string, unknown>;
  /** False inside a block that never runs for this spec (so there is no real context). */
  known: boolean;
}

/** The value of an expression, or `known: false` when it cannot be told. */
export type Evaluated = { known: true; value: unknown } | { known: false };

const UNKNOWN: Evaluated = { known: false };

/** The outermost scope of a template: the view itself. */
export function rootScope(view: unknown): Scope {
  return { context: view, parents: [], root: view, data: {}, known: true };
}

/** A scope whose context is `context`, one level below `scope` (as `#each` and `#with` make). */
export function childScope(
  scope: Scope,
  context: unknown,
  data: Record<string, unknown> = scope.data,
  known = scope.known,
): Scope {
  return { context, parents: [...scope.parents, scope.context], root: scope.root, data, known };
}

/** Own properties only, as templates run with prototype access off. */
function step(value: unknown, key: string): Evaluated {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return UNKNOWN;
  return { known: true, value: (value as Record<string, unknown>)[key] };
}

function walk(start: unknown, parts: readonly string[]): Evaluated {
  let current: Evaluated = { known: true, value: start };
  for (const part of parts) {
    if (!current.known) return UNKNOWN;
    current = step(current.value, part);
  }
  return current;
}

/** The value of a path, a literal or anything else (unknown). */
export function evaluate(node: hbs.AST.Expression | undefined, scope: Scope): Evaluated {
  if (node === undefined) return UNKNOWN;
  switch (node.type) {
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return { known: true, value: (node as hbs.AST.StringLiteral).value };
    case 'NullLiteral':
      return { known: true, value: null };
    case 'PathExpression':
      return evaluatePath(node as hbs.AST.PathExpression, scope);
    default:
      return UNKNOWN;
  }
}

function evaluatePath(path: hbs.AST.PathExpression, scope: Scope): Evaluated {
  if (path.data) {
    const [head, ...rest] = path.parts;
    if (head === 'root') return walk(scope.root, rest);
    return scope.known && head !== undefined && Object.hasOwn(scope.data, head)
      ? walk(scope.data[head], rest)
      : UNKNOWN;
  }
  if (!scope.known) return UNKNOWN;
  const base = path.depth === 0 ? scope.context : scope.parents[scope.parents.length - path.depth];
  if (path.depth > scope.parents.length) return UNKNOWN;
  return walk(base, path.parts);
}

/** Handlebars' truthiness for `#if`: false, null, undefined, '', 0 and [] are false. */
export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

/** The source text of an expression, as a reviewer would read it. */
export function expressionText(node: hbs.AST.Expression | undefined): string {
  if (node === undefined) return '';
  if (node.type === 'PathExpression') return (node as hbs.AST.PathExpression).original;
  if (node.type === 'StringLiteral') return JSON.stringify((node as hbs.AST.StringLiteral).value);
  const literal = node as Partial<hbs.AST.NumberLiteral>;
  return literal.original === undefined ? node.type : String(literal.original);
}
