/**
 * Specs built from the valid fixtures by taking a part away (the funders and main contract, data
 * sharing, safeguarding), validated and composed as the fixtures are, so that the quality tests read
 * the documents of partnerships without those parts too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { availableDocuments, composePack } from '../../src/compose/index.js';
import type { DocumentKind } from '../../src/compose/index.js';
import type { NumberedDocument as Document } from '../../src/model/index.js';
import { validateSource } from '../../src/spec/index.js';
import type { FixturePack } from './pack.js';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A partnership with no funding: no funders, allocations, payments or fee. */
function unfunded(spec: Data): void {
  spec.funding = { has_funding: false, currency: 'GBP', in_kind_only: false };
  if (spec.partnership.related_contract !== undefined) delete spec.partnership.related_contract.funder_id;
}

/** The same with no main contract either. */
function uncontracted(spec: Data): void {
  unfunded(spec);
  delete spec.partnership.related_contract;
}

/** What each built spec starts from, and what it takes away. */
const BUILT: { name: string; from: string; edit: (spec: Data) => void }[] = [
  { name: 'unfunded lead agency', from: 'riverside-whs-contract.yaml', edit: uncontracted },
  { name: 'unfunded strategic consortium', from: 'whec-strategic-consortium.yaml', edit: uncontracted },
  { name: 'managing provider with a main contract, unfunded', from: 'large-funded-consortium.yaml', edit: unfunded },
  {
    name: 'no data sharing',
    from: 'managing-agent-consortium.yaml',
    edit: (spec) => {
      spec.data_protection = { personal_data_shared: false, relationship: 'independent_controllers' };
      spec.meta.documents = spec.meta.documents.filter((d: string) => d !== 'data_sharing_schedule');
    },
  },
  {
    name: 'no safeguarding',
    from: 'council-referral-pathway.yaml',
    edit: (spec) => {
      spec.safeguarding = { applies: false };
    },
  },
];

let packs: FixturePack[] | null = null;

/** Every built spec with its documents composed (cached); a spec that does not validate throws. */
export function builtPacks(): FixturePack[] {
  if (packs !== null) return packs;
  const available = new Set(availableDocuments());
  packs = BUILT.map(({ name, from, edit }) => {
    const spec = parse(readFileSync(join('fixtures/valid', from), 'utf8')) as Data;
    edit(spec);
    const result = validateSource(stringify(spec), `${name}.yaml`);
    if (result.spec === null)
      throw new Error(`${name} is not valid: ${result.diagnostics.map((d) => d.message).join('; ')}`);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    const kinds = result.spec.meta.documents.filter((k) => available.has(k)) as DocumentKind[];
    const docs = composePack(result.spec, kinds, { warnings });
    return { name, spec: result.spec, warnings, kinds, docs, error: null };
  });
  return packs;
}

/** `[spec, file stem, pack, document]` for `it.each`, one per document of every built spec. */
export function everyBuiltDocument(): [string, string, FixturePack, Document][] {
  return builtPacks().flatMap((pack) =>
    pack.docs!.map((doc): [string, string, FixturePack, Document] => [pack.name, doc.name, pack, doc]),
  );
}
