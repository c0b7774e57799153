import { describe, expect, it } from 'vitest';
import { PUBLIC_AUTHORITY_FUNDERS } from '../../src/spec/tables/index.js';
import type { DocumentKind } from '../../src/compose/index.js';
import { visit, type Node, type NumberedDocument } from '../../src/model/index.js';
import { VALID_FIXTURES, compose, loadFixture } from './document-set.js';

// Where a referral protocol lets a Partner share without the person's agreement (someone at risk of
// serious harm), the data-sharing schedule of the same pack says on which lawful basis and conditions,
// and the protocol points to it: the two documents never leave that sharing without a basis.
const specs = await Promise.all(VALID_FIXTURES.map(async (name) => ({ name, spec: await loadFixture(name) })));
const referring = specs.filter(
  ({ spec }) =>
    spec.meta.documents.includes('referral_protocol') &&
    spec.referrals !== undefined &&
    spec.data_protection.personal_data_shared === true,
);

const ARTICLE_6: Record<string, string> = {
  vital_interests: 'vital interests (Article 6(1)(d))',
  public_task: 'public task (Article 6(1)(e))',
  legitimate_interests: 'legitimate interests (Article 6(1)(f))',
  legal_obligation: 'legal obligation (Article 6(1)(c))',
};

/** The documents of a fixture's pack that the sharing concerns, composed together so references resolve. */
function pack(name: string): NumberedDocument[] {
  const { spec } = specs.find((s) => s.name === name)!;
  const wanted: DocumentKind[] = ['partnership_agreement', 'data_sharing_schedule', 'referral_protocol'];
  return compose(
    spec,
    wanted.filter((k) => (spec.meta.documents as string[]).includes(k)),
  );
}

/** The words of a section or clause, table cells included, as one line. */
function wordsOf(doc: NumberedDocument, id: string): string {
  let found: Node | undefined;
  visit(doc, (node) => {
    if ((node.type === 'section' || node.type === 'clause') && node.id === id) found = node;
  });
  if (found === undefined) return '';
  const parts: string[] = [];
  visit(found, (node) => {
    if (node.type === 'text') parts.push(node.value);
    else if (node.type === 'definedTerm') parts.push(node.term);
    else if (node.type === 'reference') parts.push(node.text ?? '');
    else if (node.type === 'tableCell' || node.type === 'listItem' || node.type === 'paragraph') parts.push(' ');
  });
  return parts.join('').replace(/\s+/g, ' ');
}

describe('the basis for sharing without consent in every valid fixture', () => {
  it('should include a referral partnership that shares without consent and is funded by a public body', () => {
    const both = specs.filter(
      ({ spec }) =>
        spec.referrals?.consent_required === false &&
        (spec.funding?.funders ?? []).some((f) => PUBLIC_AUTHORITY_FUNDERS.has(f.type ?? '')),
    );
    expect(both.map((s) => s.name)).toEqual(['council-referral-pathway.yaml']);
  });

  it.each(referring.map(({ name }) => name))(
    'should record in the data-sharing schedule of %s the basis the referral protocol relies on',
    (name) => {
      const { spec } = specs.find((s) => s.name === name)!;
      const docs = pack(name);
      const schedule = docs.find((d) => d.kind === 'data_sharing_schedule') ?? docs[0]!;
      const section = wordsOf(schedule, 'dss-without-consent');
      expect(section).toContain('never on consent');
      const flagged = (spec.data_protection.purposes ?? []).filter((p) => p.without_consent === true);
      expect(flagged.length).toBeGreaterThan(0);
      for (const p of flagged) {
        for (const basis of Object.values(p.art6_basis)) expect(section).toContain(ARTICLE_6[basis]!);
        if (p.art9_condition !== undefined) expect(section).toMatch(/\(Article 9\(2\)\([a-j]\)\)/);
        if (p.dpa2018_sch1_condition !== undefined) expect(section).toContain('Schedule 1 paragraph');
      }
      const protocol = wordsOf(
        docs.find((d) => d.kind === 'referral_protocol')!,
        'rp-consent',
      );
      // Without consent as the route, a person objects; they cannot withdraw an agreement never asked for.
      if (spec.referrals?.consent_required === false) {
        expect(protocol).not.toContain('withdraw their agreement');
        expect(protocol).toContain('A person may object to a referral');
      }
      expect(protocol).toMatch(
        /Information may be shared without the person’s agreement .* The lawful basis and conditions it relies on are set out in (clause|paragraph) \d+(\.\d+)? of (the Data-Sharing Schedule|Schedule \d+ to the Partnership Agreement)/,
      );
    },
  );
});
