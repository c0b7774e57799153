/**
 * Fuzzing the pipeline with generated specs. Each spec starts from a valid fixture or a starter spec
 * (`partnership init`, every structure model, 2–40 members) and takes random edits: a hostile string in
 * any string field, an optional field dropped, a flag flipped, another document set or status. An edit
 * the checks refuse is undone, so every spec that goes on is valid by construction; a refused edit must
 * have been refused with located diagnostics, never a crash. Every valid spec is composed in full and
 * some are rendered in every format; each named condition must be seen both holding and failing.
 *
 * `npm test` runs a bounded number; `npm run fuzz` runs 10,000 specs composed and 1,000 rendered
 * (FUZZ_SPECS, FUZZ_RENDERED and FUZZ_SEED set the counts and the seed).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { composePack, type DocumentKind } from '../../src/compose/index.js';
import { CONDITIONS, evaluateConditions, type ConditionName } from '../../src/compose/conditions.js';
import {
  MAX_STARTER_MEMBERS,
  STRUCTURE_MODELS,
  starterSpec,
  validateSource,
  type PartnershipSpec,
} from '../../src/spec/index.js';
import { getWriter } from '../../src/writers/index.js';
import { REFUSED_STRINGS } from './hostile-strings.js';
import { validFixtures } from './pack.js';

const SPECS = Number(process.env.FUZZ_SPECS ?? 24);
const RENDERED = Number(process.env.FUZZ_RENDERED ?? 3);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const EDITS_PER_SPEC = 4;

/** Conditions no valid spec can vary (see conditions.test.ts). */
const CONSTANT: readonly ConditionName[] = ['reserved_matters'];

/** Strings from every hostile class: refused characters, invisible ones, markup of every kind, scripts. */
const HOSTILE = [
  ...REFUSED_STRINGS,
  '<script>alert(1)</script>',
  '{{constructor.constructor}}',
  '\uE0003\uE001',
  '# heading',
  '**bold** _em_',
  '[link](https://example.org)',
  '![img](x.png)',
  '::: page-break',
  '| a | b |',
  ']]><![CDATA[',
  '&amp; &#x41;',
  'Ωμέγα Жизнь',
  'שלום (123)',
  'مرحبا',
  '中文名',
  'e\u0301 decomposed',
  `long ${'word '.repeat(400)}`,
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path to a value of `data` that `keep` accepts. */
function pathsWhere(data: Json, keep: (value: Json, path: Path) => boolean, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (prefix.length > 0 && keep(data, prefix)) out.push(prefix);
  if (Array.isArray(data)) data.forEach((item, i) => out.push(...pathsWhere(item, keep, [...prefix, i])));
  else if (data !== null && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) out.push(...pathsWhere(value, keep, [...prefix, key]));
  }
  return out;
}

function parentOf(data: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } {
  let node = data as Record<string | number, Json>;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, Json>;
  return { parent: node, key: path[path.length - 1]! };
}

/** One edit of a spec, as data; null when the spec offers nothing to edit that way. */
type Edit = (spec: Json, pick: (n: number) => number) => Json | null;

const EDITS: Record<string, Edit> = {
  hostileString: (spec, pick) => {
    const paths = pathsWhere(spec, (v) => typeof v === 'string');
    const path = paths[pick(paths.length)]!;
    const { parent, key } = parentOf(spec, path);
    parent[key] = HOSTILE[pick(HOSTILE.length)]!;
    return spec;
  },
  dropField: (spec, pick) => {
    const paths = pathsWhere(spec, (_v, path) => typeof path[path.length - 1] === 'string' && path.length > 1);
    if (paths.length === 0) return null;
    const { parent, key } = parentOf(spec, paths[pick(paths.length)]!);
    delete parent[key];
    return spec;
  },
  flipFlag: (spec, pick) => {
    const paths = pathsWhere(spec, (v) => typeof v === 'boolean');
    if (paths.length === 0) return null;
    const { parent, key } = parentOf(spec, paths[pick(paths.length)]!);
    parent[key] = !parent[key];
    return spec;
  },
  documentSet: (spec, pick) => {
    const meta = (spec as { meta: { documents: string[] } }).meta;
    const all = ['partnership_agreement', 'terms_of_reference', 'meetings_protocol', 'mou', 'referral_protocol'];
    meta.documents = all.filter(() => pick(2) === 1);
    return meta.documents.length === 0 ? null : spec;
  },
  status: (spec, pick) => {
    (spec as { meta: { status: string } }).meta.status = ['draft', 'agreed', 'signed'][pick(3)]!;
    return spec;
  },
};
const EDIT_NAMES = Object.keys(EDITS);

/** The bases edits start from: every valid fixture and a starter for every model. */
function bases(): { name: string; text: string }[] {
  const fixtures = validFixtures().map(({ name, spec }) => ({ name, text: stringify(spec) }));
  const starters = STRUCTURE_MODELS.flatMap((model) =>
    [2, 7, MAX_STARTER_MEMBERS].map((members) => ({
      name: `starter ${model} ×${members}`,
      text: starterSpec(model, members, '../schemas/partnership.schema.json'),
    })),
  );
  return [...fixtures, ...starters];
}

interface Tally {
  specs: number;
  editsKept: number;
  editsRefused: number;
  documents: number;
  rendered: number;
  files: number;
  seen: Map<ConditionName, Set<boolean>>;
}

/** Checks one edited spec: valid and composed in full, or refused with located diagnostics only. */
function check(text: string, label: string): PartnershipSpec | null {
  const result = validateSource(text, 'fuzz.yaml');
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  for (const d of result.diagnostics) {
    expect(d.code, `${label}: ${d.message}`).not.toBe('internal');
    expect(d.message, label).not.toMatch(/\n\s+at /);
  }
  if (errors.length === 0) {
    expect(result.spec, label).not.toBeNull();
    return result.spec;
  }
  // A refused value is pointed at: every error that names a field has a line.
  for (const d of errors) if (d.pointer !== '') expect(d.line, `${label}: ${d.message}`).toBeGreaterThan(0);
  return null;
}

describe('fuzzing the pipeline with generated specs', () => {
  it(
    `should validate, compose and render ${SPECS} generated specs (${RENDERED} in every format) without a crash`,
    async () => {
      const starts = bases();
      const formats = await Promise.all(['txt', 'docx', 'pdf'].map((format) => getWriter(format)));
      const tally: Tally = {
        specs: 0,
        editsKept: 0,
        editsRefused: 0,
        documents: 0,
        rendered: 0,
        files: 0,
        seen: new Map(),
      };
      const renderEvery = Math.max(1, Math.floor(SPECS / Math.max(1, RENDERED)));
      await fc.assert(
        fc.asyncProperty(
          fc.nat(starts.length - 1),
          fc.array(fc.tuple(fc.constantFrom(...EDIT_NAMES), fc.array(fc.nat(), { minLength: 8, maxLength: 8 })), {
            minLength: 1,
            maxLength: EDITS_PER_SPEC,
          }),
          async (start, edits) => {
            const base = starts[start]!;
            let text = base.text;
            let spec = check(text, base.name);
            expect(spec, `${base.name} is a valid base`).not.toBeNull();
            for (const [name, picks] of edits) {
              let next = 0;
              const pick = (n: number) => (n <= 0 ? 0 : picks[next++ % picks.length]! % n);
              const edited = EDITS[name]!(JSON.parse(JSON.stringify(spec)) as Json, pick);
              if (edited === null) continue;
              const editedText = stringify(edited);
              const valid = check(editedText, `${base.name} + ${name}`);
              if (valid === null) tally.editsRefused += 1;
              else {
                tally.editsKept += 1;
                spec = valid;
                text = editedText;
              }
            }
            const when = evaluateConditions(spec!);
            for (const condition of Object.keys(when) as ConditionName[]) {
              const seen = tally.seen.get(condition) ?? new Set<boolean>();
              seen.add(when[condition]);
              tally.seen.set(condition, seen);
            }
            const docs = composePack(spec!, spec!.meta.documents as DocumentKind[]);
            tally.documents += docs.length;
            if (tally.specs % renderEvery === 0 && tally.rendered < RENDERED) {
              for (const doc of docs) {
                for (const write of formats) {
                  const { bytes } = await write!(doc, {});
                  expect(bytes.length).toBeGreaterThan(0);
                  tally.files += 1;
                }
              }
              tally.rendered += 1;
            }
            tally.specs += 1;
          },
        ),
        { numRuns: SPECS, seed: SEED, endOnFailure: true },
      );
      const oneWay = (Object.keys(CONDITIONS) as ConditionName[]).filter(
        (name) => !CONSTANT.includes(name) && (tally.seen.get(name)?.size ?? 0) < 2,
      );
      console.log(
        `fuzz: ${tally.specs} specs composed (${tally.documents} documents), ${tally.rendered} rendered in every format ` +
          `(${tally.files} files); edits kept ${tally.editsKept}, refused with diagnostics ${tally.editsRefused}; seed ${SEED}`,
      );
      expect(tally.specs).toBe(SPECS);
      expect(tally.rendered).toBe(Math.min(RENDERED, SPECS));
      // Bounded runs draw few bases; the full run must see every condition both ways.
      if (SPECS >= 1000) expect(oneWay, 'conditions seen only one way').toEqual([]);
    },
    Math.max(120_000, SPECS * 400 + RENDERED * 4_000),
  );

  // Found by this fuzz: `lead_partner.review.every_months` is optional, and the lead clause printed it.
  it('should compose a lead model whose lead review has no interval', () => {
    const base = validFixtures().find(({ spec }) => spec.lead_partner?.review.every_months !== undefined)!;
    const data = JSON.parse(JSON.stringify(base.spec)) as PartnershipSpec;
    delete (data.lead_partner!.review as { every_months?: number }).every_months;
    const spec = check(stringify(data), 'no review interval')!;
    expect(spec).not.toBeNull();
    const [agreement] = composePack(spec, ['partnership_agreement']);
    expect(JSON.stringify(agreement)).toContain('will keep the lead role under review');
  });
});
