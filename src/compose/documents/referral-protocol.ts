/** The referral protocol (DOMAIN §2.6). */
import type { DocumentKindEntry } from './document-kind.js';

export const referralProtocol: DocumentKindEntry<'referral_protocol'> = {
  kind: 'referral_protocol',
  title: 'Referral Protocol',
  stem: 'referral-protocol',
  templates: ['referral-protocol'],
};
