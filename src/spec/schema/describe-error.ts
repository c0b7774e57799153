/**
 * Phrases one ajv error as a problem a person can act on: which field, what it holds, what is expected.
 *
 * Messages follow "Cannot accept `field.path`: <actual>, expected <expected>", with the field in
 * dotted form (`governance.quorum.value`), enum values listed, the nearest allowed name suggested,
 * and a quoting hint where YAML read a value as a number that had to be text (`version: 1.0`).
 */
import type { ErrorObject } from 'ajv';
import { fieldPath } from '../rules/pointer.js';
import { didYouMean } from './did-you-mean.js';
import { isObject, schemaNodeAt, type SchemaNode } from './schema-document.js';
import { actualType, boundWords, orList, typeWords } from './plain-words.js';
import { KIND_EXPECTED, valueKindOf, type ValueKind } from './value-kinds.js';

/** What the diagnostics need to read besides the error: the schema, the data, the source text. */
export interface DescribeContext {
  schema: SchemaNode;
  data: unknown;
  /** The value at a pointer exactly as written in the file, when known. */
  sourceText?: (pointer: string) => string | undefined;
}

/** One schema problem, before it is located. */
export interface Problem {
  /** Pointer of the value to change (for `required`, the missing field inside its parent). */
  pointer: string;
  /** The ajv keyword that failed. */
  keyword: string;
  message: string;
  hint?: string;
  /** For an unknown field: the allowed name it was probably meant to be. */
  suggestion?: string;
  /** True when the place to show is the field's key (an unknown field), not its value. */
  atKey?: boolean;
}

/**
 * The value at a pointer in plain data.
 * @param data the spec data
 * @param segments unescaped pointer segments
 */
function valueAt(data: unknown, segments: readonly string[]): unknown {
  let node = data;
  for (const segment of segments) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

function segmentsOf(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function childPointer(pointer: string, key: string): string {
  return `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** `meta.status`, or "the top level" for the root. */
function fieldName(pointer: string): string {
  return pointer === '' ? 'the top level' : `\`${fieldPath(pointer)}\``;
}

/** A value as the user wrote it (short), for quoting in a message. */
function shown(context: DescribeContext, pointer: string, value: unknown): string {
  const written = context.sourceText?.(pointer)?.trim();
  const text = written && !written.includes('\n') ? written : (JSON.stringify(value) ?? String(value));
  return `\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\``;
}

/** The schema node holding the keyword that failed (the error's schemaPath without its last segment). */
function ownerNode(context: DescribeContext, error: ErrorObject): Record<string, unknown> {
  const node = schemaNodeAt(context.schema, error.schemaPath.replace(/\/[^/]*$/, ''));
  return isObject(node) ? node : {};
}

/**
 * One ajv error as a Problem.
 * @param error an ajv error (not an `if`/`anyOf`/`oneOf` wrapper)
 * @param context the schema, data and source text
 */
export function describeError(error: ErrorObject, context: DescribeContext): Problem {
  const pointer = error.instancePath;
  const value = valueAt(context.data, segmentsOf(pointer));
  const params = error.params as Record<string, unknown>;
  const at = fieldName(pointer);
  const kind = valueKindOf(context.schema, error.schemaPath, params);
  const problem = (message: string, hint?: string, target = pointer): Problem =>
    hint === undefined
      ? { pointer: target, keyword: error.keyword, message }
      : { pointer: target, keyword: error.keyword, message, hint };

  switch (error.keyword) {
    case 'required': {
      const missing = String(params.missingProperty);
      const properties = ownerNode(context, error).properties;
      const field = isObject(properties) && isObject(properties[missing]) ? properties[missing] : {};
      const named = typeof field.title === 'string' ? ` (${field.title})` : '';
      const target = childPointer(pointer, missing);
      const all = Array.isArray(params.missingProperties) ? params.missingProperties.map(String) : [];
      if (all.length > 1) {
        const names = all.map((name) => `\`${name}\``);
        return problem(
          `Cannot accept ${at}: the required fields ${orList(names).replace(/ or /, ' and ')} are missing, expected each of them to be set`,
          undefined,
          target,
        );
      }
      const message = `Cannot accept ${at}: the required field \`${missing}\`${named} is missing, expected \`${fieldPath(target)}\` to be set`;
      return problem(
        message,
        typeof field.description === 'string' ? `\`${missing}\`: ${field.description}` : undefined,
        target,
      );
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const extra = String(params.additionalProperty ?? params.unevaluatedProperty);
      const properties = ownerNode(context, error).properties;
      const allowed = isObject(properties) ? Object.keys(properties) : [];
      const suggestion = didYouMean(extra, allowed);
      const where = pointer === '' ? 'at the top level' : `in ${at}`;
      if (suggestion) {
        const message = `Cannot accept field \`${extra}\` ${where}: it is not a known field; did you mean \`${suggestion}\`?`;
        return {
          ...problem(message, `Rename \`${extra}\` to \`${suggestion}\`.`, childPointer(pointer, extra)),
          suggestion,
          atKey: true,
        };
      }
      const list =
        allowed.length > 0 && allowed.length <= 15
          ? `, expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}`
          : ', expected only the fields the schema defines there';
      return {
        ...problem(
          `Cannot accept field \`${extra}\` ${where}: it is not a known field${list}`,
          undefined,
          childPointer(pointer, extra),
        ),
        atKey: true,
      };
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map((v) => String(v)) : [];
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      const mean = suggestion ? `; did you mean \`${suggestion}\`?` : '';
      const message = `Cannot accept ${at}: ${shown(context, pointer, value)} is not an allowed value, expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}${mean}`;
      return problem(message, suggestion ? `Write \`${suggestion}\`.` : undefined);
    }
    case 'contains':
      return problem(describeContains(at, ownerNode(context, error), params));
    case 'anyOf':
    case 'oneOf':
      if (Array.isArray(params.missingProperties)) {
        const names = params.missingProperties.map((name) => `\`${String(name)}\``);
        return problem(
          `Cannot accept ${at}: it has none of ${orList(names)}, expected at least one of them`,
          undefined,
          childPointer(pointer, String(params.missingProperties[0])),
        );
      }
      return problem(
        `Cannot accept ${at}: ${shown(context, pointer, value)} ${boundWords(error.keyword, params) ?? 'is not valid'}`,
      );
    case 'dependentRequired': {
      const missing = String(params.missingProperty);
      return problem(
        `Cannot accept ${at}: \`${missing}\` is missing, expected it because \`${String(params.property)}\` is given`,
        undefined,
        childPointer(pointer, missing),
      );
    }
    case 'const':
      return problem(
        `Cannot accept ${at}: ${shown(context, pointer, value)} is not allowed here, expected \`${JSON.stringify(params.allowedValue)}\``,
      );
    case 'type':
      return describeType(context, pointer, value, params.type, kind, problem);
    case 'pattern':
    case 'format': {
      const expected = kind
        ? KIND_EXPECTED[kind]
        : error.keyword === 'pattern'
          ? `text matching \`${String(params.pattern)}\``
          : `a valid ${String(params.format)}`;
      // A date of the right shape that fails the format check names a day that does not exist.
      const actual =
        kind === 'Date' && error.keyword === 'format' && /^\d{4}-\d{2}-\d{2}$/.test(String(value))
          ? 'is not a real calendar date'
          : 'is not in the right form';
      return problem(`Cannot accept ${at}: ${shown(context, pointer, value)} ${actual}, expected ${expected}`);
    }
    default:
      return problem(
        `Cannot accept ${at}: ${shown(context, pointer, value)} ${boundWords(error.keyword, params) ?? error.message ?? 'is not valid'}`,
      );
  }
}

/** A wrong type, with the quoting advice YAML's number parsing makes necessary. */
function describeType(
  context: DescribeContext,
  pointer: string,
  value: unknown,
  type: unknown,
  kind: ValueKind | undefined,
  problem: (message: string, hint?: string) => Problem,
): Problem {
  const at = fieldName(pointer);
  const expected = kind ? KIND_EXPECTED[kind] : typeWords(type);
  const wantsText = String(type).split(',').includes('string');
  // Quoting only helps where the quoted text would then be right: any text, or an amount once it
  // has its pence; a number in place of a date or an id needs rewriting, not quoting.
  const quotable =
    wantsText && (typeof value === 'number' || typeof value === 'boolean') && (kind === undefined || kind === 'Money');
  if (quotable) {
    const written = context.sourceText?.(pointer)?.trim() ?? String(value);
    const key = segmentsOf(pointer).at(-1) ?? 'value';
    const readAs = typeof value === 'number' ? `the number ${String(value)}` : `${String(value)}`;
    const example = kind === 'Money' && typeof value === 'number' ? value.toFixed(2) : written;
    return problem(
      `Cannot accept ${at}: \`${written}\` is read as ${readAs}, expected ${expected}; quote it: \`${key}: "${example}"\``,
      `Unquoted, YAML reads \`${written}\` as ${readAs}; write \`${key}: "${example}"\`.`,
    );
  }
  return problem(
    `Cannot accept ${at}: ${shown(context, pointer, value)} is ${actualType(value)}, expected ${expected}`,
  );
}

/** What a `contains` asked for, from the constants its item schema fixes ("`status: active`"). */
function describeContains(at: string, owner: Record<string, unknown>, params: Record<string, unknown>): string {
  const item = isObject(owner.contains) ? owner.contains : {};
  const fixed: string[] = [];
  if ('const' in item) fixed.push(`\`${JSON.stringify(item.const)}\``);
  if (isObject(item.properties)) {
    for (const [name, node] of Object.entries(item.properties)) {
      if (isObject(node) && 'const' in node) fixed.push(`\`${name}: ${JSON.stringify(node.const)}\``);
    }
  }
  const condition = fixed.length > 0 ? orList(fixed).replace(/ or /, ' and ') : '';
  const max = typeof params.maxContains === 'number' ? params.maxContains : undefined;
  const min = typeof params.minContains === 'number' ? params.minContains : 1;
  const items = (n: number) =>
    `${n} ${n === 1 ? 'item' : 'items'}${condition ? ` with ${condition}` : ' of the required kind'}`;
  if (max !== undefined && min <= 0)
    return `Cannot accept ${at}: it has more than ${items(max)}, expected at most ${max}`;
  return `Cannot accept ${at}: it has too few items${condition ? ` with ${condition}` : ' of the required kind'}, expected ${max === min ? 'exactly' : 'at least'} ${items(min)}`;
}
