/** Who signs the Addendum, and in which form. */
import type { AddendumSpec, PartnershipSpec } from '../../../spec/index.js';
import { executionBlock, type SignatureView } from '../signatures.js';
import type { Member } from './operations.js';

/**
 * Who signs: every party (the continuing ones, those joining, and those leaving, who agree the terms of
 * their leaving), or the lead alone under delegated authority.
 */
export function addendumSignatures(
  addendum: AddendumSpec,
  base: PartnershipSpec,
  next: PartnershipSpec,
  leaving: readonly string[],
): SignatureView[] {
  const given = new Map((addendum.signatures.signatories ?? []).map((s) => [s.member_id, s]));
  const known = new Map([...base.signatures.signatories, ...next.signatures.signatories].map((s) => [s.member_id, s]));
  const lead = next.members.find((m) => m.is_lead_partner === true && m.status === 'active');
  const ids =
    addendum.signatures.required_from === 'lead_under_delegated_authority' && lead
      ? [lead.id]
      : [
          ...new Set([
            ...next.members.filter((m) => m.status === 'active').map((m) => m.id),
            ...leaving.filter((id) =>
              addendum.changes.some((op) => op.op === 'withdraw_member' && op.member_id === id),
            ),
          ]),
        ];
  return ids.flatMap((id) => {
    const signer = given.get(id) ?? known.get(id);
    const member = [...next.members, ...base.members].find((m) => m.id === id);
    if (!member) return [];
    // A deed of adherence binds the joining party as a deed, in the form its legal form takes.
    const deed = addendum.changes.some(
      (op) => op.op === 'admit_member' && (op.member as Member).id === id && op.instrument === 'deed_of_adherence',
    );
    return [
      executionBlock(
        member,
        deed ? 'deed' : 'simple_contract',
        {
          name: signer?.name ?? member.authorised_signatory.name,
          job_title: signer?.job_title ?? member.authorised_signatory.job_title,
          // The agreement's signing dates are not the addendum's: only its own signatories' dates print.
          date: given.get(id)?.date ?? null,
          witness: undefined,
        },
        false,
      ),
    ];
  });
}
