/** The meetings protocol (DOMAIN §2.3): how the decision body meets, when issued on its own. */
import type { DocumentKindEntry } from './document-kind.js';

export const meetingsProtocol: DocumentKindEntry<'meetings_protocol'> = {
  kind: 'meetings_protocol',
  title: 'Meetings Protocol',
  stem: 'meetings-protocol',
  templates: ['meetings-protocol'],
};
