/**
 * Names that collide with something the documents or the file system already mean: a decision body
 * named like a term the documents define (R73), and a `spec_id` that Windows cannot use as a folder
 * name (R72), since output is filed under `<out>/<spec_id>/<version>/`.
 */
import { definedTermClash } from '../tables/defined-terms.js';
import { error, type Finding } from './finding.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** Device names Windows reserves in every folder, with or without an extension. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function reservedFolderName(context: RuleContext): Finding[] {
  const id = context.spec.meta.spec_id;
  if (!WINDOWS_RESERVED.test(id)) return [];
  return [
    error(
      'R72',
      pointer('meta', 'spec_id'),
      `Cannot file documents under meta.spec_id "${id}": Windows reserves it as a device name, so no folder can be called that, expected another id`,
      'Output goes to <out>/<spec_id>/<version>/; add a word, for example "' + id + '-partnership".',
    ),
  ];
}

function bodyNamedLikeTerm(context: RuleContext): Finding[] {
  const name = context.spec.governance.decision_body.name;
  const term = definedTermClash(name);
  if (term === undefined) return [];
  return [
    error(
      'R73',
      pointer('governance', 'decision_body', 'name'),
      `Cannot name the decision body "${name}": governance.decision_body.name is a defined term of its own in the documents, and "${term}" already means something else there, expected a name such as "Steering Group" or "Partnership Board"`,
      `The documents define "${term}"; the same words cannot be defined twice in one agreement.`,
    ),
  ];
}

/** R72 and R73. */
export function checkNames(context: RuleContext): Finding[] {
  return [...reservedFolderName(context), ...bodyNamedLikeTerm(context)];
}
