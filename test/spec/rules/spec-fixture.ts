/**
 * Valid fixture specs as plain data for rule tests: parsed with the YAML core schema (so dates stay
 * strings), deep-copied on each call so a test can break one field without touching the others.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PartnershipSpec } from '../../../src/spec/index.js';

const VALID = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'valid');
const cache = new Map<string, string>();

/** A fresh copy of `fixtures/valid/<name>.yaml`. */
export function validSpec(
  name: 'whec-strategic-consortium' | 'referral-partnership' | 'large-funded-consortium' | 'welsh-joint-contract-bid',
): PartnershipSpec {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(join(VALID, `${name}.yaml`), 'utf8');
    cache.set(name, text);
  }
  return parse(text, { schema: 'core' }) as PartnershipSpec;
}

/** The funded five-member consortium, the base most rule tests break. */
export function consortium(): PartnershipSpec {
  return validSpec('whec-strategic-consortium');
}

/** The unfunded two-member referral partnership under Scots law. */
export function referral(): PartnershipSpec {
  return validSpec('referral-partnership');
}

/**
 * The consortium grown to `count` members: every added member is an active key decision maker
 * with a vote, a signature, a work-area contribution and an allocation, and the totals are
 * restated so that the spec stays valid.
 */
export function consortiumOf(count: number): PartnershipSpec {
  const spec = consortium();
  const template = spec.members[0]!;
  for (let i = spec.members.length; i < count; i++) {
    const id = `member-${i}`;
    spec.members.push({
      ...structuredClone(template),
      id,
      legal_name: `Example Member ${i}`,
      short_name: `EM${i}`,
      is_lead_partner: false,
    });
    spec.governance.decision_body.voting_member_ids.push(id);
    spec.signatures.signatories.push({
      member_id: id,
      name: template.authorised_signatory.name,
      job_title: 'Chief Executive',
      date: '2026-03-02',
    });
    spec.work_areas![0]!.contributor_ids!.push(id);
    spec.funding!.allocations!.push({
      member_id: id,
      work_area_ids: ['wa-policy'],
      amount: '81000.00',
      by_period: { '2026/27': '27000.00', '2027/28': '27000.00', '2028/29': '27000.00' },
    });
  }
  // Restate the money so it still balances: allocations are 90% of the total, the fee 10%.
  const members = spec.funding!.allocations!.length;
  const allocations = members * 81000;
  const total = (allocations * 10) / 9;
  const money = (pounds: number): string => pounds.toFixed(2);
  spec.funding!.total_amount = money(total);
  spec.funding!.funders![0]!.amount = money(total);
  spec.funding!.management_fee!.amount = money(total / 10);
  spec.funding!.management_fee!.by_period = {
    '2026/27': money(total / 30),
    '2027/28': money(total / 30),
    '2028/29': money(total / 30),
  };
  for (const period of spec.funding!.periods!) period.amount = money(total / 3);
  return spec;
}
