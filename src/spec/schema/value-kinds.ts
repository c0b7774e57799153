/**
 * Recognises the spec's shared string types (Money, Date, Id) behind a schema error, and says in
 * plain words what each expects.
 *
 * A bare "must match pattern ^(0|[1-9][0-9]*)\.[0-9]{2}$" helps nobody; "an amount such as
 * "81000.00"" does. A type is recognised by the `$defs` name the error came through, else by its
 * pattern, so a schema that inlines the pattern is understood too.
 */
import { isObject, type SchemaNode } from './schema-document.js';

/** The shared types DOMAIN §3.1 defines with a string pattern or format. */
export type ValueKind = 'Money' | 'Date' | 'Id';

/** What each kind expects, in the words of a person filling in the spec. */
export const KIND_EXPECTED: Record<ValueKind, string> = {
  Money: 'an amount in pounds and pence as quoted text, in the form "81000.00"',
  Date: 'a date in the form YYYY-MM-DD, such as 2026-04-01',
  Id: 'an id of 2 to 40 characters using only lower-case letters a-z, digits 0-9 and hyphens, starting with a letter (such as `ywca` or `wa-policy`)',
};

const DOMAIN_PATTERNS: Record<ValueKind, RegExp> = {
  Money: /\\\.\[0-9\]\{2\}\$$/,
  Date: /\\d\{4\}-\\d\{2\}-\\d\{2\}|\[0-9\]\{4\}-\[0-9\]\{2\}-\[0-9\]\{2\}/,
  Id: /^\^\[a-z\]\[a-z0-9-\]/,
};

function kindOfName(name: string): ValueKind | undefined {
  const lower = name.toLowerCase();
  if (lower === 'money' || lower.endsWith('money') || lower === 'amount') return 'Money';
  if (lower === 'date' || lower === 'isodate' || lower === 'iso_date') return 'Date';
  if (lower === 'id' || lower === 'identifier') return 'Id';
  return undefined;
}

/**
 * The shared type an error is about, if it is one of them.
 * @param schema the root schema (its `$defs` are consulted for patterns)
 * @param schemaPath the error's schema path
 * @param params the error's params (`pattern`, `format`)
 */
export function valueKindOf(
  schema: SchemaNode,
  schemaPath: string,
  params: Record<string, unknown>,
): ValueKind | undefined {
  const viaDef = /#\/(?:\$defs|definitions)\/([^/]+)\//.exec(schemaPath)?.[1];
  const named = viaDef === undefined ? undefined : kindOfName(viaDef);
  if (named) return named;
  if (params.format === 'date') return 'Date';
  const pattern = typeof params.pattern === 'string' ? params.pattern : undefined;
  if (pattern === undefined) return undefined;
  for (const defs of [schema.$defs, schema.definitions]) {
    if (!isObject(defs)) continue;
    for (const [name, def] of Object.entries(defs)) {
      if (isObject(def) && def.pattern === pattern && kindOfName(name)) return kindOfName(name);
    }
  }
  for (const kind of Object.keys(DOMAIN_PATTERNS) as ValueKind[]) {
    if (DOMAIN_PATTERNS[kind].test(pattern)) return kind;
  }
  return undefined;
}
