/**
 * The data-sharing schedule (DOMAIN §2.7): each party's controller role, data-protection lead and ICO
 * number; the Article 6 basis per purpose and party as table rows; the Article 9, Schedule 1 and
 * criminal-offence conditions; retention per category; the Article 26 and 28 details.
 */
import { CRIMINAL_OFFENCE_DATA, SPECIAL_CATEGORY_DATA, listsDocument } from '../../spec/index.js';
import { documentTitle } from '../documents/index.js';
import type { ViewContext } from './context.js';
import { formatCount, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd } from './lists.js';
import { countOf } from './numbers.js';
import type { SignatureView } from './signatures.js';
import { asSentence } from './sentences.js';
import { simpleSignatures } from './simple-signatures.js';

/** One party's place in the sharing. */
export interface SharingPartyView {
  /** The id of the spec item it comes from, which keys its heading or table row. */
  id: string;
  name: string;
  legalName: string;
  /** "independent controller", "processor". */
  role: string;
  dataProtectionLead: string | null;
  icoNumber: string | null;
}

/** One row of the lawful-basis table. */
export interface LawfulBasisRow {
  purpose: string;
  /** "Each Partner", "Each Partner other than NTH", or names. */
  partners: string;
  /** "legitimate interests (Article 6(1)(f))". */
  basis: string;
}

/** The basis one purpose records for sharing without the person's consent. */
export interface WithoutConsentRow {
  purpose: string;
  /** "Each Partner other than NTH: legitimate interests (Article 6(1)(f)); NTH: public task (Article 6(1)(e))". */
  bases: string;
  /** "substantial public interest (Article 9(2)(g)), with Schedule 1 paragraph 18 (…)", or "none needed". */
  conditions: string;
}

/** The data-sharing schedule's facts. */
export interface DataSharingView {
  parties: SharingPartyView[];
  purposes: string[];
  lawfulBases: LawfulBasisRow[];
  /** The purposes marked `without_consent`, with the basis relied on when sharing without consent. */
  withoutConsent: WithoutConsentRow[];
  /** Rows of purpose, Article 9 condition and Schedule 1 condition, for purposes that name one. */
  specialConditions: { purpose: string; art9: string; sch1: string }[];
  /** Rows of purpose and the criminal-offence condition, for purposes that name one. */
  offenceConditions: { purpose: string; condition: string }[];
  /** The special categories shared ("health information and racial or ethnic origin"), or null. */
  specialCategories: string | null;
  /** "criminal offence data" when it is shared, else null. */
  offenceData: string | null;
  retention: { category: string; period: string }[];
  /** The secure ways of passing data, one phrase each. */
  transferMethods: string[];
  privacyNotice: string | null;
  reviewEvery: DurationView | null;
  /** The Article 26 arrangement's details (nulls when none is recorded). */
  art26: { contactPoint: string | null; summary: string | null };
  /** The Partner that coordinates requests from individuals (the Article 26 contact point), or null. */
  rightsContact: string | null;
  /** The Article 28 parties (nulls when none are recorded). */
  art28: { controllers: string | null; processors: string | null };
  /** Sign-off blocks of the standalone schedule, which is signed, never executed as a deed. */
  signatures: SignatureView[];
  /** The document the schedule supports: "Partnership Agreement" or "Memorandum of Understanding", or null. */
  parentDocument: string | null;
}

type Bases = Readonly<Record<string, string>>;
type Purpose = NonNullable<ViewContext['spec']['data_protection']['purposes']>[number];

/**
 * Join phrases; when one holds "and" itself ("sex life and sexual orientation"), use semicolons so each stays whole.
 */
function listOfPhrases(items: readonly string[]): string {
  if (items.length < 2 || !items.some((item) => item.includes(' and '))) return joinAnd(items);
  return `${items.slice(0, -1).join('; ')}; and ${items[items.length - 1] as string}`;
}

function basisRows(ctx: ViewContext, purpose: string, bases: Bases, partyIds: readonly string[]): LawfulBasisRow[] {
  const groups = new Map<string, string[]>();
  for (const id of partyIds) {
    const basis = bases[id] ?? bases['all_members'];
    if (basis !== undefined) groups.set(basis, [...(groups.get(basis) ?? []), id]);
  }
  return [...groups].map(([basis, ids]) => {
    const others = partyIds.filter((id) => !ids.includes(id));
    let partners = joinAnd(ids.map(ctx.names.member));
    if (others.length === 0) partners = partyIds.length === 1 ? partners : 'Each Partner';
    else if (ids.length > 2 && others.length <= 2)
      partners = `Each Partner other than ${joinAnd(others.map(ctx.names.member))}`;
    return { purpose, partners, basis: label('art6_basis', basis) };
  });
}

function withoutConsentRow(
  ctx: ViewContext,
  p: Purpose,
  partyIds: readonly string[],
  special: boolean,
): WithoutConsentRow {
  const rows = basisRows(ctx, p.purpose, p.art6_basis as Bases, partyIds);
  const bases =
    rows.length === 1 ? (rows[0] as LawfulBasisRow).basis : rows.map((r) => `${r.partners}: ${r.basis}`).join('; ');
  let conditions = 'none needed';
  if (p.art9_condition !== undefined) {
    conditions = label('art9_condition', p.art9_condition);
    if (p.dpa2018_sch1_condition !== undefined)
      conditions += `, with ${label('sch1_condition', p.dpa2018_sch1_condition)}`;
  } else if (special) conditions = 'not recorded';
  return { purpose: p.purpose, bases, conditions };
}

function controllerRole(ctx: ViewContext, id: string): string {
  const d = ctx.spec.data_protection;
  const terms = d.art28_terms;
  if (terms?.processor_member_ids?.includes(id)) {
    const controllers = terms.controller_member_ids ?? [];
    return controllers.length > 0 ? `processor for ${ctx.names.members(controllers)}` : 'processor';
  }
  if (terms?.controller_member_ids?.includes(id))
    return d.relationship === 'mixed' ? 'controller' : label('controller_role', 'controller');
  if (d.relationship === 'mixed') return label('controller_role', 'independent_controllers');
  return label('controller_role', d.relationship === 'controller_processor' ? 'controller' : d.relationship);
}

function period(value: number, unit: string): string {
  return label('retention_unit', unit, '{n}').replace('{n}', countOf(value, 'year'));
}

/**
 * Describe the data-sharing schedule (empty lists and nulls when nothing is shared).
 * @param ctx the view context
 */
export function buildDataSharing(ctx: ViewContext): DataSharingView {
  const d = ctx.spec.data_protection;
  const active = ctx.spec.members.filter((m) => m.status === 'active');
  const ids = active.map((m) => m.id);
  const leads =
    d.data_protection_leads && !('all_members' in d.data_protection_leads)
      ? (d.data_protection_leads as Record<string, string | { name: string; job_title: string }>)
      : {};
  const purposes = d.purposes ?? [];
  const special = (d.data_categories ?? []).filter((c) => SPECIAL_CATEGORY_DATA.has(c));
  return {
    parties: active.map((m) => {
      const lead = leads[m.id];
      return {
        id: m.id,
        name: ctx.names.member(m.id),
        legalName: m.legal_name,
        role: controllerRole(ctx, m.id),
        dataProtectionLead:
          lead === undefined ? null : typeof lead === 'string' ? lead : `${lead.name}, ${lead.job_title}`,
        icoNumber: m.ico_registration_number ?? null,
      };
    }),
    purposes: purposes.map((p) => p.purpose),
    lawfulBases: purposes.flatMap((p) => basisRows(ctx, p.purpose, p.art6_basis as Bases, ids)),
    withoutConsent: purposes
      .filter((p) => p.without_consent === true)
      .map((p) => withoutConsentRow(ctx, p, ids, special.length > 0)),
    specialConditions: purposes
      .filter((p) => p.art9_condition)
      .map((p) => ({
        purpose: p.purpose,
        art9: label('art9_condition', p.art9_condition),
        sch1: label('sch1_condition', p.dpa2018_sch1_condition, 'none needed'),
      })),
    offenceConditions: purposes
      .filter((p) => p.art10_condition)
      .map((p) => ({
        purpose: p.purpose,
        condition: label('sch1_condition', p.art10_condition),
      })),
    specialCategories: special.length > 0 ? listOfPhrases(labels('data_category', special)) : null,
    offenceData: (d.data_categories ?? []).some((c) => CRIMINAL_OFFENCE_DATA.has(c))
      ? label('data_category', 'criminal_offence')
      : null,
    retention: Object.entries(d.retention ?? {}).map(([category, p]) => ({
      category: label('retention_category', category),
      period: period(p.value, p.unit),
    })),
    transferMethods: labels('transfer_method', d.transfer_methods),
    privacyNotice: d.privacy_notice === undefined ? null : asSentence(d.privacy_notice),
    reviewEvery: typeof d.review_every_months === 'number' ? formatCount(d.review_every_months, 'months') : null,
    art26: {
      contactPoint: d.art26_arrangement?.contact_point_member_id
        ? ctx.names.member(d.art26_arrangement.contact_point_member_id)
        : null,
      summary: d.art26_arrangement?.summary === undefined ? null : asSentence(d.art26_arrangement.summary),
    },
    rightsContact: d.art26_arrangement?.contact_point_member_id
      ? ctx.names.member(d.art26_arrangement.contact_point_member_id)
      : null,
    art28: {
      controllers:
        (d.art28_terms?.controller_member_ids ?? []).length > 0
          ? ctx.names.members(d.art28_terms?.controller_member_ids)
          : null,
      processors:
        (d.art28_terms?.processor_member_ids ?? []).length > 0
          ? ctx.names.members(d.art28_terms?.processor_member_ids)
          : null,
    },
    signatures: simpleSignatures(ctx),
    parentDocument: listsDocument(ctx.spec, 'partnership_agreement')
      ? documentTitle('partnership_agreement')
      : listsDocument(ctx.spec, 'mou')
        ? documentTitle('mou')
        : null,
  };
}
