/**
 * A builder-made partnership agreement that uses every block and inline of the model, for writer tests
 * and goldens: sections of each kind, clauses and sub-clauses, ordered lists with ids (nested), tables
 * with right-aligned money, definitions, signatures with and without witnesses, page breaks, references
 * of every shape (including one into the terms of reference), redline marks, line breaks and defined terms.
 */
import {
  clause,
  definition,
  definitions,
  deletion,
  documentOf,
  emphasis,
  insertion,
  item,
  lineBreak,
  list,
  numberDocument,
  pageBreak,
  paragraph,
  paragraphAs,
  ref,
  schedule,
  section,
  signatures,
  strong,
  table,
  term,
  type Document,
  type NumberedDocument,
  type DocumentMeta,
} from '../../src/model/index.js';

/** The metadata of the sample pack, for a given document title and file stem. */
export function sampleMeta(title: string, stem: string): DocumentMeta {
  return {
    title,
    partnership: "Women's Health and Equality Consortium",
    shortName: 'WHEC',
    specId: 'whec',
    version: '1.1.0',
    status: 'draft',
    date: '2026-02-02',
    dateText: '2 February 2026',
    supersedes: '1.0.0',
    documentId: `whec/1.1.0/${stem}`,
    subject: `${title} of the Women's Health and Equality Consortium`,
    creator: 'YWCA England & Wales',
    toolVersion: '0.1.0',
    templateHash: 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    language: 'en-GB',
  };
}

/** The terms of reference the sample agreement cites (its quorum clause is "clause 2.2"). UNNUMBERED. */
export function sampleTermsOfReference(): Document {
  return documentOf(
    'terms_of_reference',
    'terms-of-reference',
    sampleMeta('Terms of Reference', 'terms-of-reference'),
    [
      section('tor-purpose', 'Purpose', [
        clause('tor-role', null, ['The Steering Group directs the work of the Consortium.']),
      ]),
      section('tor-meetings', 'Meetings', [
        clause('tor-frequency', 'Frequency', ['The Steering Group meets at least four times a year.']),
        clause('tor-quorum', 'Quorum', ['Three members, including the chair or vice-chair, form a quorum.']),
      ]),
    ],
  );
}

/** The sample partnership agreement, UNNUMBERED (as compose produces it before numbering). */
export function sampleDocument(): Document {
  return documentOf(
    'partnership_agreement',
    'partnership-agreement',
    sampleMeta('Partnership Agreement', 'partnership-agreement'),
    [
      paragraphAs('lead', 'This agreement is made on ', strong('2 February 2026'), '.'),
      section(
        'parties',
        'Parties',
        [
          list(true, [
            item(
              [
                paragraph(
                  strong('YWCA England & Wales'),
                  ', a charity registered in England and Wales (1999005) (the ',
                  term('Lead Partner'),
                  ').',
                ),
              ],
              'party-ywca',
            ),
            item([paragraph(strong('Rape Crisis England & Wales'), ', of 1 Example Street, London N1 9ZZ.')]),
            item([
              paragraph(
                strong('Українська громада «Надія»'),
                ' and ',
                strong('Σύλλογος Γυναικών Αθήνας'),
                ', partners in the pilot.',
              ),
            ]),
          ]),
        ],
        'unnumbered',
      ),
      section(
        'background',
        'Background',
        [
          paragraph(
            'The members have agreed to form a consortium ',
            emphasis('to reduce health inequalities'),
            '.',
            lineBreak(),
            'This line follows a forced break.',
          ),
          paragraphAs(
            'note',
            'Drafting note: user text such as *not bold*, <w:t>x</w:t>, {{name}} and \\ stays literal.',
          ),
        ],
        'unnumbered',
      ),
      section('interpretation', 'Definitions and interpretation', [
        clause('definitions', 'Definitions', [
          'In this agreement:',
          definitions([
            definition(
              'Accountable Body',
              'means the member that holds the grant, as set out in ',
              ref('funding'),
              '.',
            ),
            definition(
              'Lead Partner',
              'means YWCA England & Wales, or any member that replaces it under ',
              ref('lead-change'),
              '.',
            ),
            definition(
              'Steering Group',
              'means the decision body described in ',
              ref('tor-role', 'terms_of_reference'),
              '.',
            ),
          ]),
        ]),
        clause('schedules-form-part', null, [
          paragraph(
            'The schedules form part of this agreement; ',
            ref('schedule-allocations'),
            ' sets out the allocations.',
          ),
        ]),
      ]),
      section('governance', 'Governance', [
        clause('decision-body', 'Decision body', [
          paragraph('The ', term('Steering Group'), ' shall:'),
          list(true, [
            item('set the strategy of the Consortium;', 'set-strategy'),
            item(
              [
                'decide by vote, where:',
                list(true, [
                  item('each member has one vote; and', 'one-vote'),
                  item('the chair has a casting vote.', 'casting-vote'),
                ]),
              ],
              'voting',
            ),
            item('review the risk register.'),
          ]),
          clause('decision-body-quorum', 'Quorum', [
            paragraph('The quorum is set by ', ref('tor-quorum', 'terms_of_reference'), '.'),
          ]),
        ]),
        clause('lead-change', 'Change of lead', [
          paragraph(
            'A change of ',
            term('Lead Partner'),
            ' needs a decision under ',
            ref('voting'),
            ' and, where ',
            ref('casting-vote'),
            ' applies, a second meeting.',
          ),
          list(false, [
            item([
              'the outgoing lead hands over its records;',
              list(false, ['financial records;', 'monitoring data.']),
            ]),
            'the funder is told within 10 Working Days.',
          ]),
        ]),
        clause('urgent-decisions', 'Urgent decisions', [
          paragraph(
            'Urgent decisions follow ',
            ref('governance'),
            ', ',
            ref('decision-body'),
            ', ',
            ref('decision-body-quorum'),
            ' and ',
            ref('one-vote'),
            '.',
          ),
        ]),
      ]),
      section('funding', 'Funding and finance', [
        clause('allocations', 'Allocations', [
          paragraph(
            'The ',
            term('Accountable Body'),
            ' pays each member its allocation as shown below and in ',
            ref('allocation-payments'),
            '.',
          ),
          table(
            ['Member', 'Year 1', 'Year 2', 'Total'],
            [
              ['YWCA England & Wales', '£40,000.00', '£42,000.00', '£82,000.00'],
              ['Rape Crisis England & Wales', '£12,500.00', '£12,500.00', '£25,000.00'],
              ['Smith & Sons <Ltd> *Ltd*', '£0.00', '£1,250.50', '£1,250.50'],
              [strong('Total'), strong('£52,500.00'), strong('£55,750.50'), strong('£108,250.50')],
            ],
            ['left', 'right', 'right', 'right'],
          ),
        ]),
        clause('payment-terms', 'Payment', [
          paragraph(
            'Payments are made ',
            deletion('quarterly in arrears'),
            insertion('monthly in advance'),
            ' subject to ',
            ref('invoice-received'),
            '.',
          ),
        ]),
      ]),
      pageBreak(),
      section('execution', 'Execution', [
        paragraph('Signed by the parties on the dates below.'),
        signatures([
          { party: 'YWCA England & Wales', name: 'Jane Doe', jobTitle: 'Chief Executive', date: '2 February 2026' },
          { party: 'Rape Crisis England & Wales', name: 'Amina Okafor', jobTitle: 'Chief Executive', witness: true },
          {
            party: 'Українська громада «Надія»',
            capacity: 'Executed as a deed by',
            name: 'Олена Коваленко',
            jobTitle: 'Голова',
            witness: { name: 'Ірина Мельник', occupation: 'Бухгалтерка' },
          },
        ]),
      ]),
      pageBreak(),
      schedule('schedule-partners', 'Partner details', [
        table(
          ['Partner', 'Representative', 'Role'],
          [
            ['YWCA England & Wales', 'Jane Doe', 'Lead Partner'],
            ['Rape Crisis England & Wales', 'Amina Okafor', 'Member'],
          ],
          ['left', 'left', 'left'],
        ),
      ]),
      schedule('schedule-allocations', 'Funding allocations and payment timetable', [
        clause('allocation-timetable', 'Timetable', [
          clause('allocation-payments', null, [
            paragraph('Each payment is released when:'),
            list(true, [
              item('the funder has paid the Accountable Body;'),
              item('the member has sent an invoice.', 'invoice-received'),
            ]),
          ]),
        ]),
        clause('allocation-review', 'Review', [
          paragraph(
            'The allocations are reviewed under ',
            ref('allocations'),
            ' and this ',
            ref('schedule-allocations'),
            '.',
          ),
        ]),
      ]),
    ],
  );
}

/** The other documents of the sample pack, by kind, for numbering cross-document references. */
export function samplePack(): Map<string, Document> {
  return new Map<string, Document>([['terms_of_reference', sampleTermsOfReference()]]);
}

/** The sample agreement numbered against its pack: what every writer receives. */
export function numberedSampleDocument(): NumberedDocument {
  return numberDocument(sampleDocument(), samplePack());
}
