import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../src/compose/conditions.js';
import { NOT_RENDERED } from '../../src/compose/not-rendered.js';
import { docsOf, fixturePacks } from './pack.js';
import { schemaLeaves, valuesAt, type SchemaLeaf } from './schema-leaves.js';

// Where a spec value can start its way into a document: the view, the conditions, the document
// metadata, custom clauses, and the templates.
const files = (dir: string, ext: string): string[] =>
  (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).map((f) => join(dir, f));
const SOURCES = [
  ...files('src/compose/view', '.ts'),
  'src/compose/conditions.ts',
  ...files('src/compose/conditions', '.ts'),
  'src/compose/meta.ts',
  'src/compose/custom-clauses.ts',
  ...files('templates', '.hbs'),
].map((file) => ({ file, text: readFileSync(file, 'utf8').replace(/\b(?:ctx\.)?when\.\w+/g, '') }));
// Reading a condition (`ctx.when.deed`) is not reading a field: conditions count through their `fields`.
const CONDITION_FIELDS = new Set(Object.values(CONDITIONS).flatMap((c) => [...c.fields]));

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const namesOf = (path: string): string[] => path.split(/[.[\]{}]+/).filter((n) => n !== '');
const normalise = (s: string): string => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** A source reads `name` as a property: `.name`, `?.name`, `['name']`, `{ name }`. */
const accessOf = (name: string): RegExp =>
  new RegExp(`\\??\\.${escape(name)}\\b|\\['${escape(name)}'\\]|[{,]\\s*${escape(name)}\\s*[,}]`);
/** A source names the key as text (a table of keys: `['public_liability', …]`). */
const keyOf = (name: string): RegExp => new RegExp(`['"]${escape(name)}['"]`);
/**
 * A source hands an object whole to a function: `formatDuration(c.notice ?? fallback)`, `Object.entries(m.policies ??
 * {})`.
 */
const handOverOf = (name: string): RegExp =>
  new RegExp(`\\(\\s*[\\w.?]*\\b${escape(name)}\\b\\s*(?:\\?\\?\\s*(?:\\{[^}]*\\}|[^),]*)\\s*)?[),]`);
/** A source iterates an object: `Object.entries(m.policies)`. */
const iterationOf = (name: string): RegExp =>
  new RegExp(`Object\\.(?:entries|keys|values)\\([\\w.?]*\\b${escape(name)}\\b`);
const inSome = (...tests: (RegExp | null)[]): boolean =>
  SOURCES.some(({ text }) => tests.every((t) => t === null || t.test(text)));

/**
 * Whether the sources read a field: a condition lists it; or one source reads both it and its parent
 * as properties; or its parent object is read (so) and handed whole to a function, and the field is
 * read by name anywhere or the parent is iterated (as Durations and insurance cover are formatted).
 */
function readBySource(path: string): boolean {
  if (CONDITION_FIELDS.has(path) || CONDITION_FIELDS.has(path.replace(/(\[\]|\{\})$/, ''))) return true;
  const names = namesOf(path);
  const name = names.at(-1)!;
  const parent = names.at(-2);
  if (inSome(accessOf(name), parent === undefined ? null : accessOf(parent))) return true;
  const parentPath = path.replace(/(\[\]|\{\})$/, '').replace(/\.[^.]+$/, '');
  const plainObject =
    parentPath !== path.replace(/(\[\]|\{\})$/, '') && !/(\[\]|\{\})$/.test(parentPath) && parent !== undefined;
  if (!plainObject || !readBySource(parentPath) || !inSome(handOverOf(parent))) return false;
  return inSome(iterationOf(parent)) || inSome(accessOf(name)) || inSome(keyOf(name));
}

/** Every string in the composed documents (text, terms, signature blocks, metadata), as one text. */
function composedText(): string {
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(collect);
  };
  fixturePacks().forEach((pack) => collect(docsOf(pack)));
  return normalise(strings.join(' '));
}

const leaves = schemaLeaves();
const text = composedText();

// Open-vocabulary tokens print as labels ("survivors_panel" → "the survivors panel"), not as written.
const TOKEN = /^[a-z][a-z0-9_]*$/;

/**
 * Used: read by a source and, for free text the fixtures give, printed as written. At least half of
 * the values must appear, since a value may turn up by coincidence (a witness who is also a deputy)
 * and a fixture's pack may lack the document that prints it.
 */
function used(leaf: SchemaLeaf): { used: boolean; why: string } {
  if (!readBySource(leaf.path)) return { used: false, why: 'no view, condition or template reads it' };
  if (!leaf.freeText) return { used: true, why: '' };
  const values = [...new Set(fixturePacks().flatMap((pack) => valuesAt(pack.spec, leaf.path)))].filter(
    (v): v is string => typeof v === 'string' && !TOKEN.test(v),
  );
  const printed = values.filter((v) => text.includes(normalise(v)));
  if (values.length === 0 || printed.length * 2 >= values.length) return { used: true, why: '' };
  return {
    used: false,
    why: `only ${printed.length} of its ${values.length} values in the valid fixtures appear in a composed document`,
  };
}

describe('schema coverage', () => {
  const verdicts = leaves.map((leaf) => ({ leaf, ...used(leaf) }));

  it.each(verdicts.map((v) => [v.leaf.path, v] as const))('should print %s or say why not', (path, verdict) => {
    const reason = NOT_RENDERED[path];
    if (verdict.used) {
      expect(
        reason,
        `${path} is listed in NOT_RENDERED (${reason ?? ''}) but is used: remove it from the list`,
      ).toBeUndefined();
    } else {
      expect(
        reason,
        `${path} is not used (${verdict.why}): print it in a document, or list it in src/compose/not-rendered.ts with a reason`,
      ).toBeDefined();
    }
  });

  it('should list only fields the schema has', () => {
    const paths = new Set(leaves.map((l) => l.path));
    expect(Object.keys(NOT_RENDERED).filter((p) => !paths.has(p))).toEqual([]);
  });

  it('should find the leaves of nested, mapped and shared types', () => {
    const paths = leaves.map((l) => l.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'members[].legal_name',
        'members[].registered_address.postcode',
        'meta.documents[]',
        'safeguarding.vetting_levels{}',
        'data_protection.retention{}.unit',
        'complaints.respond_within.value',
      ]),
    );
    expect(leaves.find((l) => l.path === 'members[].legal_name')?.freeText).toBe(true);
    expect(leaves.find((l) => l.path === 'members[].legal_form')?.freeText).toBe(false);
  });
});
