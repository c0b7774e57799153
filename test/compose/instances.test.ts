import { describe, expect, it } from 'vitest';
import { composeDocument } from '../../src/compose/index.js';
import { compose, loadFixture } from './document-set.js';

describe('instances', () => {
  it('should expand the terms of reference into the decision body and one document per advisory group', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    const docs = compose(spec, ['terms_of_reference']);
    expect(docs.map((doc) => doc.name)).toEqual([
      'terms-of-reference',
      ...(spec.advisory_groups ?? []).map((g) => `terms-of-reference-${g.id}`),
    ]);
    expect(new Set(docs.map((doc) => doc.kind))).toEqual(new Set(['terms_of_reference']));
    expect(docs[1]!.meta.title).toBe(`Terms of Reference: ${spec.advisory_groups![0]!.name}`);
    expect(docs[1]!.meta.documentId).toBe(
      `${spec.meta.spec_id}/${spec.meta.version}/terms-of-reference-${spec.advisory_groups![0]!.id}`,
    );
  });

  it('should write only the decision body terms of reference when the spec has no advisory groups', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const docs = compose({ ...spec, advisory_groups: [] }, ['terms_of_reference']);
    expect(docs.map((doc) => doc.name)).toEqual(['terms-of-reference']);
  });

  it('should keep composeDocument returning the main document of a kind', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const doc = composeDocument(spec, 'terms_of_reference');
    expect(doc.name).toBe('terms-of-reference');
    expect(doc.meta.title).toBe('Terms of Reference');
  });

  it('should return documents in the order the kinds were asked for, instances of a kind together', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const docs = compose(spec, ['meetings_protocol', 'terms_of_reference', 'partnership_agreement']);
    expect(docs.map((doc) => doc.name)).toEqual([
      'meetings-protocol',
      'terms-of-reference',
      'terms-of-reference-network-forum',
      'partnership-agreement',
    ]);
  });
});
