/**
 * `admit_member`: the joining member is appended to `members[]` and placed where the operation says:
 * a voting seat (by default when it is a key decision maker), its work areas (as a contributor), its
 * allocation, and a signatory entry from its authorised signatory, so the consolidated spec is whole.
 */
import type { AdmitMemberOp } from '../../spec/index.js';
import { listAt, memberOf, objectAt, objects, problem, section, touch, type Json, type OpContext } from './context.js';

/** Applies one `admit_member`. */
export function admitMember(context: OpContext, op: AdmitMemberOp): void {
  const { spec } = context;
  const member = JSON.parse(JSON.stringify(op.member)) as Json;
  const id = typeof member.id === 'string' ? member.id : '';
  if (id === '') {
    problem(context, '/member', "Cannot admit the member: `member.id` is missing, expected the new member's id");
    return;
  }
  if (memberOf(spec, id)) {
    problem(context, '/member/id', `Cannot admit \`${id}\`: a member already has that id, expected a new id`);
    return;
  }
  context.members.push(id);
  const members = listAt(spec, 'members');
  touch(context, `/members/${members.length}`, '/member');
  members.push(member);
  const seat = op.voting_seat ?? member.partnership_role === 'key_decision_maker';
  const governance = section(spec, 'governance');
  if (seat && governance) {
    const voters = listAt(objectAt(governance, 'decision_body'), 'voting_member_ids');
    touch(context, `/governance/decision_body/voting_member_ids/${voters.length}`, '/voting_seat');
    voters.push(id);
  }
  const areas = objects(spec.work_areas);
  (op.work_area_ids ?? []).forEach((areaId, k) => {
    const index = areas.findIndex((area) => area.id === areaId);
    if (index === -1) {
      problem(
        context,
        `/work_area_ids/${k}`,
        `Cannot place \`${id}\` in work area \`${areaId}\`: no work area has that id, expected one of ${areas.map((a) => `\`${String(a.id)}\``).join(', ')}`,
      );
      return;
    }
    const contributors = listAt(areas[index]!, 'contributor_ids');
    touch(context, `/work_areas/${index}/contributor_ids/${contributors.length}`, `/work_area_ids/${k}`);
    contributors.push(id);
  });
  if (op.allocation) {
    const funding = objectAt(spec, 'funding');
    const allocations = listAt(funding, 'allocations');
    touch(context, `/funding/allocations/${allocations.length}`, '/allocation');
    const row: Json = { member_id: id, work_area_ids: [...(op.work_area_ids ?? [])], amount: op.allocation.amount };
    if (op.allocation.by_period) row.by_period = { ...op.allocation.by_period };
    if (op.allocation.basis) row.basis = op.allocation.basis;
    allocations.push(row);
  }
  const signatures = section(spec, 'signatures');
  const signatory = member.authorised_signatory as Json | undefined;
  if (signatures && signatory && typeof signatory === 'object') {
    const list = listAt(signatures, 'signatories');
    touch(context, `/signatures/signatories/${list.length}`, '/member/authorised_signatory');
    list.push({
      member_id: id,
      name: signatory.name,
      job_title: signatory.job_title,
      date: context.signedOn.get(id) ?? null,
    });
  }
}
