/**
 * UK GDPR and DPA 2018 facts the data-protection rule (R42) needs: which data categories are
 * special-category or criminal-offence data, which Art 9 conditions need a Schedule 1 condition,
 * and which Schedule 1 conditions need an appropriate policy document.
 */

/** `data_protection.data_categories` that are special-category data (UK GDPR Art 9(1)). */
export const SPECIAL_CATEGORY_DATA: ReadonlySet<string> = new Set([
  'health',
  'sex_life_sexual_orientation',
  'racial_ethnic_origin',
  'religious_beliefs',
]);

/** `data_protection.data_categories` that are criminal-offence data (UK GDPR Art 10). */
export const CRIMINAL_OFFENCE_DATA: ReadonlySet<string> = new Set(['criminal_offence']);

/**
 * Art 9(2) conditions that only work with a DPA 2018 Schedule 1 condition: (b) employment and
 * social security, (g) substantial public interest, (h) health or social care (DPA 2018 s.10).
 */
export const ART9_NEEDING_SCH1: Readonly<Record<string, string>> = {
  employment_social_security: 'Art 9(2)(b)',
  substantial_public_interest: 'Art 9(2)(g)',
  health_social_care: 'Art 9(2)(h)',
};

/**
 * Schedule 1 paragraph numbers in Part 2 (substantial public interest, paras 6–28), which need an
 * appropriate policy document (DPA 2018 Sch 1 para 5 and Part 4). Condition tokens start `para_<n>_`.
 */
export const SCH1_PART2_PARAGRAPHS = { first: 6, last: 28 } as const;

/** Paragraph number of a `dpa2018_sch1_condition` token (`para_18_safeguarding…` → 18), if it has one. */
export function sch1Paragraph(condition: string): number | undefined {
  const match = /^para_([0-9]+)(_|$)/.exec(condition);
  return match ? Number(match[1]) : undefined;
}

/** The controller's deadline to report a personal-data breach to the ICO (UK GDPR Art 33). */
export const HOURS_ICO_DEADLINE = 72;
/** Partner notification within this many hours leaves the controller time to meet the ICO deadline. */
export const HOURS_RECOMMENDED_PARTNER_NOTICE = 24;
