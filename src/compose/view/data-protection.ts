/**
 * Section 18, data protection: the controller relationship, what is shared, the lawful bases, breach
 * notice, DPIA and the data-protection leads.
 */
import type { ViewContext } from './context.js';
import { formatDate, formatDateOrNull } from './dates.js';
import { formatCount, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd, joinOr } from './lists.js';

/** One purpose of sharing and its lawful bases. */
export interface PurposeView {
  purpose: string;
  /** "all Partners: legitimate interests (Article 6(1)(f))" or per member. */
  art6: string;
  art9: string | null;
  sch1: string | null;
  art10: string | null;
}

/** Data protection. */
export interface DataProtectionView {
  /** "independent controllers". */
  relationship: string;
  dataSubjects: string | null;
  dataCategories: string | null;
  purposes: PurposeView[];
  transferMethods: string | null;
  breachNotice: DurationView | null;
  dpia: { date: string | null; reviewDate: string | null } | null;
  /** Named data-protection leads per member, or [] when they are named in Schedule 1. */
  leads: { member: string; lead: string }[];
}

function art6(ctx: ViewContext, basis: Readonly<Record<string, string>> | undefined): string {
  return joinAnd(
    Object.entries(basis ?? {}).map(
      ([who, b]) => `${who === 'all_members' ? 'each Partner' : ctx.names.member(who)}: ${label('art6_basis', b)}`,
    ),
  );
}

/**
 * Describe data protection.
 * @param ctx the view context
 */
export function buildDataProtection(ctx: ViewContext): DataProtectionView {
  const d = ctx.spec.data_protection;
  const subjects = labels('data_subject', d.data_subjects);
  const categories = labels('data_category', d.data_categories);
  const methods = labels('transfer_method', d.transfer_methods);
  const leads =
    d.data_protection_leads && !('all_members' in d.data_protection_leads)
      ? Object.entries(d.data_protection_leads as Record<string, string | { name: string; job_title: string }>).map(
          ([id, p]) => ({
            member: ctx.names.member(id),
            lead: typeof p === 'string' ? p : `${p.name}, ${p.job_title}`,
          }),
        )
      : [];
  return {
    relationship: label('data_relationship', d.relationship),
    dataSubjects: subjects.length > 0 ? joinAnd(subjects) : null,
    dataCategories: categories.length > 0 ? joinAnd(categories) : null,
    purposes: (d.purposes ?? []).map((p) => ({
      purpose: p.purpose,
      art6: art6(ctx, p.art6_basis as Record<string, string> | undefined),
      art9: p.art9_condition ? label('art9_condition', p.art9_condition) : null,
      sch1: p.dpa2018_sch1_condition ? label('sch1_condition', p.dpa2018_sch1_condition) : null,
      art10: p.art10_condition ? label('sch1_condition', p.art10_condition) : null,
    })),
    transferMethods: methods.length > 0 ? joinOr(methods) : null,
    breachNotice:
      typeof d.breach_notify_partner_within_hours === 'number'
        ? formatCount(d.breach_notify_partner_within_hours, 'hours')
        : null,
    dpia: d.dpia
      ? { date: d.dpia.date ? formatDate(d.dpia.date) : null, reviewDate: formatDateOrNull(d.dpia.review_date) }
      : null,
    leads,
  };
}
