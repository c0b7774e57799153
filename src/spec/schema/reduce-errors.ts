/**
 * Turns ajv's error list (compiled with allErrors) into one located diagnostic per problem.
 *
 * ajv reports a cascade: an `if` that failed its `then`, an `anyOf` that matched no branch plus each
 * branch's own complaint, a missing field next to the misspelt one that was meant. Here wrappers are
 * dropped, union branches whose type did not even match are set aside, one error is kept per
 * location (a DOMAIN rule's first, then the most specific keyword), and a `required` that an unknown
 * field's "did you mean" already explains is folded into it.
 */
import type { ErrorObject } from 'ajv';
import type { Diagnostic } from '../../errors.js';
import type { Locate, Locator } from '../locate.js';
import { describeError, type DescribeContext, type Problem } from './describe-error.js';
import { ruleOf } from './schema-document.js';

/** Keywords that only combine other schemas: their failure is explained by their branches' errors. */
const WRAPPERS = new Set(['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', '$ref']);
const UNIONS = new Set(['anyOf', 'oneOf']);

/** Lower is more specific, so kept first when several errors share one location. */
const KEYWORD_RANK: Record<string, number> = {
  type: 1,
  required: 2,
  additionalProperties: 2,
  unevaluatedProperties: 2,
  const: 3,
  enum: 3,
  pattern: 4,
  format: 5,
};

interface Candidate extends Problem {
  code: string;
  rank: number;
  order: number;
}

function within(pointer: string, parent: string): boolean {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}

/**
 * One diagnostic per problem, in the order ajv found them.
 * @param errors `validate.errors` of the compiled spec validator
 * @param context the schema, data and source text the messages quote
 * @param locate pointer → line and column
 * @param file the file as the user named it
 */
export function schemaDiagnostics(
  errors: readonly ErrorObject[],
  context: DescribeContext,
  locate: Locate | Locator,
  file: string,
): Diagnostic[] {
  const kept = collapse(errors);
  const candidates: Candidate[] = kept.map((error, order) => {
    const problem = describeError(error, context);
    const rule = ruleOf(context.schema, error.schemaPath);
    const rank = rule ? 0 : (KEYWORD_RANK[error.keyword] ?? 6);
    return { ...problem, code: rule ?? error.keyword, rank, order };
  });

  const best = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const current = best.get(candidate.pointer);
    if (!current || candidate.rank < current.rank) best.set(candidate.pointer, candidate);
  }
  const explained = new Set(
    [...best.values()]
      .filter((c) => c.suggestion !== undefined)
      .map((c) => `${c.pointer.replace(/\/[^/]*$/, '')}/${c.suggestion ?? ''}`),
  );
  return [...best.values()]
    .filter((c) => !(c.keyword === 'required' && explained.has(c.pointer)))
    .sort((a, b) => a.order - b.order)
    .map((c) => {
      const { line, column } = c.atKey && 'locateKey' in locate ? locate.locateKey(c.pointer) : locate(c.pointer);
      const diagnostic: Diagnostic = {
        severity: 'error',
        code: c.code,
        message: c.message,
        file,
        line,
        column,
        pointer: c.pointer,
      };
      return c.hint === undefined ? diagnostic : { ...diagnostic, hint: c.hint };
    });
}

/**
 * The errors worth describing: wrappers dropped, the item-by-item complaints under a failed
 * `contains` dropped, a union whose branches each only miss a field merged into one "needs a or b",
 * and the type errors of union branches that were plainly not the form meant set aside.
 */
function collapse(errors: readonly ErrorObject[]): ErrorObject[] {
  const containers = errors.filter((e) => e.keyword === 'contains').map((e) => `${e.schemaPath}/`);
  const inputs = errors.filter((e) => !containers.some((c) => e.schemaPath.startsWith(c)));
  const unions = inputs.filter((e) => UNIONS.has(e.keyword));
  const merged = new Set<ErrorObject>();
  const alternatives: ErrorObject[] = [];
  for (const union of unions) {
    const branches = inputs.filter((e) => e.schemaPath.startsWith(`${union.schemaPath}/`));
    if (
      branches.length > 1 &&
      branches.every((e) => e.keyword === 'required' && e.instancePath === union.instancePath)
    ) {
      branches.forEach((e) => merged.add(e));
      const missing = branches.map((e) => String((e.params as { missingProperty?: unknown }).missingProperty));
      alternatives.push({ ...union, params: { missingProperties: missing } });
    }
  }
  const details = inputs.filter((e) => !WRAPPERS.has(e.keyword) && !merged.has(e));
  const hasDetail = (pointer: string) => details.some((e) => within(e.instancePath, pointer));
  const unionAt = new Set(unions.map((e) => e.instancePath));
  // A union branch that got past its type check (a deeper error, or another keyword here) is the
  // form the writer meant: the type errors of the other branches are noise.
  const matchedBranchAt = (pointer: string) =>
    details.some(
      (e) => e.instancePath.startsWith(`${pointer}/`) || (e.keyword !== 'type' && e.instancePath === pointer),
    );

  const kept: ErrorObject[] = [...alternatives];
  const unionTypes = new Map<string, ErrorObject[]>();
  for (const error of inputs) {
    if (
      merged.has(error) ||
      alternatives.some((a) => a.schemaPath === error.schemaPath && a.instancePath === error.instancePath)
    )
      continue;
    if (WRAPPERS.has(error.keyword)) {
      // A union wrapper with no branch detail (oneOf matching twice) is the only word on the problem.
      if (UNIONS.has(error.keyword) && !hasDetail(error.instancePath)) kept.push(error);
      continue;
    }
    if (error.keyword === 'type' && unionAt.has(error.instancePath)) {
      if (matchedBranchAt(error.instancePath)) continue;
      const list = unionTypes.get(error.instancePath) ?? [];
      list.push(error);
      unionTypes.set(error.instancePath, list);
      continue;
    }
    kept.push(error);
  }
  for (const [, typeErrors] of unionTypes) kept.push(mergeTypes(typeErrors));
  // An item that is itself wrong is the likelier cause of a `contains` on its list failing.
  const withoutEchoes = kept.filter(
    (e) => e.keyword !== 'contains' || !kept.some((o) => o.instancePath.startsWith(`${e.instancePath}/`)),
  );
  return mergeRequired(withoutEchoes);
}

/** The fields one `required` list misses in one object, as one error naming them all. */
function mergeRequired(errors: readonly ErrorObject[]): ErrorObject[] {
  const groups = new Map<string, ErrorObject[]>();
  const out: ErrorObject[] = [];
  for (const error of errors) {
    if (error.keyword !== 'required') {
      out.push(error);
      continue;
    }
    const key = `${error.instancePath}#${error.schemaPath}`;
    const group = groups.get(key);
    if (group) group.push(error);
    else {
      const fresh = [error];
      groups.set(key, fresh);
      out.push(error);
    }
  }
  return out.map((error) => {
    const group = error.keyword === 'required' ? groups.get(`${error.instancePath}#${error.schemaPath}`) : undefined;
    if (!group || group.length < 2) return error;
    return {
      ...error,
      params: {
        ...error.params,
        missingProperties: group.map((e) => String((e.params as { missingProperty?: unknown }).missingProperty)),
      },
    };
  });
}

/** The type errors of every branch of a union at one place, as one error listing every type allowed. */
function mergeTypes(typeErrors: readonly ErrorObject[]): ErrorObject {
  const first = typeErrors[0] as ErrorObject;
  const types = [...new Set(typeErrors.flatMap((e) => String((e.params as { type?: unknown }).type).split(',')))];
  return { ...first, params: { type: types.join(',') } };
}
