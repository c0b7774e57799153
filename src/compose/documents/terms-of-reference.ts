/**
 * The terms of reference (DOMAIN §2.2): one for the decision body, then one per advisory group from
 * the advisory template, each scoped to its group (`view.group`).
 */
import type { PartnershipSpec } from '../../spec/index.js';
import { mainInstance, type DocumentInstance, type DocumentKindEntry } from './document-kind.js';

/** The template of an advisory group's terms of reference. */
export const ADVISORY_TEMPLATE = 'terms-of-reference-advisory';

export const termsOfReference: DocumentKindEntry<'terms_of_reference'> = {
  kind: 'terms_of_reference',
  title: 'Terms of Reference',
  stem: 'terms-of-reference',
  templates: ['terms-of-reference', ADVISORY_TEMPLATE],
  instances: (spec: PartnershipSpec): DocumentInstance[] => [
    mainInstance(termsOfReference),
    ...(spec.advisory_groups ?? []).map((g): DocumentInstance => ({
      kind: termsOfReference.kind,
      template: ADVISORY_TEMPLATE,
      name: `${termsOfReference.stem}-${g.id}`,
      title: `${termsOfReference.title}: ${g.name}`,
      scope: { type: 'group', id: g.id },
    })),
  ],
};
