// Generates src/spec/types.gen.ts (the Spec types) from schemas/partnership.schema.json and
// src/spec/addendum-types.gen.ts from schemas/addendum.schema.json, so the schemas stay the one source
// of truth. `--check` compares instead of writing and exits 1 when a committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const banner = (what, schema) => `/**
 * ${what} as TypeScript types: generated from schemas/${schema} by
 * \`npm run gen\`; do not edit. Field descriptions are the schema's, shown as hover help.
 */`;

// Keywords that only constrain values (or annotate rules); types cannot say them, and left in they
// make json-schema-to-typescript emit intersections and tuples nobody wants to read.
const VALIDATION_ONLY = new Set([
  'allOf',
  'if',
  'then',
  'else',
  'not',
  'dependentRequired',
  'contains',
  'minContains',
  'maxContains',
  '$comment',
  'x-rule',
  'title',
  'default',
]);

// $defs whose plain name would shadow a global type, or that read better renamed.
const DEF_NAMES = { Date: 'IsoDate' };
const opName = (name) =>
  `${name
    .replace(/^Op_/, '')
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('')}Op`;

// The sections and list items that other code names, so each gets an exported interface of its own
// (JSON pointers into the schema, `*` standing for an array's items).
const NAMED = {
  '/properties/meta': 'Meta',
  '/properties/partnership': 'Partnership',
  '/properties/partnership/properties/objectives/*': 'Objective',
  '/properties/partnership/properties/term': 'Term',
  '/properties/members/*': 'Member',
  '/properties/members/*/properties/contributions/*': 'Contribution',
  '/properties/members/*/properties/policies': 'MemberPolicies',
  '/properties/members/*/properties/insurance': 'MemberInsurance',
  '/properties/stakeholders/*': 'Stakeholder',
  '/properties/governance': 'Governance',
  '/properties/governance/properties/decision_body': 'DecisionBody',
  '/properties/governance/properties/quorum': 'Quorum',
  '/properties/governance/properties/voting': 'Voting',
  '/properties/governance/properties/reserved_matters/*': 'ReservedMatterRule',
  '/properties/governance/properties/meetings': 'Meetings',
  '/properties/governance/properties/minutes': 'Minutes',
  '/properties/governance/properties/decisions_outside_meetings': 'DecisionsOutsideMeetings',
  '/properties/meetings_protocol': 'MeetingsProtocol',
  '/properties/management': 'Management',
  '/properties/advisory_groups/*': 'AdvisoryGroup',
  '/properties/lead_partner': 'LeadPartner',
  '/properties/work_areas/*': 'WorkArea',
  '/properties/funding': 'Funding',
  '/properties/funding/properties/funders/*': 'Funder',
  '/properties/funding/properties/periods/*': 'FundingPeriod',
  '/properties/funding/properties/management_fee': 'ManagementFee',
  '/properties/funding/properties/contingency': 'Contingency',
  '/properties/funding/properties/allocations/*': 'Allocation',
  '/properties/funding/properties/payment_schedule': 'PaymentSchedule',
  '/properties/risk_management': 'RiskManagement',
  '/properties/risk_management/properties/register': 'RiskRegister',
  '/properties/risk_management/properties/initial_risks/*': 'Risk',
  '/properties/risk_management/properties/escalation_ladder/*': 'EscalationLevel',
  '/properties/change_management': 'ChangeManagement',
  '/properties/performance': 'Performance',
  '/properties/performance/properties/kpis/*': 'Kpi',
  '/properties/performance/properties/member_targets/*': 'MemberTargets',
  '/properties/dispute_resolution': 'DisputeResolution',
  '/properties/dispute_resolution/properties/stages/*': 'DisputeStage',
  '/properties/confidentiality': 'Confidentiality',
  '/properties/data_protection': 'DataProtection',
  '/properties/data_protection/properties/purposes/*': 'DataSharingPurpose',
  '/properties/safeguarding': 'Safeguarding',
  '/properties/referrals': 'Referrals',
  '/properties/referrals/properties/services/*': 'ReferralService',
  '/properties/intellectual_property': 'IntellectualProperty',
  '/properties/liability_insurance': 'LiabilityInsurance',
  '/properties/complaints': 'Complaints',
  '/properties/communications': 'Communications',
  '/properties/equality': 'Equality',
  '/properties/signatures': 'Signatures',
  '/properties/signatures/properties/signatories/*': 'Signatory',
  '/properties/custom_clauses/*': 'CustomClause',
};

const typeName = (name) => DEF_NAMES[name] ?? (name.startsWith('Op_') ? opName(name) : name);
const defName = (ref) => typeName(ref.replace('#/$defs/', ''));

/** Copy a schema node without validation-only keywords; a `$ref` keeps only its description. */
function forTypes(node, path, NAMED) {
  if (Array.isArray(node)) return node.map((item, i) => forTypes(item, `${path}/${i}`, NAMED));
  if (!node || typeof node !== 'object') return node;
  if ('$ref' in node) {
    // A named type plus this use's own description: with a real $ref the description would fork
    // the type into Money1, Money2 ….
    const kept = { tsType: defName(node.$ref) };
    if (node.description) kept.description = node.description;
    return kept;
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (VALIDATION_ONLY.has(key)) continue;
    // "one of these fields" (a oneOf of `required` alone) constrains values; the fields stay optional.
    if (
      (key === 'oneOf' || key === 'anyOf') &&
      value.every((branch) => Object.keys(branch).join() === 'required,properties')
    ) {
      continue;
    }
    if (key === 'properties' || key === '$defs') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, forTypes(sub, `${path}/${key}/${name}`, NAMED)]),
      );
    } else if (key === 'enum' || key === 'const' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = forTypes(value, key === 'items' ? `${path}/*` : `${path}/${key}`, NAMED);
    }
  }
  if (NAMED[path]) out.title = NAMED[path];
  return out;
}

/** Prepare the schema for json-schema-to-typescript: named types, no validation-only keywords. */
export function schemaForTypes(schema, named = NAMED) {
  const prepared = forTypes(schema, '', named);
  delete prepared.$id;
  delete prepared.$schema;
  prepared.definitions = {};
  for (const [name, def] of Object.entries(prepared.$defs)) {
    prepared.definitions[name] = { ...def, title: typeName(name) };
  }
  delete prepared.$defs;
  return prepared;
}

// The addendum's operations are told apart by `op` through if/then, which types cannot read: its
// `changes` items become the union of the operation definitions instead.
function addendumForTypes(schema) {
  const names = Object.keys(schema.$defs).filter((name) => name.startsWith('Op_'));
  const copy = JSON.parse(JSON.stringify(schema));
  copy.properties.changes.items = {
    title: 'AddendumOperation',
    anyOf: names.map((name) => ({ $ref: `#/$defs/${name}` })),
  };
  return copy;
}

const ADDENDUM_NAMED = {
  '/properties/meta': 'AddendumMeta',
  '/properties/base': 'AddendumBase',
  '/properties/decision': 'AddendumDecision',
  '/properties/funder_consent': 'FunderConsent',
  '/properties/expected_after': 'ExpectedAfter',
  '/properties/signatures': 'AddendumSignatures',
};

/** What is generated: each schema, its root type, the file written. */
export const TARGETS = [
  {
    schema: join(root, 'schemas', 'partnership.schema.json'),
    out: join(root, 'src', 'spec', 'types.gen.ts'),
    root: 'PartnershipSpec',
    banner: banner('The partnership spec', 'partnership.schema.json'),
    prepare: (schema) => schemaForTypes(schema, NAMED),
  },
  {
    schema: join(root, 'schemas', 'addendum.schema.json'),
    out: join(root, 'src', 'spec', 'addendum-types.gen.ts'),
    root: 'AddendumSpec',
    banner: banner('The addendum spec', 'addendum.schema.json'),
    prepare: (schema) => schemaForTypes(addendumForTypes(schema), ADDENDUM_NAMED),
  },
];

/** Generate the text of one target's types from its schema on disk. */
export async function generateTypes(target = TARGETS[0]) {
  const schema = JSON.parse(readFileSync(target.schema, 'utf8'));
  return compile(target.prepare(schema), target.root, {
    bannerComment: target.banner,
    additionalProperties: false,
    ignoreMinAndMaxItems: true,
    unknownAny: true,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}

async function main() {
  let stale = false;
  for (const target of TARGETS) {
    const text = await generateTypes(target);
    if (process.argv.includes('--check')) {
      let current = '';
      try {
        current = readFileSync(target.out, 'utf8');
      } catch {
        // a missing file is stale too
      }
      if (current !== text) {
        console.error(`${target.out.slice(root.length + 1)} is stale: run \`npm run gen\` and commit the result.`);
        stale = true;
      }
    } else {
      writeFileSync(target.out, text);
    }
  }
  if (stale) process.exit(1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
