/** The partnership agreement (DOMAIN §2.1): the agreement itself, with its schedules. */
import type { DocumentKindEntry } from './document-kind.js';

export const partnershipAgreement: DocumentKindEntry<'partnership_agreement'> = {
  kind: 'partnership_agreement',
  title: 'Partnership Agreement',
  stem: 'partnership-agreement',
  templates: ['partnership-agreement'],
};
