/**
 * The data-sharing schedule (DOMAIN §2.7) as a document of its own; when the spec does not list it,
 * the agreement carries the same terms as a schedule instead.
 */
import type { DocumentKindEntry } from './document-kind.js';

export const dataSharingSchedule: DocumentKindEntry<'data_sharing_schedule'> = {
  kind: 'data_sharing_schedule',
  title: 'Data-Sharing Schedule',
  stem: 'data-sharing-schedule',
  templates: ['data-sharing-schedule'],
};
