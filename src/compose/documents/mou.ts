/** The memorandum of understanding (DOMAIN §2.5). */
import type { DocumentKindEntry } from './document-kind.js';

export const mou: DocumentKindEntry<'mou'> = {
  kind: 'mou',
  title: 'Memorandum of Understanding',
  stem: 'mou',
  templates: ['mou'],
};
