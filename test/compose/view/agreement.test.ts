import { describe, expect, it } from 'vitest';
import { composeDocument } from '../../../src/compose/index.js';
import type { Block, Document, Inline } from '../../../src/model/types.js';
import type { PartnershipSpec } from '../../../src/spec/index.js';
import { validSpec, validSpecs } from './valid-specs.js';

function inlineText(inlines: Inline[]): string {
  return inlines
    .map((i) => {
      switch (i.type) {
        case 'text':
          return i.value;
        case 'definedTerm':
          return i.term;
        case 'reference':
          return i.text ?? '';
        case 'lineBreak':
          return '\n';
        default:
          return inlineText(i.children);
      }
    })
    .join('');
}

/** Every paragraph-like run of text in the document, and every section/clause id. */
function walk(blocks: Block[], texts: string[], ids: string[]): void {
  for (const b of blocks) {
    switch (b.type) {
      case 'section':
      case 'clause':
        ids.push(b.id);
        walk(b.children, texts, ids);
        break;
      case 'paragraph':
        texts.push(inlineText(b.children));
        break;
      case 'list':
        for (const item of b.items) walk(item.children, texts, ids);
        // A list's last item closes the sentence: a trailing "; and" would dangle.
        if (b.ordered) texts.push(`${texts.at(-1) ?? ''}<end of list>`);
        break;
      case 'table':
        for (const row of [b.header, ...b.rows]) for (const cell of row) texts.push(inlineText(cell.children));
        break;
      case 'definitions':
        for (const d of b.items) texts.push(inlineText(d.children));
        break;
      default:
        break;
    }
  }
}

function contents(doc: Document): { texts: string[]; ids: string[] } {
  const texts: string[] = [];
  const ids: string[] = [];
  walk(doc.children, texts, ids);
  return { texts, ids };
}

const FLAWS = /undefined|\bnull\b|\[object|NaN|\s{2}|\s[,.;:]|,,|\.\.|;\.|\(\s|\s\)|(;|\band)<end of list>|\{\{|\}\}/;

/** Variants of a spec that switch on the branches the fixtures leave off. */
const VARIANTS: [string, (s: PartnershipSpec) => void][] = [
  ['as it is', () => undefined],
  [
    'a deed under Scots law, open-ended, at bid stage',
    (s) => {
      s.signatures.form = 'deed';
      s.partnership.governing_law = 'scotland';
      s.partnership.courts = 'scotland_non_exclusive';
      s.partnership.term = { ...s.partnership.term, open_ended: true, end_date: null };
      s.partnership.bid_phase = {
        bid_lead_member_id: s.members[0]!.id,
        tender_reference: 'T-1',
        submission_deadline: '2026-03-01',
        bid_costs: 'shared_equally',
        exclusivity: true,
        lapse_if_unsuccessful: true,
        lapse_date: '2026-09-30',
      };
    },
  ],
  [
    'non-binding, with urgent decisions, observers and weighted votes',
    (s) => {
      s.partnership.agreement_status = 'non_binding';
      s.governance.urgent_decisions = {
        by: ['chair', 'lead_partner'],
        ratify_at_next_meeting: true,
        spend_limit: '2500.00',
      };
      s.governance.decision_body.observers = [
        { name: 'The Funder’s commissioner', voting: false, attends: 'quarterly_part_a_only' },
      ];
      s.governance.voting = {
        ...s.governance.voting,
        method: 'weighted',
        weights: Object.fromEntries(s.governance.decision_body.voting_member_ids.map((id) => [id, 1])),
      };
      s.governance.quorum = { type: 'fraction', value: 0.5, rounding: 'up_plus_one_if_exact_half' };
    },
  ],
];

describe('partnership agreement template', () => {
  it.each(validSpecs())('should render %s with no gaps, stray tokens or broken punctuation', (_name, spec) => {
    const { texts } = contents(composeDocument(spec, 'partnership_agreement'));
    expect(texts.filter((t) => FLAWS.test(t))).toEqual([]);
  });

  it.each(VARIANTS)('should render the WHEC spec %s', (_label, change) => {
    const spec = validSpec('whec-strategic-consortium.yaml');
    change(spec);
    const { texts } = contents(composeDocument(spec, 'partnership_agreement'));
    expect(texts.filter((t) => FLAWS.test(t))).toEqual([]);
  });

  it('should include the sections and schedules whose conditions hold, in outline order', () => {
    const { ids } = contents(composeDocument(validSpec('whec-strategic-consortium.yaml'), 'partnership_agreement'));
    const order = [
      'parties',
      'background',
      'definitions',
      'term',
      'purpose',
      'principles',
      'status',
      'membership',
      'lead-partner',
      'governance',
      'management',
      'consultation',
      'work-areas',
      'funding',
      'performance',
      'risk',
      'safeguarding',
      'data-protection',
      'confidentiality',
      'intellectual-property',
      'communications',
      'complaints',
      'liability',
      'changes',
      'disputes',
      'termination',
      'general',
      'execution',
      'schedule-partners',
      'schedule-roles',
      'schedule-work-plan',
      'schedule-funding',
      'schedule-kpis',
      'schedule-risks',
      'schedule-flow-down',
      'schedule-deed-of-adherence',
      'schedule-exit-plan',
    ];
    expect(ids.filter((id) => order.includes(id))).toEqual(order);
  });

  it('should leave out what an unfunded referral partnership does not need', () => {
    const { ids, texts } = contents(composeDocument(validSpec('referral-partnership.yaml'), 'partnership_agreement'));
    for (const absent of ['lead-partner', 'schedule-funding', 'schedule-flow-down', 'liability', 'funding-payment'])
      expect(ids).not.toContain(absent);
    expect(ids).toContain('funding-in-kind');
    expect(texts.some((t) => t.includes('the Contract (Third Party Rights) (Scotland) Act 2017'))).toBe(true);
  });

  it('should state the quorum in words and the decision body by its own name', () => {
    const { texts } = contents(composeDocument(validSpec('whec-strategic-consortium.yaml'), 'partnership_agreement'));
    expect(texts).toContain(
      'The quorum is three (3) of the five (5) voting seats. A meeting is quorate only if the Representative of YWCA is present.',
    );
    expect(texts.filter((t) => /decision body/i.test(t))).toEqual([]);
  });

  it('should end a draft with its drafting notes, and an agreed text without them', () => {
    const spec = validSpec('whec-strategic-consortium.yaml');
    const warning = {
      severity: 'warning' as const,
      code: 'R23',
      message: 'Cannot start before the last signature',
      file: 'whec.yaml',
      line: 3,
      column: 1,
      pointer: '/partnership/term',
      note: { subject: 'Law and disputes', text: 'The agreement starts before the last signature.' },
    };
    expect(contents(composeDocument(spec, 'partnership_agreement', { warnings: [warning] })).ids).not.toContain(
      'drafting-notes',
    );
    spec.meta.status = 'draft';
    const { ids, texts } = contents(composeDocument(spec, 'partnership_agreement', { warnings: [warning] }));
    expect(ids.at(-1)).toBe('drafting-notes');
    expect(texts).toContain('The agreement starts before the last signature.');
    expect(texts.some((t) => t.includes('R23'))).toBe(false);
  });
});
