/**
 * The documents an addendum makes: the Addendum itself (composed over the consolidated spec, with the
 * addendum's own view), and the conformed copy of the agreement, "as amended by Addendum No. N".
 */
import { visit, type NumberedDocument } from '../model/index.js';
import type { AddendumSpec, PartnershipSpec } from '../spec/index.js';
import { composeDocument, composePack, type ComposeOptions } from './compose.js';
import { packKinds } from './documents/index.js';
import { buildAddendumView, type ReplacedClause } from './view/addendum/index.js';

/** What an addendum is composed from. */
export interface AddendumInput {
  addendum: AddendumSpec;
  /** The spec the addendum changes. */
  base: PartnershipSpec;
  /** The base with the addendum applied (src/addendum). */
  consolidated: PartnershipSpec;
}

/**
 * The Addendum, numbered: `addendum-<number>`, titled "Addendum No. N", under the resulting version.
 * @throws PartnershipError('input') for template errors
 */
export function composeAddendum(
  input: AddendumInput,
  options: Pick<ComposeOptions, 'templatesDir'> = {},
): NumberedDocument {
  const { addendum, base, consolidated } = input;
  const clauses = replacedClauses(addendum, base, options);
  const view = buildAddendumView({ addendum, base, consolidated, clauses });
  const doc = composePack(consolidated, ['addendum'], { ...options, addendum: view })[0]!;
  const name = `addendum-${addendum.meta.number}`;
  const title = `Addendum No. ${addendum.meta.number}`;
  return {
    ...doc,
    name,
    meta: {
      ...doc.meta,
      title,
      status: addendum.meta.status,
      subject: `${title} to the Partnership Agreement of ${consolidated.partnership.name}`,
      documentId: `${consolidated.meta.spec_id}/${consolidated.meta.version}/${name}`,
    },
  };
}

/**
 * The agreement as the consolidated spec gives it, its cover and running footer saying "as amended by
 * Addendum No. N": `partnership-agreement-conformed`.
 * @throws PartnershipError('input') for template errors
 */
export function composeConformed(
  input: Pick<AddendumInput, 'addendum' | 'consolidated'>,
  options: Pick<ComposeOptions, 'templatesDir'> = {},
): NumberedDocument {
  const { addendum, consolidated } = input;
  const doc = composeDocument(consolidated, 'partnership_agreement', options);
  const name = 'partnership-agreement-conformed';
  return {
    ...doc,
    name,
    meta: {
      ...doc.meta,
      title: `${doc.meta.title} as amended by Addendum No. ${addendum.meta.number}`,
      documentId: `${consolidated.meta.spec_id}/${consolidated.meta.version}/${name}`,
    },
  };
}

/**
 * Where each clause a `replace_clause` names stood in the agreement before the addendum: its number
 * ("clause 9.4", "paragraph 2.1 of Schedule 4") and heading, read from the base agreement as composed.
 */
function replacedClauses(
  addendum: AddendumSpec,
  base: PartnershipSpec,
  options: Pick<ComposeOptions, 'templatesDir'>,
): Map<string, ReplacedClause> {
  const keys = new Set(addendum.changes.flatMap((op) => (op.op === 'replace_clause' ? [op.clause_key] : [])));
  const found = new Map<string, ReplacedClause>();
  if (keys.size === 0 || !packKinds(base).includes('partnership_agreement')) return found;
  const agreement = composeDocument(base, 'partnership_agreement', options);
  // A clause the base already replaces is known by the replacing clause's id in the composed agreement.
  const byId = new Map((base.custom_clauses ?? []).flatMap((c) => (c.replaces ? [[c.id, c.replaces]] : [])));
  visit(agreement, (node, ancestors) => {
    if (node.type !== 'clause' || node.number === undefined) return;
    const key = byId.get(node.id) ?? node.id;
    if (!keys.has(key)) return;
    const section = ancestors.find((a) => a.type === 'section');
    const inSchedule = section?.type === 'section' && section.kind === 'schedule';
    const number = inSchedule ? `paragraph ${node.number} of ${section.number ?? ''}` : `clause ${node.number}`;
    found.set(key, { number, title: node.title });
  });
  return found;
}
