/**
 * The agreement's stage (R74): the facts the stage is decided from (values/partnership.ts) must not
 * contradict each other. Being signed while still bidding is not a conflict, since a bid-stage
 * agreement is signed to bind exclusivity, bid costs and approval of the bid before the award; being
 * dated after the bid has lapsed or after the main contract has started is, and so is a main
 * contract that is both a grant and a procured contract.
 */

import { CONTRACT_AGREEMENTS } from '../tables/index.js';
import { warning, type Finding } from './finding.js';
import { isIsoDate } from './iso-dates.js';
import { pointer } from './pointer.js';
import type { RuleContext } from './rule-context.js';

const NOTE_SUBJECT = 'Documents';
const PROCURED = new Set(['procurement_act_2023', 'pcr_2015']);

/** The date the agreement speaks from: its preparation, or its last signature if later. */
function agreementDate(context: RuleContext): { date: string; field: string } {
  const { meta, signatures } = context.spec;
  let latest = { date: meta.prepared_date, field: 'meta.prepared_date' };
  signatures.signatories.forEach((s, i) => {
    if (isIsoDate(s.date) && s.date > latest.date)
      latest = { date: s.date, field: `signatures.signatories[${i}].date` };
  });
  return latest;
}

/** A main contract whose funder grants it while it is procured, or contracts for it while it is not. */
function checkAwardKind(context: RuleContext, findings: Finding[]): void {
  const { spec } = context;
  const main = spec.partnership.related_contract;
  const regime = main?.procurement_regime;
  if (main === undefined || regime === undefined) return;
  const index = (spec.funding?.funders ?? []).findIndex((f) => f.id === main.funder_id);
  const funder = spec.funding?.funders?.[index];
  const type = funder?.agreement_type;
  if (funder === undefined || type === undefined) return;
  const grantButProcured = type === 'grant' && PROCURED.has(regime);
  const contractButNotProcured = CONTRACT_AGREEMENTS.has(type) && regime === 'grant_not_procured';
  if (!grantButProcured && !contractButNotProcured) return;
  findings.push(
    warning(
      'R74',
      pointer('funding', 'funders', index, 'agreement_type'),
      `Cannot tell whether the main contract is a contract or a grant: funding.funders[${index}].agreement_type is ${type} but partnership.related_contract.procurement_regime is ${regime}, expected the two to agree`,
      {
        subject: NOTE_SUBJECT,
        text: `The Main Contract with ${funder.name} is described both as ${type === 'grant' ? 'a grant' : 'a contract'} and as ${regime === 'grant_not_procured' ? 'a grant that was not procured' : 'a procured contract'}: the documents follow the funder's description; confirm which it is.`,
      },
      'The documents call the award a contract or a grant from the funder’s agreement_type; correct whichever of the two fields is wrong.',
    ),
  );
}

/** A bid stage that the agreement's own dates, or the bid's timetable, show to be over or impossible. */
function checkBidDates(context: RuleContext, findings: Finding[]): void {
  const { spec } = context;
  const bid = spec.partnership.bid_phase;
  if (bid === undefined) return;
  const start = spec.partnership.related_contract?.main_contract_start;
  const dated = agreementDate(context);
  const over = (what: string, pointerTo: string, after: string, text: string): void => {
    findings.push(
      warning(
        'R74',
        pointerTo,
        `Cannot still be bidding on ${dated.date} (${dated.field}): ${what} ${after}, expected partnership.bid_phase removed once the award is made`,
        { subject: NOTE_SUBJECT, text },
        'Once the contract or grant is awarded, remove partnership.bid_phase so that the documents describe the award; if the bid failed, the agreement has lapsed.',
      ),
    );
  };
  if (isIsoDate(bid.lapse_date) && dated.date > bid.lapse_date)
    over(
      'partnership.bid_phase.lapse_date is',
      pointer('partnership', 'bid_phase', 'lapse_date'),
      bid.lapse_date,
      `The Agreement is dated ${dated.date}, after ${bid.lapse_date}, when it was to lapse if nothing had been awarded, yet it still says the Partners are bidding: if the bid succeeded, describe the award; if not, the Agreement has lapsed.`,
    );
  else if (isIsoDate(start) && dated.date >= start)
    over(
      'partnership.related_contract.main_contract_start is',
      pointer('partnership', 'bid_phase'),
      start,
      `The Agreement is dated ${dated.date}, when the Main Contract has already started (${start}), yet it still says the Partners are bidding for it: describe the award instead.`,
    );
  const deadline = bid.submission_deadline;
  if (!isIsoDate(deadline)) return;
  const late = isIsoDate(bid.lapse_date) && deadline > bid.lapse_date ? bid.lapse_date : undefined;
  const afterStart = isIsoDate(start) && deadline > start ? start : undefined;
  const limit = late ?? afterStart;
  if (limit === undefined) return;
  const what = late !== undefined ? 'the agreement lapses' : 'the main contract starts';
  findings.push(
    warning(
      'R74',
      pointer('partnership', 'bid_phase', 'submission_deadline'),
      `Cannot submit the bid on ${deadline}: ${what} on ${limit}, expected partnership.bid_phase.submission_deadline before ${limit}`,
      {
        subject: NOTE_SUBJECT,
        text: `The bid is due on ${deadline}, after ${limit}, when ${late !== undefined ? 'the Agreement lapses if nothing has been awarded' : 'the Main Contract starts'}: check the bid timetable.`,
      },
    ),
  );
}

/** R74. */
export function checkStage(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  checkAwardKind(context, findings);
  checkBidDates(context, findings);
  return findings;
}
