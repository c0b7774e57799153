// A large valid spec for the benchmarks: the WHEC fixture with members added that keep every rule
// (unique ids and names, a vote and a signature each).
import { readFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

/** The WHEC fixture with members added until it has `count`, as YAML text. */
export function largeSpec(count) {
  const spec = parse(readFileSync('fixtures/valid/whec-strategic-consortium.yaml', 'utf8'), { schema: 'core' });
  const template = spec.members.find((m) => !m.is_lead_partner);
  for (let n = spec.members.length + 1; n <= count; n += 1) {
    const id = `member-${String(n).padStart(2, '0')}`;
    const member = JSON.parse(JSON.stringify(template));
    member.id = id;
    member.legal_name = `Example Women's Organisation ${n}`;
    delete member.short_name;
    if (member.charity) member.charity.number = String(1990000 + n);
    if (member.company) member.company.number = String(98000000 + n);
    const person = { name: `Representative ${n}`, job_title: 'Chief Executive' };
    member.representative = person;
    delete member.deputy;
    member.authorised_signatory = { ...person, authority_basis: 'board_resolution', authority_date: '2026-02-20' };
    spec.members.push(member);
    spec.governance.decision_body.voting_member_ids.push(id);
    spec.signatures.signatories.push({ member_id: id, ...person, date: '2026-03-02' });
  }
  return stringify(spec, { lineWidth: 0 });
}
