/**
 * A partnership's own clauses (`custom_clauses[]`) → clauses inserted right after the generated clause
 * whose id they name (`after`), or standing in for it (`replaces`, how an addendum's clause text lives in
 * the consolidated spec), in whichever composed document holds it; their text is literal. An id that
 * names no clause is a located `custom-clause` error listing the nearest ids.
 */
import { PartnershipError, type Diagnostic } from '../errors.js';
import { nearestIds, visit, type Block, type Clause, type Document, type Paragraph } from '../model/index.js';
import type { PartnershipSpec } from '../spec/index.js';
import { checkedText, literalInlines } from './placeholders.js';
import { TemplateFault } from './template-errors.js';

type CustomClause = NonNullable<PartnershipSpec['custom_clauses']>[number];

/** Where spec diagnostics point. */
export interface SpecPlace {
  locate?: (pointer: string) => { line: number; column: number };
  specFile?: string;
}

/**
 * `docs` with every custom clause inserted (numbering later gives them numbers in sequence). Several
 * clauses after the same id keep the spec's order; a clause may follow an earlier custom clause; one
 * that names a section goes at the end of that section.
 * @throws PartnershipError('input') with one `custom-clause` Diagnostic per clause that cannot be placed
 */
export function insertCustomClauses(
  docs: readonly Document[],
  clauses: readonly CustomClause[],
  place: SpecPlace,
): Document[] {
  const out = [...docs];
  const diagnostics: Diagnostic[] = [];
  const lastAfter = new Map<string, string>();
  clauses.forEach((custom, index) => {
    const pointer = `/custom_clauses/${index}`;
    const ids = out.map(idsOf);
    if (ids.some((set) => set.has(custom.id))) {
      diagnostics.push(
        problem(
          place,
          `${pointer}/id`,
          `Cannot add custom clause \`${custom.id}\`: a clause already has that id, expected a new id`,
        ),
      );
      return;
    }
    const field = custom.replaces === undefined ? 'after' : 'replaces';
    const named = custom.replaces ?? custom.after ?? '';
    const target = field === 'after' ? (lastAfter.get(named) ?? named) : named;
    const at = ids.findIndex((set) => set.has(target));
    if (at === -1) {
      const near = nearestIds(
        named,
        ids.flatMap((set) => [...set]),
      );
      const verb =
        field === 'after'
          ? `place custom clause \`${custom.id}\` after`
          : `replace with custom clause \`${custom.id}\``;
      diagnostics.push(
        problem(
          place,
          `${pointer}/${field}`,
          `Cannot ${verb} \`${named}\`: no clause of the documents has that id, nearest are ${near.map((id) => `\`${id}\``).join(', ') || 'none'}`,
          near[0] === undefined ? undefined : `Did you mean \`${near[0]}\`?`,
        ),
      );
      return;
    }
    let clause: Clause;
    try {
      clause = clauseOf(custom);
    } catch (error) {
      if (!(error instanceof TemplateFault)) throw error;
      diagnostics.push(
        problem(place, pointer, `Cannot add custom clause \`${custom.id}\`: ${error.message}`, error.hint),
      );
      return;
    }
    const doc = out[at]!;
    if (field === 'replaces') {
      const replaced = replaceClause(doc.children, target, clause);
      if (replaced === null) {
        diagnostics.push(
          problem(
            place,
            `${pointer}/replaces`,
            `Cannot replace \`${target}\` with custom clause \`${custom.id}\`: it is a section, expected the id of a clause`,
          ),
        );
        return;
      }
      out[at] = { ...doc, children: replaced };
      return;
    }
    out[at] = { ...doc, children: insertAfter(doc.children, target, clause) };
    lastAfter.set(named, custom.id);
  });
  if (diagnostics.length > 0) {
    throw new PartnershipError(
      'input',
      `Cannot place ${diagnostics.length} custom clause${diagnostics.length === 1 ? '' : 's'}`,
      diagnostics,
    );
  }
  return out;
}

/** Ids of the sections and clauses of a document. */
function idsOf(doc: Document): Set<string> {
  const ids = new Set<string>();
  visit(doc, (node) => {
    if (node.type === 'section' || node.type === 'clause') ids.add(node.id);
  });
  return ids;
}

/**
 * `blocks` with the clause `id` replaced by `clause`, which takes its id so that references to it, and
 * custom clauses placed after it, still find it; null when `id` names a section.
 */
function replaceClause(blocks: readonly Block[], id: string, clause: Clause): Block[] | null {
  let isSection = false;
  const walk = (list: readonly Block[]): Block[] =>
    list.map((block) => {
      if (block.type !== 'section' && block.type !== 'clause') return block;
      if (block.id === id) {
        if (block.type === 'section') isSection = true;
        return block.type === 'clause' ? { ...clause, id } : block;
      }
      return { ...block, children: walk(block.children) };
    });
  const out = walk(blocks);
  return isSection ? null : out;
}

/** The clause a custom clause becomes: paragraphs split on blank lines, newlines kept as line breaks. */
function clauseOf(custom: CustomClause): Clause {
  const paragraphs = checkedText(custom.text)
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((text) => text.replace(/^\n+|\n+$/g, ''))
    .filter((text) => text.trim() !== '')
    .map((text): Paragraph => ({ type: 'paragraph', children: literalInlines(text) }));
  const title = custom.title === undefined || custom.title.trim() === '' ? null : checkedText(custom.title);
  return { type: 'clause', id: custom.id, title, children: paragraphs };
}

/** `blocks` with `clause` after the clause `after` (or at the end of the section `after`). */
function insertAfter(blocks: readonly Block[], after: string, clause: Clause): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.type === 'section' && block.id === after) {
      out.push({ ...block, children: [...block.children, clause] });
    } else if (block.type === 'section' || block.type === 'clause') {
      out.push(block.id === after ? block : { ...block, children: insertAfter(block.children, after, clause) });
      if (block.id === after) out.push(clause);
    } else {
      out.push(block);
    }
  }
  return out;
}

function problem(place: SpecPlace, pointer: string, message: string, hint?: string): Diagnostic {
  const { line, column } = place.locate?.(pointer) ?? { line: 0, column: 0 };
  const diagnostic: Diagnostic = {
    severity: 'error',
    code: 'custom-clause',
    message,
    file: place.specFile ?? '',
    line,
    column,
    pointer,
  };
  if (hint !== undefined) diagnostic.hint = hint;
  return diagnostic;
}
