/**
 * The Addendum (DOMAIN §2.4): records a change to the agreement. No spec lists it: it is composed from
 * an addendum spec by `partnership addendum`, so it is never part of a spec's pack.
 */
import type { DocumentKindEntry } from './document-kind.js';

export const addendum: DocumentKindEntry<'addendum'> = {
  kind: 'addendum',
  title: 'Addendum',
  stem: 'addendum',
  templates: ['addendum'],
  inPack: () => false,
};
