/**
 * Checks `spec_version` before anything else: a spec written for another version of the schema
 * would otherwise drown in errors about fields that moved, so an unknown or missing version is one
 * diagnostic naming the versions this release reads, and nothing else is reported.
 */
import type { Diagnostic } from '../../errors.js';
import type { Locate } from '../locate.js';
import { isObject, ruleOf, type SchemaNode } from './schema-document.js';

/**
 * The versions the schema accepts, read from its `spec_version` enum (or const).
 * @param schema the root schema
 */
export function supportedVersions(schema: SchemaNode): string[] {
  const properties = schema.properties;
  const node = isObject(properties) ? properties.spec_version : undefined;
  if (!isObject(node)) return [];
  if (Array.isArray(node.enum)) return node.enum.map(String);
  return node.const === undefined ? [] : [String(node.const)];
}

/**
 * One diagnostic when `spec_version` is missing or not supported, else null.
 * @param data the parsed spec (a mapping)
 * @param schema the root schema
 * @param locate pointer → line and column
 * @param file the file as the user named it
 * @param sourceText the value at a pointer as written, to tell `1.0` from `"1.0"`
 */
export function checkSpecVersion(
  data: unknown,
  schema: SchemaNode,
  locate: Locate,
  file: string,
  sourceText?: (pointer: string) => string | undefined,
): Diagnostic | null {
  if (!isObject(data)) return null;
  const supported = supportedVersions(schema);
  const value = data.spec_version;
  if (supported.length === 0 || (typeof value === 'string' && supported.includes(value))) return null;
  const pointer = '/spec_version';
  const { line, column } = locate(pointer);
  const list = supported.map((v) => `"${v}"`).join(', ');
  const expected = `expected ${supported.length === 1 ? '' : 'one of '}${list} (the spec versions this release reads)`;
  const rule = ruleOf(schema, '#/properties/spec_version');
  const base = { severity: 'error' as const, file, line, column, pointer };
  if (value === undefined) {
    return {
      ...base,
      code: rule ?? 'required',
      message: `Cannot check the spec: \`spec_version\` is missing, ${expected}`,
      hint: `Add \`spec_version: "${supported[supported.length - 1]}"\` near the top of the file.`,
    };
  }
  const written = sourceText?.(pointer)?.trim() ?? JSON.stringify(value);
  if (typeof value !== 'string' && supported.includes(written)) {
    return {
      ...base,
      code: rule ?? 'type',
      message: `Cannot check the spec: \`spec_version\` ${written} is read as a number, expected the text "${written}"; quote it: \`spec_version: "${written}"\``,
      hint: `Unquoted, YAML reads ${written} as a number; write \`spec_version: "${written}"\`.`,
    };
  }
  return {
    ...base,
    code: rule ?? 'enum',
    message: `Cannot check the spec: \`spec_version\` ${written} is not supported, ${expected}`,
  };
}
