/**
 * R48's preconditions, checked against the base spec before any operation runs: the addendum names the
 * base's spec and current version and the next number; it takes effect within the term and after its
 * decision; the decision covers every matter its operations need, at a threshold no lower than the
 * agreement reserves, not contradicted by the votes recorded; and the funder consented where the
 * agreement or the funder requires it.
 */
import {
  THRESHOLD_RANK,
  THRESHOLD_WORDS,
  type AddendumSpec,
  type PartnershipSpec,
  type Threshold,
} from '../spec/index.js';
import { compareVersions } from './versions.js';
import { affectedMembers, mattersOf } from './matters.js';

/** A precondition that does not hold, at a pointer inside the addendum. */
export interface Precondition {
  pointer: string;
  message: string;
  hint?: string;
}

/** Every R48 precondition that fails. */
export function checkPreconditions(addendum: AddendumSpec, base: PartnershipSpec): Precondition[] {
  const found: Precondition[] = [];
  const fail = (pointer: string, message: string, hint?: string): void => {
    found.push(hint === undefined ? { pointer, message } : { pointer, message, hint });
  };
  if (addendum.base.spec_id !== base.meta.spec_id) {
    fail(
      '/base/spec_id',
      `Cannot apply the addendum: \`base.spec_id\` is \`${addendum.base.spec_id}\`, expected \`${base.meta.spec_id}\` (the spec it is applied to)`,
    );
  }
  if (addendum.base.version !== base.meta.version) {
    fail(
      '/base/version',
      `Cannot apply the addendum: \`base.version\` is "${addendum.base.version}", expected "${base.meta.version}" (the current version of the spec it is applied to)`,
      'An addendum changes the current consolidated spec: apply the addenda before it first.',
    );
  }
  if (compareVersions(addendum.resulting_version, base.meta.version) <= 0) {
    fail(
      '/resulting_version',
      `Cannot accept \`resulting_version\` "${addendum.resulting_version}": expected a version higher than the base's "${base.meta.version}"`,
    );
  }
  const previous = addendum.base.previous_addenda ?? [];
  if (addendum.meta.number !== previous.length + 1) {
    fail(
      '/meta/number',
      `Cannot accept \`meta.number\` ${addendum.meta.number}: ${previous.length} earlier addend${previous.length === 1 ? 'um is' : 'a are'} listed under \`base.previous_addenda\`, expected ${previous.length + 1}`,
    );
  }
  const term = base.partnership.term;
  if (addendum.effective_date < term.start_date || (term.end_date && addendum.effective_date > term.end_date)) {
    fail(
      '/effective_date',
      `Cannot accept \`effective_date\` ${addendum.effective_date}: expected a date within the term (${term.start_date} to ${term.end_date ?? 'open-ended'})`,
    );
  }
  if (addendum.effective_date < addendum.decision.meeting_date) {
    fail(
      '/effective_date',
      `Cannot accept \`effective_date\` ${addendum.effective_date}: it is before the decision of ${addendum.decision.meeting_date}, expected the decision first`,
    );
  }
  checkDecision(addendum, base, fail);
  checkConsent(addendum, base, fail);
  return found;
}

type Fail = (pointer: string, message: string, hint?: string) => void;

function checkDecision(addendum: AddendumSpec, base: PartnershipSpec, fail: Fail): void {
  const decision = addendum.decision;
  const needed = mattersOf(addendum, base);
  for (const [matter, ops] of needed) {
    if (!(decision.matters as string[]).includes(matter)) {
      fail(
        '/decision/matters',
        `Cannot apply the addendum: its ${ops.map((op) => `\`${op}\``).join(', ')} operation${ops.length === 1 ? ' needs' : 's need'} a decision on \`${matter}\`, expected it under \`decision.matters\``,
      );
    }
  }
  const reserved = new Map(base.governance.reserved_matters?.map((r) => [r.matter, r.threshold as Threshold]) ?? []);
  const threshold = decision.threshold_required as Threshold;
  for (const matter of decision.matters) {
    const required = reserved.get(matter);
    if (required && THRESHOLD_RANK[threshold] < THRESHOLD_RANK[required]) {
      fail(
        '/decision/threshold_required',
        `Cannot accept \`decision.threshold_required\` ${threshold}: the agreement reserves \`${matter}\` to ${THRESHOLD_WORDS[required]}, expected at least that`,
      );
    }
  }
  const seats =
    base.governance.decision_body.voting_member_ids.length * (base.governance.decision_body.seats_per_member ?? 1);
  const { for: yes, against, abstain } = decision.votes;
  if (yes + against + abstain > seats) {
    fail(
      '/decision/votes',
      `Cannot accept \`decision.votes\`: ${yes + against + abstain} votes recorded, expected at most the ${seats} voting seats of the decision body`,
    );
    return;
  }
  const affected = affectedMembers(addendum).filter((id) =>
    base.governance.decision_body.voting_member_ids.includes(id),
  ).length;
  const met = thresholdMet(threshold, yes, against, seats, affected);
  if (met !== true)
    fail(
      '/decision/votes',
      `Cannot accept \`decision.votes\` (${yes} for, ${against} against, ${abstain} abstaining): ${met}`,
    );
  if (decision.body === 'decision_body_in_writing') {
    const written = base.governance.decisions_outside_meetings;
    const excluded = decision.matters.filter((m) => written?.excluded_matters?.includes(m));
    if (!written?.allowed)
      fail(
        '/decision/body',
        'Cannot accept a decision in writing: the agreement does not allow decisions outside meetings, expected `decision_body` (a meeting)',
      );
    else if (excluded.length > 0)
      fail(
        '/decision/body',
        `Cannot accept a decision in writing on ${excluded.map((m) => `\`${m}\``).join(', ')}: the agreement excludes ${excluded.length === 1 ? 'it' : 'them'} from decisions outside meetings, expected a meeting`,
      );
  }
}

/** True when the votes meet the threshold, else why not. */
function thresholdMet(
  threshold: Threshold,
  yes: number,
  against: number,
  seats: number,
  affected: number,
): true | string {
  if (threshold === 'unanimity') {
    return yes === seats && against === 0 ? true : `unanimity needs all ${seats} voting seats for and none against`;
  }
  if (threshold === 'unanimity_excluding_affected') {
    const needed = seats - affected;
    return yes >= needed && against === 0
      ? true
      : `unanimity excluding the affected member needs ${needed} votes for and none against`;
  }
  const cast = yes + against;
  const share = { simple_majority: 0.5, two_thirds_majority: 2 / 3, three_quarters_majority: 0.75 }[threshold];
  const ok = threshold === 'simple_majority' ? yes > cast * share : yes >= cast * share - 1e-9;
  return ok && cast > 0 ? true : `${THRESHOLD_WORDS[threshold]} of the votes cast is not reached`;
}

/** Why the addendum needs the funder's consent, or null when it does not. */
export function consentReason(addendum: Pick<AddendumSpec, 'changes'>, base: PartnershipSpec): string | null {
  const change = base.change_management;
  const ops = new Set(addendum.changes.map((c) => c.op));
  const membership = ops.has('admit_member') || ops.has('withdraw_member') || ops.has('expel_member');
  const funderRequires = (base.funding?.funders ?? []).some((f) => f.requires_consent_to_membership_change);
  const why = change.variation.funder_consent_required
    ? "the agreement's variation clause requires the funder's consent"
    : ops.has('admit_member') && change.admission.funder_consent_required
      ? "the agreement requires the funder's consent to admit a member"
      : ops.has('change_lead_partner') && change.change_of_lead_partner?.funder_consent_required
        ? "the agreement requires the funder's consent to change the lead partner"
        : membership && funderRequires
          ? 'a funder requires consent to membership changes'
          : null;
  return why;
}

function checkConsent(addendum: AddendumSpec, base: PartnershipSpec, fail: Fail): void {
  const why = consentReason(addendum, base);
  if (why === null) return;
  const consent = addendum.funder_consent;
  if (!consent || !consent.required) {
    fail(
      consent ? '/funder_consent/required' : '/decision',
      `Cannot apply the addendum without the funder's consent: ${why}, expected \`funder_consent\` with \`required: true\`, the funder, its reference and date`,
    );
    return;
  }
  const funders = base.funding?.funders ?? [];
  for (const field of ['funder_id', 'reference', 'date'] as const) {
    if (consent[field] === undefined)
      fail('/funder_consent', `Cannot accept \`funder_consent\`: \`${field}\` is missing, expected it since ${why}`);
  }
  if (consent.funder_id !== undefined && !funders.some((f) => f.id === consent.funder_id)) {
    fail(
      '/funder_consent/funder_id',
      `Cannot accept \`funder_consent.funder_id\` \`${consent.funder_id}\`: no funder of the agreement has that id, expected one of ${funders.map((f) => `\`${f.id}\``).join(', ') || 'none'}`,
    );
  }
}
