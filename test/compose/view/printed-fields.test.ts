import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtInTemplatesDir } from '../../../src/compose/index.js';
import { buildView } from '../../../src/compose/view/index.js';
import { validSpecs } from './valid-specs.js';

// Every value the view computes is printed by some template: a field that no template names is either
// a fact the documents leave out (print it where a solicitor expects it) or dead weight (remove it).
// Signature blocks are the one exception: the `signature` helper reads their signers whole.
function templateFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? templateFiles(path) : path.endsWith('.hbs') ? [path] : [];
  });
}

/** Every property name the templates use inside `{{…}}`. */
const used = new Set(
  templateFiles(builtInTemplatesDir())
    .map((f) => readFileSync(f, 'utf8'))
    .flatMap((text) =>
      [...text.matchAll(/\{\{[^}]*\}\}/g)].flatMap((m) => m[0].match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []),
    ),
);

const KINDS = [
  'partnership_agreement',
  'terms_of_reference',
  'meetings_protocol',
  'mou',
  'referral_protocol',
  'data_sharing_schedule',
  'signature_pages',
];

/** The paths of a value's leaves ("funding.contingency.amount"), arrays as "[]". */
function leaves(value: unknown, path: string, into: Set<string>): void {
  if (value === null || typeof value !== 'object') into.add(path);
  else if (Array.isArray(value)) for (const item of value) leaves(item, `${path}[]`, into);
  else for (const [key, v] of Object.entries(value)) leaves(v, path === '' ? key : `${path}.${key}`, into);
}

describe('view fields', () => {
  it('should print every field the view computes for any valid fixture', () => {
    const paths = new Set<string>();
    for (const [, spec] of validSpecs())
      for (const kind of KINDS.filter((k) => (spec.meta.documents as string[]).includes(k))) {
        const { when: _when, ...view } = buildView(spec, kind);
        leaves(view, '', paths);
      }
    const unprinted = [...paths]
      .filter((path) => !path.includes('signers[]'))
      .filter((path) => !used.has(path.replace(/\[\]/g, '').split('.').pop()!))
      .sort();
    expect(unprinted).toEqual([]);
  });
});
