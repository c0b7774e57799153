/**
 * An addendum applied to its base spec (DOMAIN §3.5): R48's preconditions, then each operation on a
 * copy of the base, then document control (resulting version, change log, supersedes), then every rule
 * on the consolidated spec and the addendum's `expected_after`. A problem in the consolidated spec is
 * reported where the operation that caused it is written in the addendum file, never at a line of a
 * spec nobody wrote.
 */
import type { Diagnostic } from '../errors.js';
import { hasErrors } from '../errors.js';
import { validateSpec, type AddendumSpec, type Locate, type PartnershipSpec } from '../spec/index.js';
import { checkExpected } from './expected.js';
import { applyOperation, type Json, type OpContext, type Touch } from './operations/index.js';
import { checkPreconditions } from './preconditions.js';
import { Provenance } from './provenance.js';

/** Where the addendum is, for located diagnostics. */
export interface AddendumPlace {
  file: string;
  locate: Locate;
}

/** What applying an addendum gives. */
export interface Applied {
  /** The consolidated spec, only when no diagnostic is an error. */
  consolidated: PartnershipSpec | null;
  /** Every problem, located in the addendum file. */
  diagnostics: Diagnostic[];
  /** A consolidated-spec pointer → the line and column of the addendum value it came from. */
  locate: Locate;
}

/**
 * Applies `addendum` to `base` (both already valid on their own).
 * @param addendum the addendum spec
 * @param base the base partnership spec it changes
 * @param place the addendum's file and positions
 */
export function applyAddendum(addendum: AddendumSpec, base: PartnershipSpec, place: AddendumPlace): Applied {
  const at = (pointer: string, message: string, code = 'R48', hint?: string): Diagnostic => {
    const { line, column } = place.locate(pointer);
    const d: Diagnostic = { severity: 'error', code, message, file: place.file, line, column, pointer };
    if (hint !== undefined) d.hint = hint;
    return d;
  };
  const failed = checkPreconditions(addendum, base).map((p) => at(p.pointer, p.message, 'R48', p.hint));
  const spec = JSON.parse(JSON.stringify(base)) as Json;
  const touches: Touch[][] = [];
  const members: string[][] = [];
  const signedOn = new Map((addendum.signatures.signatories ?? []).map((s) => [s.member_id, s.date ?? null]));
  addendum.changes.forEach((op, i) => {
    const context: OpContext = {
      spec,
      op: `/changes/${i}`,
      effectiveDate: addendum.effective_date,
      signedOn,
      problems: [],
      touches: [],
      members: [],
    };
    applyOperation(context, op);
    failed.push(...context.problems.map((p) => at(p.pointer, p.message, 'R48', p.hint)));
    touches.push(context.touches);
    members.push(context.members);
  });
  consolidateMeta(spec, addendum);
  const provenance = new Provenance(spec, touches, members);
  const locate: Locate = (pointer) => place.locate(provenance.sourceOf(pointer));
  if (hasErrors(failed)) return { consolidated: null, diagnostics: failed, locate };
  const baseFound = new Set(validateSpec(base, '').diagnostics.map(key));
  const found = validateSpec(spec, place.file)
    .diagnostics.filter((d) => !baseFound.has(key(d)))
    .map((d): Diagnostic => {
      const source = provenance.sourceOf(d.pointer);
      const { line, column } = place.locate(source);
      const change = provenance.changeOf(d.pointer);
      const after =
        change === null
          ? afterChanges(provenance.changesInSection(d.pointer))
          : `after change ${change + 1} (\`${addendum.changes[change]!.op}\`)`;
      return { ...d, message: `${d.message} (in the consolidated spec, ${after})`, line, column, pointer: source };
    });
  const expected = hasErrors(found)
    ? []
    : checkExpected(addendum, spec as unknown as PartnershipSpec).map((p) => at(p.pointer, p.message));
  const diagnostics = [...found, ...expected].sort((a, b) => a.line - b.line || a.column - b.column);
  return { consolidated: hasErrors(diagnostics) ? null : (spec as unknown as PartnershipSpec), diagnostics, locate };
}

function afterChanges(changes: number[]): string {
  if (changes.length === 0) return 'after the changes';
  const numbers = changes.map((c) => c + 1);
  const last = numbers.pop()!;
  return numbers.length === 0 ? `after change ${last}` : `after changes ${numbers.join(', ')} and ${last}`;
}

function key(d: Diagnostic): string {
  return `${d.severity} ${d.code} ${d.pointer} ${d.message}`;
}

/** The consolidated spec's document control: the new version, what it supersedes, its history. */
function consolidateMeta(spec: Json, addendum: AddendumSpec): void {
  const meta = spec.meta as Json;
  const previous = `${String(meta.spec_id)}@${String(meta.version)}`;
  meta.version = addendum.resulting_version;
  meta.supersedes = previous;
  meta.status = addendum.meta.status;
  meta.prepared_date = addendum.meta.prepared_date;
  const log = Array.isArray(meta.change_log) ? meta.change_log : (meta.change_log = []);
  log.push({
    version: addendum.resulting_version,
    date: addendum.effective_date,
    summary: `Addendum No. ${addendum.meta.number}: ${addendum.meta.title}`,
  });
}
