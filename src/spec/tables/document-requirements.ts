/**
 * What each document asks of the spec before it can be produced (R55), keyed by the `meta.documents`
 * value. A kind with no requirement has no entry; the structure rules read this table and nothing else.
 */
import type { DraftingPoint } from '../rules/finding.js';
import type { PartnershipSpec } from '../types.gen.js';
import type { ListedDocument } from '../values/documents.js';

/**
 * One thing a document needs: when it is missing, R55 reports `message` at the listed document, and a
 * warning's `note` says the same to the partners in a draft.
 */
export type DocumentRequirement = {
  /** True when the spec gives the document what it needs. */
  holds: (spec: PartnershipSpec) => boolean;
  message: string;
  hint?: string;
} & ({ severity: 'error' } | { severity: 'warning'; note: DraftingPoint });

/** The requirements of each document that has any, checked in order. */
export const DOCUMENT_REQUIREMENTS = {
  referral_protocol: [
    {
      severity: 'error',
      holds: (spec) => spec.referrals !== undefined,
      message:
        'Cannot produce the referral protocol: the spec has no referrals section, expected referrals (services, routes, urgency levels)',
    },
  ],
  data_sharing_schedule: [
    {
      severity: 'error',
      holds: (spec) => spec.data_protection.personal_data_shared === true,
      message:
        'Cannot produce a data-sharing schedule: data_protection.personal_data_shared is not true, expected true and the purposes shared',
    },
  ],
  partnership_agreement: [
    {
      severity: 'warning',
      holds: (spec) => spec.partnership.structure_model !== 'mou_only',
      message: 'Cannot match a partnership agreement with structure_model mou_only, expected mou',
      note: {
        subject: 'Documents',
        text: 'The partnership is set up by memorandum of understanding only, yet a partnership agreement was asked for: consider issuing the memorandum instead.',
      },
      hint: 'An MoU-only partnership usually signs an MoU; ask for mou instead, or change the structure model.',
    },
  ],
} satisfies Partial<Record<ListedDocument, readonly DocumentRequirement[]>>;

/** The requirements of `kind`, none when it has no entry. */
export function documentRequirements(kind: ListedDocument): readonly DocumentRequirement[] {
  const table: Partial<Record<ListedDocument, readonly DocumentRequirement[]>> = DOCUMENT_REQUIREMENTS;
  return table[kind] ?? [];
}
