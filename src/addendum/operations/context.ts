/**
 * What an operation works on: the consolidated spec as plain data (a deep copy of the base spec,
 * changed in place), and the record of what each operation touched, so that a problem found later in
 * the consolidated spec can be located at the operation that caused it.
 */

/** A JSON object of the spec, read and written loosely: operations change data the schema re-checks. */
export type Json = Record<string, unknown>;

/**
 * The fields of `meta` that consolidation sets from the addendum itself (its resulting_version, status,
 * prepared_date and the change-log entry naming it): an operation never sets them, or is overwritten.
 */
export const DOCUMENT_CONTROL: ReadonlySet<string> = new Set([
  'version',
  'supersedes',
  'status',
  'prepared_date',
  'change_log',
]);

/** A problem an operation found while applying itself, at a pointer inside the addendum. */
export interface OpProblem {
  pointer: string;
  message: string;
  hint?: string;
}

/** One place an operation changed: a consolidated-spec pointer and where in the addendum it came from. */
export interface Touch {
  /** Pointer in the consolidated spec (a value and everything under it). */
  at: string;
  /** Pointer in the addendum that the value under `at` was written at (its sub-paths follow). */
  from: string;
}

/** The state shared by the operations of one addendum. */
export interface OpContext {
  spec: Json;
  /** The addendum pointer of the operation being applied: `/changes/2`. */
  op: string;
  /** The addendum's effective date, the default for a member's own. */
  effectiveDate: string;
  /** Dates signed per member, from the addendum's signatories. */
  signedOn: ReadonlyMap<string, string | null>;
  problems: OpProblem[];
  touches: Touch[];
  /** Member ids the operation is about (a problem at a value naming one is the operation's). */
  members: string[];
}

/** The object at `key` of `parent`, created empty when missing. */
export function objectAt(parent: Json, key: string): Json {
  const value = parent[key];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json;
  const made: Json = {};
  parent[key] = made;
  return made;
}

/** The list at `key` of `parent`, created empty when missing. */
export function listAt(parent: Json, key: string): unknown[] {
  const value = parent[key];
  if (Array.isArray(value)) return value;
  const made: unknown[] = [];
  parent[key] = made;
  return made;
}

/** The items of a list of objects (anything else is skipped). */
export function objects(list: unknown): Json[] {
  return Array.isArray(list)
    ? list.filter((item): item is Json => typeof item === 'object' && item !== null && !Array.isArray(item))
    : [];
}

/** A section of the spec when present, else undefined. */
export function section(spec: Json, key: string): Json | undefined {
  const value = spec[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** Records a problem of the current operation at `sub` (a pointer under the operation). */
export function problem(context: OpContext, sub: string, message: string, hint?: string): void {
  const found: OpProblem = { pointer: `${context.op}${sub}`, message };
  if (hint !== undefined) found.hint = hint;
  context.problems.push(found);
}

/** Records that the current operation changed the value at `at` (written at `sub` under it). */
export function touch(context: OpContext, at: string, sub = ''): void {
  context.touches.push({ at, from: `${context.op}${sub}` });
}

/** The member with `id`, or undefined. */
export function memberOf(spec: Json, id: string): Json | undefined {
  return objects(spec.members).find((member) => member.id === id);
}
