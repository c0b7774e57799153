/**
 * YAML 1.2's core schema for js-yaml, resolved exactly as the positioned parser (`yaml`, schema
 * `core`) resolves it, so the fast path and the positioned parse read the same values.
 *
 * js-yaml's own CORE_SCHEMA keeps YAML 1.1's numbers: `0b1010` and `1_000` are integers there, and
 * `+.5` and `+0x1` are not what YAML 1.2 says. Here each plain scalar is matched by the `yaml`
 * package's patterns, in its order, and converted the same way (`parseInt`, `parseFloat`), so even
 * `-0` keeps its sign in both readers.
 */
import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

interface Resolution {
  test: RegExp;
  value: (text: string) => unknown;
}

// The order and patterns of yaml's core schema (yaml/dist/schema/core): null, bool, int (octal,
// decimal, hex), float (.inf/.nan, exponent, plain).
const RESOLUTIONS: readonly Resolution[] = [
  { test: /^(?:~|[Nn]ull|NULL)?$/, value: () => null },
  { test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, value: (s) => s[0] === 't' || s[0] === 'T' },
  { test: /^0o[0-7]+$/, value: (s) => parseInt(s.substring(2), 8) },
  { test: /^[-+]?[0-9]+$/, value: (s) => parseInt(s, 10) },
  { test: /^0x[0-9a-fA-F]+$/, value: (s) => parseInt(s.substring(2), 16) },
  {
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    value: (s) =>
      s.slice(-3).toLowerCase() === 'nan' ? Number.NaN : s[0] === '-' ? -Infinity : Number.POSITIVE_INFINITY,
  },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, value: (s) => parseFloat(s) },
  { test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, value: (s) => parseFloat(s) },
];

// Every pattern above matches only text that is empty or starts with one of these characters, so
// most scalars (names, sentences) are told apart as strings without trying a pattern.
function mayResolve(text: string): boolean {
  if (text === '') return true;
  const c = text.charCodeAt(0);
  // - + . 0-9 ~ N n T t F f
  return (
    c === 45 ||
    c === 43 ||
    c === 46 ||
    (c >= 48 && c <= 57) ||
    c === 126 ||
    c === 78 ||
    c === 110 ||
    c === 84 ||
    c === 116 ||
    c === 70 ||
    c === 102
  );
}

// js-yaml asks `resolve` and then `construct` of the same text; the second asks the first's answer.
let lastText: string | undefined;
let lastResolution: Resolution | undefined;

function resolution(text: string): Resolution | undefined {
  if (text === lastText) return lastResolution;
  lastText = text;
  lastResolution = mayResolve(text) ? RESOLUTIONS.find((r) => r.test.test(text)) : undefined;
  return lastResolution;
}

// One implicit type for every non-string plain scalar: js-yaml tries implicit types in order and the
// first that resolves wins, so a single type keeps yaml's order exactly. Its tag is never seen: the
// fast path refuses files with tags, and values leave js-yaml as plain JavaScript values.
const CORE_SCALAR = new Type('tag:yaml.org,2002:core-scalar', {
  kind: 'scalar',
  resolve: (data: string | null) => resolution(data ?? '') !== undefined,
  construct: (data: string | null) => resolution(data ?? '')!.value(data ?? ''),
});

/** The YAML 1.2 core schema, as the `yaml` package resolves it. */
export const YAML_12_CORE: Schema = FAILSAFE_SCHEMA.extend({ implicit: [CORE_SCALAR] });
