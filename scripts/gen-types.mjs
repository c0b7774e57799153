// Generates src/spec/types.gen.ts (the Spec types) from schemas/partnership.schema.json, so the schema
// stays the one source of truth. `--check` compares instead of writing and exits 1 when the committed
// file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_PATH = join(root, 'schemas', 'partnership.schema.json');
export const TYPES_PATH = join(root, 'src', 'spec', 'types.gen.ts');

const BANNER = `/**
 * The partnership spec as TypeScript types: generated from schemas/partnership.schema.json by
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

// $defs whose plain name would shadow a global type.
const DEF_NAMES = { Date: 'IsoDate' };

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

const defName = (ref) => {
  const name = ref.replace('#/$defs/', '');
  return DEF_NAMES[name] ?? name;
};

/** Copy a schema node without validation-only keywords; a `$ref` keeps only its description. */
function forTypes(node, path) {
  if (Array.isArray(node)) return node.map((item, i) => forTypes(item, `${path}/${i}`));
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
    if (key === 'properties' || key === '$defs') {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, forTypes(sub, `${path}/${key}/${name}`)]),
      );
    } else if (key === 'enum' || key === 'const' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = forTypes(value, key === 'items' ? `${path}/*` : `${path}/${key}`);
    }
  }
  if (NAMED[path]) out.title = NAMED[path];
  return out;
}

/** Prepare the schema for json-schema-to-typescript: named types, no validation-only keywords. */
export function schemaForTypes(schema) {
  const prepared = forTypes(schema, '');
  delete prepared.$id;
  delete prepared.$schema;
  prepared.definitions = {};
  for (const [name, def] of Object.entries(prepared.$defs)) {
    prepared.definitions[name] = { ...def, title: DEF_NAMES[name] ?? name };
  }
  delete prepared.$defs;
  return prepared;
}

/** Generate the text of src/spec/types.gen.ts from the schema on disk. */
export async function generateTypes() {
  const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8'));
  return compile(schemaForTypes(schema), 'PartnershipSpec', {
    bannerComment: BANNER,
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
  const text = await generateTypes();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(TYPES_PATH, 'utf8');
    } catch {
      // a missing file is stale too
    }
    if (current !== text) {
      console.error('src/spec/types.gen.ts is stale: run `npm run gen` and commit the result.');
      process.exit(1);
    }
    return;
  }
  writeFileSync(TYPES_PATH, text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
