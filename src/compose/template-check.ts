/**
 * Checks a parsed template against the dialect before it is compiled: only the helpers `term` and
 * `signature`, only the blocks if/unless/each/with, no triple-stash, no decorators or partial blocks,
 * only known partials, only the data variables Handlebars sets, and no path into Object.prototype
 * (so prototype access is refused before Handlebars would even look).
 */
/// <reference types="handlebars" />
import { TemplateFault } from './template-errors.js';

/** Helpers a template may call. */
export const DIALECT_HELPERS = ['term', 'signature'] as const;
const BLOCKS = new Set(['if', 'unless', 'each', 'with']);
const DATA = new Set(['index', 'first', 'last', 'key', 'root']);

/**
 * Walks `program` and throws on the first construct outside the dialect.
 * @param hasPartial whether a partial of that name exists in the template set
 * @throws TemplateFault with the line and column of the construct
 */
export function checkTemplate(program: hbs.AST.Program, hasPartial: (name: string) => boolean): void {
  const fail = (node: hbs.AST.Node, message: string, hint?: string): never => {
    throw new TemplateFault(message, hint, node.loc.start.line, node.loc.start.column + 1);
  };

  const path = (node: hbs.AST.Node): void => {
    if (node.type === 'SubExpression') fail(node, 'Cannot use a subexpression `(…)`, expected a field or a literal');
    if (node.type !== 'PathExpression') return;
    const p = node as hbs.AST.PathExpression;
    if (p.data && !DATA.has(p.parts[0] ?? '')) {
      fail(node, `Cannot use \`@${p.parts.join('.')}\`, expected @index, @first, @last, @key or @root`);
    }
    const bad = p.parts.find((part) => part in Object.prototype);
    if (bad !== undefined) fail(node, `Cannot read \`${bad}\` in \`${p.original}\`: prototype access is off`);
  };

  const expressions = (params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined): void => {
    params.forEach(path);
    hash?.pairs.forEach((pair) => path(pair.value));
  };

  const visit = (node: hbs.AST.Node): void => {
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach(visit);
        return;
      case 'MustacheStatement': {
        const m = node as hbs.AST.MustacheStatement;
        if (!m.escaped) {
          fail(
            node,
            'Cannot use triple-stash `{{{…}}}` or `{{&…}}`: every value is inserted as literal text',
            'Use `{{…}}`.',
          );
        }
        const name = m.path.type === 'PathExpression' ? (m.path as hbs.AST.PathExpression).original : null;
        const isHelper = m.params.length > 0 || (m.hash?.pairs.length ?? 0) > 0;
        if (isHelper && !(DIALECT_HELPERS as readonly (string | null)[]).includes(name)) {
          fail(node, `Cannot call the helper \`${String(name)}\`, expected \`term\` or \`signature\``);
        }
        if (isHelper && (m.params.length !== 1 || (m.hash?.pairs.length ?? 0) > 0)) {
          fail(node, `Cannot call \`${String(name)}\` with these arguments, expected exactly one`);
        }
        const [first] = m.params;
        if (
          name === 'term' &&
          first?.type === 'StringLiteral' &&
          (first as hbs.AST.StringLiteral).value.trim() === ''
        ) {
          fail(node, 'Cannot define an empty term, expected {{term "Lead Partner"}}');
        }
        path(m.path);
        expressions(m.params, m.hash);
        return;
      }
      case 'BlockStatement': {
        const b = node as hbs.AST.BlockStatement;
        const name = b.path.original;
        if (!BLOCKS.has(name))
          fail(node, `Cannot open the block \`{{#${name}}}\`, expected #if, #unless, #each or #with`);
        if (b.params.length !== 1)
          fail(node, `Cannot open \`{{#${name}}}\` with ${b.params.length} arguments, expected one`);
        expressions(b.params, b.hash);
        visit(b.program);
        if (b.inverse) visit(b.inverse);
        return;
      }
      case 'PartialStatement': {
        const p = node as hbs.AST.PartialStatement;
        if (p.name.type !== 'PathExpression') fail(node, 'Cannot use a dynamic partial name, expected `{{> name}}`');
        const name = (p.name as hbs.AST.PathExpression).original;
        if (!hasPartial(name)) {
          fail(node, `Cannot find the partial \`${name}\`, expected a file partials/${name}.md.hbs`);
        }
        expressions(p.params, p.hash);
        return;
      }
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      default:
        fail(node, `Cannot use ${node.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()} in a template`);
    }
  };
  visit(program);
}
