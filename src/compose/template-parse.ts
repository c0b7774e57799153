/**
 * Parsing a template's source: text that could forge a value is refused, and a parse error is located
 * at its real line and column, before the dialect check and compilation (handlebars.ts).
 */
import type Handlebars from 'handlebars';
import { TemplateFault } from './template-errors.js';

/** The delimiters of a placeholder token: template text holding one could forge a value. */
const FORGED = /[\uE000\uE001]/;

/** Line (1-based) and column (1-based) of `index` in `source`. */
function lineAndColumn(source: string, index: number): { line: number; column: number } {
  const before = source.slice(0, index);
  return { line: before.split('\n').length, column: index - before.lastIndexOf('\n') };
}

/**
 * The syntax tree of `source`. Template text may not hold the characters placeholders are made of,
 * however the token around them is written; a parse error is reported at its real line and column.
 * @throws TemplateFault located in `source`
 */
export function parseSource(env: typeof Handlebars, source: string): hbs.AST.Program {
  const forged = FORGED.exec(source);
  if (forged !== null) {
    const { line, column } = lineAndColumn(source, forged.index);
    const code = `U+${forged[0].charCodeAt(0).toString(16).toUpperCase()}`;
    throw new TemplateFault(
      `Cannot use ${code} in template text: the tool keeps this private-use character to carry values through templates`,
      'Delete it; a value from the spec is written as {{field}}.',
      line,
      column,
    );
  }
  try {
    return env.parse(source);
  } catch (error) {
    // Handlebars' parser keeps the position of the token it stopped at on its (shared, synchronous)
    // lexer; its message gives only the line, and a caret under a 20-character excerpt.
    const lexer = (env as unknown as { Parser: { lexer?: { yylloc?: { first_line: number; first_column: number } } } })
      .Parser.lexer;
    const message = error instanceof Error ? error.message : String(error);
    const at = lexer?.yylloc;
    if (!/^(?:Parse|Lexical) error on line \d+/.test(message) || at === undefined) throw error;
    const reason = message.split('\n').pop() ?? message;
    throw new TemplateFault(`Cannot parse the template: ${reason}`, undefined, at.first_line, at.first_column + 1);
  }
}
