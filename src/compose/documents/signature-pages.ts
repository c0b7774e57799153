/**
 * Signature pages: one counterpart page per signing party that is an active member, each scoped to
 * that member (`view.signaturePage`). A spec with no such signatory has no signature pages.
 */
import type { PartnershipSpec } from '../../spec/index.js';
import type { DocumentInstance, DocumentKindEntry } from './document-kind.js';

export const signaturePages: DocumentKindEntry<'signature_pages'> = {
  kind: 'signature_pages',
  title: 'Signature Pages',
  stem: 'signature-pages',
  templates: ['signature-pages'],
  instances: (spec: PartnershipSpec): DocumentInstance[] => {
    const active = new Map(spec.members.filter((m) => m.status === 'active').map((m) => [m.id, m.legal_name]));
    return spec.signatures.signatories
      .filter((s) => active.has(s.member_id))
      .map((s) => ({
        kind: signaturePages.kind,
        template: signaturePages.stem,
        name: `${signaturePages.stem}-${s.member_id}`,
        title: `Signature Page: ${active.get(s.member_id)!}`,
        scope: { type: 'member', id: s.member_id },
      }));
  },
};
