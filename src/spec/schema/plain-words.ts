/**
 * Says schema facts in the words of a person filling in a spec: types ("a whole number", "a list"),
 * lists ("a, b or c") and limits ("expected at most 25").
 */

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  object: 'a mapping of fields',
  array: 'a list',
  boolean: 'true or false',
  null: 'nothing (null)',
};

/** Joins words as "a, b or c". */
export function orList(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** "text", "a whole number or nothing (null)" for an ajv `type` param ("string", "integer,null"). */
export function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type.map(String) : String(type).split(',');
  return orList(types.map((t) => TYPE_WORDS[t] ?? t));
}

/** The kind of a JSON value, in words. */
export function actualType(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return 'true/false';
  return 'a mapping of fields';
}

/** Limits (minimum, maxLength, minItems …) in words, or undefined for other keywords. */
export function boundWords(keyword: string, params: Record<string, unknown>): string | undefined {
  const limit = params.limit;
  switch (keyword) {
    case 'minimum':
      return `is too small, expected at least ${String(limit)}`;
    case 'maximum':
      return `is too large, expected at most ${String(limit)}`;
    case 'exclusiveMinimum':
      return `is too small, expected more than ${String(limit)}`;
    case 'exclusiveMaximum':
      return `is too large, expected less than ${String(limit)}`;
    case 'minLength':
      return `is too short, expected at least ${String(limit)} characters`;
    case 'maxLength':
      return `is too long, expected at most ${String(limit)} characters`;
    case 'minItems':
      return `has too few items, expected at least ${String(limit)}`;
    case 'maxItems':
      return `has too many items, expected at most ${String(limit)}`;
    case 'minProperties':
      return `has too few entries, expected at least ${String(limit)}`;
    case 'uniqueItems':
      return `repeats an item (items ${String(params.j)} and ${String(params.i)} are the same), expected each item once`;
    case 'multipleOf':
      return `is not a multiple of ${String(params.multipleOf)}`;
    case 'not':
      return 'is not allowed here';
    case 'oneOf':
      return 'matches more than one of the allowed forms, expected exactly one';
    case 'anyOf':
      return 'matches none of the allowed forms';
    default:
      return undefined;
  }
}
