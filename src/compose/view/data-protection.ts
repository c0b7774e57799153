/**
 * Section 18, data protection: the controller relationship, what is shared, breach notice, DPIA and
 * the data-protection leads. The lawful bases and conditions per purpose are the data-sharing
 * schedule's (data-sharing.ts), printed there once.
 */
import type { ViewContext } from './context.js';
import { formatDate, formatDateOrNull } from './dates.js';
import { formatCount, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd, joinOr } from './lists.js';

/** Data protection. */
export interface DataProtectionView {
  /** "independent controllers". */
  relationship: string;
  dataSubjects: string | null;
  dataCategories: string | null;
  transferMethods: string | null;
  breachNotice: DurationView | null;
  dpia: { date: string | null; reviewDate: string | null } | null;
  /** Named data-protection leads per member, or [] when they are named in Schedule 1. */
  leads: { member: string; lead: string }[];
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
