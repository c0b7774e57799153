/**
 * Execution blocks follow each party's legal form and the agreement's form of execution (the
 * execution-forms table), name every person who signs, a member's second signatory included, in every
 * writer, and an unincorporated association is a party through the individuals who sign for it.
 */
import { describe, expect, it } from 'vitest';
import { render, type PartnershipSpec } from '../../src/index.js';
import type { SignatureBlock, Signatures } from '../../src/model/index.js';
import { documentXml } from '../support/tracked-changes.js';
import { readPdf } from '../writers/pdf/read-pdf.js';
import { asText, compose, loadFixture } from './document-set.js';

type LegalForm = PartnershipSpec['members'][number]['legal_form'];
type Form = PartnershipSpec['signatures']['form'];

const flat = (text: string): string => text.replace(/\s+/g, ' ');

function blocksOf(doc: { children: { type: string }[] }): SignatureBlock[] {
  const found: SignatureBlock[] = [];
  const walk = (nodes: { type: string }[]): void =>
    nodes.forEach((n) => {
      if (n.type === 'signatures') found.push(...(n as Signatures).parties);
      if ('children' in n) walk(n.children as { type: string }[]);
    });
  walk(doc.children);
  return found;
}

/** The first party's execution block when it has legal form `legalForm` and signs in `form`, one signatory named. */
async function firstBlock(legalForm: LegalForm, form: Form): Promise<SignatureBlock> {
  const spec = structuredClone(await loadFixture('whec-strategic-consortium.yaml'));
  const member = spec.members[0]!;
  member.legal_form = legalForm;
  delete member.second_signatory;
  spec.signatures.form = form;
  const [agreement] = compose(spec, ['partnership_agreement']);
  return blocksOf(agreement!).find((b) => b.party === member.legal_name)!;
}

// legal form, form, heading before the name, terms after it, people signing, signatures witnessed
const CASES: [LegalForm, Form, string, string | null, number, number][] = [
  [
    'company_limited_by_guarantee',
    'simple_contract',
    'Signed for and on behalf of',
    'by its authorised signatory',
    1,
    0,
  ],
  [
    'company_limited_by_guarantee',
    'deed',
    'Executed as a deed by',
    'acting by a director in the presence of a witness',
    1,
    1,
  ],
  [
    'company_limited_by_shares',
    'deed',
    'Executed as a deed by',
    'acting by a director in the presence of a witness',
    1,
    1,
  ],
  ['cic', 'deed', 'Executed as a deed by', 'acting by a director in the presence of a witness', 1, 1],
  ['cio', 'simple_contract', 'Signed for and on behalf of', 'by its authorised signatory', 1, 0],
  ['cio', 'deed', 'Executed as a deed by', 'acting by two of its charity trustees', 2, 0],
  [
    'scio',
    'simple_contract',
    'Signed for and on behalf of',
    'by a charity trustee, in the presence of a witness',
    1,
    1,
  ],
  ['scio', 'deed', 'Executed as a deed by', 'acting by a charity trustee in the presence of a witness', 1, 1],
  [
    'charitable_trust',
    'simple_contract',
    'Signed by the trustees named below, for themselves and on behalf of all the trustees of',
    'a charitable trust, under the authority of all its trustees',
    2,
    0,
  ],
  [
    'charitable_trust',
    'deed',
    'Executed as a deed by the trustees named below, for themselves and on behalf of all the trustees of',
    'a charitable trust, under the authority of all its trustees, each in the presence of a witness',
    2,
    2,
  ],
  [
    'unincorporated_association',
    'simple_contract',
    'Signed by the officers named below, for themselves and on behalf of all the members of',
    'an unincorporated association, under the authority of its committee',
    2,
    0,
  ],
  [
    'unincorporated_association',
    'deed',
    'Executed as a deed by the officers named below, for themselves and on behalf of all the members of',
    'an unincorporated association, under the authority of its committee, each in the presence of a witness',
    2,
    2,
  ],
  ['community_benefit_society', 'simple_contract', 'Signed for and on behalf of', 'by its authorised signatory', 1, 0],
  [
    'cooperative_society',
    'deed',
    'Executed as a deed by',
    'acting by two authorised signatories (members of its committee, or a member of its committee and its secretary)',
    2,
    0,
  ],
  ['statutory_body', 'simple_contract', 'Signed for and on behalf of', 'by its authorised officer', 1, 0],
  [
    'statutory_body',
    'deed',
    'Executed as a deed by',
    'by affixing its common seal in the presence of its authorised officer',
    1,
    0,
  ],
  ['royal_charter_body', 'deed', 'Executed as a deed by', expect.stringContaining('common seal') as never, 2, 0],
  [
    'other',
    'deed',
    'Executed as a deed by',
    'acting by the person its constitution authorises, in the presence of a witness',
    1,
    1,
  ],
];

describe('execution blocks', () => {
  it.each(CASES)(
    'should execute a %s signing as %s in its own form',
    async (legalForm, form, capacity, terms, people, witnessed) => {
      const block = await firstBlock(legalForm, form);
      expect(block.capacity).toBe(capacity);
      expect(block.terms).toEqual(terms);
      expect(block.signers).toHaveLength(people);
      expect(block.signers.filter((s) => s.witness !== null)).toHaveLength(witnessed);
      // A second person the form needs but the spec does not name gets lines to write their name on.
      if (people === 2) expect(block.signers[1]).toMatchObject({ name: null, jobTitle: null });
    },
  );

  it('should print a company deed with two signatories as two authorised signatories, unwitnessed', async () => {
    const spec = structuredClone(await loadFixture('whec-strategic-consortium.yaml'));
    spec.members[0]!.second_signatory = { name: 'Pat Example', job_title: 'Company Secretary' };
    spec.signatures.form = 'deed';
    const [agreement] = compose(spec, ['partnership_agreement']);
    const block = blocksOf(agreement!).find((b) => b.party === spec.members[0]!.legal_name)!;
    expect(block.terms).toBe('acting by two authorised signatories (two directors, or a director and its secretary)');
    expect(block.signers.map((s) => [s.name, s.witness])).toEqual([
      [spec.signatures.signatories[0]!.name, null],
      ['Pat Example', null],
    ]);
  });

  it('should print every second signatory in the text, Word and PDF execution and signature pages', async () => {
    const spec = await loadFixture('association-deed.yaml');
    const docs = compose(spec, ['partnership_agreement', 'signature_pages']);
    for (const doc of docs.filter((d) => d.name === 'partnership-agreement' || d.name.includes('gwent'))) {
      const text = flat(await asText(doc));
      const xml = await documentXml((await render('docx', doc)).bytes);
      const pdf = flat((await readPdf((await render('pdf', doc)).bytes)).pages.join(' '));
      for (const name of ['Gareth Jones', ...(doc.name === 'partnership-agreement' ? ['Owain Pritchard'] : [])]) {
        expect(text, `${doc.name}.txt`).toContain(name);
        expect(xml, `${doc.name}.docx`).toContain(name);
        expect(pdf, `${doc.name}.pdf`).toContain(name);
      }
    }
  });

  it('should make an unincorporated association a party through the officers who sign for it', async () => {
    const spec = await loadFixture('association-deed.yaml');
    const text = flat(await asText(compose(spec, ['partnership_agreement'])[0]!));
    expect(text).toContain(
      'Carys Morgan (Chair) and Gareth Jones (Treasurer), for themselves and on behalf of all the members of ' +
        "Gwent Women's Forum, an unincorporated association",
    );
    expect(text).toContain("Gwent Women's Forum cannot contract in its own name.");
    expect(text).toMatch(/Each of them may be personally liable under this Agreement/);
  });

  it('should give the form of deed of adherence each legal form’s execution, not one generic line', async () => {
    const spec = structuredClone(await loadFixture('whec-strategic-consortium.yaml'));
    spec.change_management.admission.instrument = 'deed_of_adherence_addendum';
    const text = flat(await asText(compose(spec, ['partnership_agreement'])[0]!));
    expect(text).toContain('two of its charity trustees');
    expect(text).toContain('for an unincorporated association: two of its officers, each in the presence of a witness');
    expect(text).toContain('Executed as a deed by [New Partner]');
  });
});
