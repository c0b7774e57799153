/**
 * Change rules: withdrawal needs positive notice of a sensible length and a minimum commitment
 * within the term (R34); funder consent to membership changes is built in (R35); expulsion is fair
 * (R36); the partnership cannot shrink below two members (R37); a funded lead changes only with
 * funder consent and novation (R38).
 */

import { PAYMENT_CYCLE } from '../tables/index.js';
import { describeDuration, toCalendarDays } from '../values/durations.js';
import { error, warning, type Finding } from './finding.js';
import { addDays, monthsBetween } from './iso-dates.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

/** Shortest withdrawal notice that gives the others time to re-plan delivery. */
const MIN_NOTICE_DAYS = 30;

function checkWithdrawal(context: RuleContext, findings: Finding[]): void {
  const w = context.spec.change_management.withdrawal;
  if (w.allowed !== true) return;
  const at = (key: string): string => pointer('change_management', 'withdrawal', key);
  if (w.notice === undefined || !(toCalendarDays(w.notice) > 0)) {
    findings.push(
      error(
        'R34',
        at('notice'),
        'Cannot withdraw without notice: change_management.withdrawal.notice is not positive, expected a Duration above 0',
      ),
    );
  } else {
    const days = toCalendarDays(w.notice);
    const cycle = PAYMENT_CYCLE[context.spec.funding?.payment_schedule?.frequency ?? ''];
    const floors: [number, string][] = [[MIN_NOTICE_DAYS, `${MIN_NOTICE_DAYS} days`]];
    if (context.funded && cycle !== undefined)
      floors.push([toCalendarDays(cycle), `one ${context.spec.funding?.payment_schedule?.frequency} payment cycle`]);
    const short = floors.filter(([floor]) => days < floor).map(([, words]) => words);
    if (short.length > 0)
      findings.push(
        warning(
          'R34',
          at('notice'),
          `Cannot re-plan delivery in ${describeDuration(w.notice)}: change_management.withdrawal.notice is shorter than ${short.join(' and ')}, expected at least that`,
          {
            subject: 'Governance and decisions',
            text: `A Partner may leave on ${describeDuration(w.notice)}’ notice, which is shorter than ${short.join(' and ')}: consider a longer notice period so that the others can take over its work and funds.`,
          },
          'A leaving member should give the others time to reallocate its work and funds.',
        ),
      );
  }
  const commitment = w.minimum_commitment_months;
  const end = context.termEnd;
  if (typeof commitment === 'number' && end !== undefined) {
    const termMonths = monthsBetween(context.termStart, addDays(end, 1));
    if (commitment > termMonths)
      findings.push(
        error(
          'R34',
          at('minimum_commitment_months'),
          `Cannot commit members for ${commitment} months: the term is ${termMonths} months, expected change_management.withdrawal.minimum_commitment_months of at most ${termMonths}`,
        ),
      );
  }
}

function checkFunderConsent(context: RuleContext, findings: Finding[]): void {
  const consenting = (context.spec.funding?.funders ?? []).filter(
    (f) => f.requires_consent_to_membership_change === true,
  );
  if (consenting.length === 0) return;
  const admission = context.spec.change_management.admission;
  if (admission.funder_consent_required !== true)
    findings.push(
      error(
        'R35',
        pointer('change_management', 'admission', 'funder_consent_required'),
        `Cannot admit members without the consent of ${consenting.map((f) => f.id).join(', ')}: change_management.admission.funder_consent_required is not true, expected true because the funder requires consent to membership changes`,
      ),
    );
}

function checkExpulsion(context: RuleContext, findings: Finding[]): void {
  const cm = context.spec.change_management;
  const e = cm.expulsion;
  if (e === undefined) {
    if (context.active.size > 2)
      findings.push(
        error(
          'R36',
          pointer('change_management'),
          `Cannot remove a member in breach: change_management.expulsion is missing with ${context.active.size} active members, expected grounds, a remedy period and a right to be heard`,
        ),
      );
    return;
  }
  const at = (key: string): string => pointer('change_management', 'expulsion', key);
  if (e.remedy_period === undefined || !(toCalendarDays(e.remedy_period) > 0))
    findings.push(
      error(
        'R36',
        at('remedy_period'),
        'Cannot expel without a chance to put things right: change_management.expulsion.remedy_period is not positive, expected a Duration above 0',
      ),
    );
  if (e.right_to_be_heard !== true)
    findings.push(
      error(
        'R36',
        at('right_to_be_heard'),
        'Cannot expel a member unheard: change_management.expulsion.right_to_be_heard is not true, expected true',
      ),
    );
  const matters = context.spec.governance.reserved_matters ?? [];
  const reserved = matters.findIndex((rm) => rm.matter === (e.decision ?? 'expel_member'));
  const threshold = matters[reserved]?.threshold;
  if (threshold === 'unanimity')
    findings.push(
      warning(
        'R36',
        pointer('governance', 'reserved_matters', reserved, 'threshold'),
        `Cannot expel a member who can veto its own expulsion: ${e.decision ?? 'expel_member'} needs unanimity, expected unanimity_excluding_affected`,
        {
          subject: 'Governance and decisions',
          text: 'Expelling a Partner needs every Partner’s agreement, so the Partner concerned could block its own expulsion: consider unanimity of the other Partners.',
        },
      ),
    );
}

function checkTermination(context: RuleContext, findings: Finding[]): void {
  const min = context.spec.change_management.termination.min_members;
  const active = context.active.size;
  if (typeof min === 'number' && !(min >= 2 && min <= active))
    findings.push(
      error(
        'R37',
        pointer('change_management', 'termination', 'min_members'),
        `Cannot end the partnership below ${min} members: there are ${active} active members, expected change_management.termination.min_members ${active < 2 ? 'of 2 with at least 2 active members' : `between 2 and ${active}`}`,
      ),
    );
}

function checkChangeOfLead(context: RuleContext, findings: Finding[]): void {
  if (!context.funded || context.leadId === undefined) return;
  const c = context.spec.change_management.change_of_lead_partner;
  if (c === undefined) {
    findings.push(
      error(
        'R38',
        pointer('change_management'),
        'Cannot change a funded lead partner without change_management.change_of_lead_partner, expected its decision, funder consent and novation',
      ),
    );
    return;
  }
  const missing = (['funder_consent_required', 'requires_novation'] as const).filter((k) => c[k] !== true);
  for (const key of missing)
    findings.push(
      error(
        'R38',
        pointer('change_management', 'change_of_lead_partner', key),
        `Cannot change the funded lead partner without ${key === 'requires_novation' ? 'novating the funding agreement' : "the funder's consent"}: change_management.change_of_lead_partner.${key} is not true, expected true`,
      ),
    );
}

/** R34–R38. */
export function checkChange(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkWithdrawal(context, findings);
  checkFunderConsent(context, findings);
  checkExpulsion(context, findings);
  checkTermination(context, findings);
  checkChangeOfLead(context, findings);
  return findings;
}
