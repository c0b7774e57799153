/**
 * Section 16 and Schedule 8: the risk register, its scoring and RAG bands, the issue log, the
 * escalation ladder, serious incidents and the initial risks.
 */
import type { ViewContext } from './context.js';
import { formatDate } from './dates.js';
import { formatDuration, formatCount, type DurationView } from './durations.js';
import { label } from './labels.js';
import { moreOftenThan } from '../../spec/index.js';

/** One initial risk. */
export interface RiskView {
  /** The id of the spec item it comes from, which keys its heading or table row. */
  id: string;
  title: string;
  category: string;
  likelihood: string;
  impact: string;
  score: string;
  /** "red", "amber" or "green" by the register's bands. */
  rating: string;
  owner: string;
  mitigations: string;
  reviewDate: string;
  status: string;
}

/** Risk and issue management. */
export interface RiskManagementView {
  registerKeeper: string | null;
  reviewFrequency: string | null;
  /** "1 to 5". */
  likelihoodScale: string;
  impactScale: string;
  greenMax: string;
  amberMax: string;
  escalateAt: string;
  issueLogKeeper: string | null;
  issueLogFrequency: string | null;
  /**
   * The keeper reviews the register (or the log) more often than the decision body meets, so the body
   * reviews it at each meeting instead (R77 warns): the documents never say a body reviews something
   * more often than it meets.
   */
  registerBetweenMeetings: boolean;
  issueLogBetweenMeetings: boolean;
  ladder: { level: string; name: string; timescale: DurationView | null }[];
  incidents: { notifyLead: DurationView | null; leadNotifiesFunder: DurationView | null } | null;
  initialRisks: RiskView[];
}

/**
 * Describe risk management; with no `risk_management` section the keepers are null and lists empty.
 * @param ctx the view context
 */
export function buildRisk(ctx: ViewContext): RiskManagementView {
  const r = ctx.spec.risk_management;
  const reg = r?.register;
  const green = reg?.rag?.green_max ?? 0;
  const amber = reg?.rag?.amber_max ?? 0;
  const si = r?.serious_incidents;
  const meets = ctx.spec.governance.meetings.frequency;
  return {
    registerKeeper: reg ? ctx.names.memberAtStart(reg.maintained_by_member_id) : null,
    reviewFrequency: reg ? label('frequency', reg.review_frequency, 'at each meeting') : null,
    likelihoodScale: `1 to ${reg?.scoring?.likelihood_scale ?? 5}`,
    impactScale: `1 to ${reg?.scoring?.impact_scale ?? 5}`,
    greenMax: String(green),
    amberMax: String(amber),
    escalateAt: String(reg?.escalate_at_score ?? ''),
    issueLogKeeper: r?.issue_log ? ctx.names.memberAtStart(r.issue_log.maintained_by_member_id) : null,
    issueLogFrequency: r?.issue_log ? label('frequency', r.issue_log.review_frequency, 'at each meeting') : null,
    registerBetweenMeetings: reg !== undefined && moreOftenThan(reg.review_frequency ?? 'each_meeting', meets),
    issueLogBetweenMeetings:
      r?.issue_log !== undefined && moreOftenThan(r.issue_log.review_frequency ?? 'each_meeting', meets),
    ladder: (r?.escalation_ladder ?? []).map((l) => ({
      level: String(l.level),
      name: l.name,
      timescale: l.timescale ? formatDuration(l.timescale) : null,
    })),
    incidents: si
      ? {
          notifyLead:
            typeof si.notify_lead_within_hours === 'number' ? formatCount(si.notify_lead_within_hours, 'hours') : null,
          leadNotifiesFunder:
            typeof si.lead_notifies_funder_within_hours === 'number'
              ? formatCount(si.lead_notifies_funder_within_hours, 'hours')
              : null,
        }
      : null,
    initialRisks: (r?.initial_risks ?? []).map((risk) => {
      const score = risk.likelihood * risk.impact;
      return {
        id: risk.id,
        title: risk.title,
        category: label('risk_category', risk.category, ''),
        likelihood: String(risk.likelihood),
        impact: String(risk.impact),
        score: String(score),
        rating: score <= green ? 'green' : score <= amber ? 'amber' : 'red',
        owner: risk.owner_member_id ? ctx.names.member(risk.owner_member_id) : '',
        mitigations: (risk.mitigations ?? []).join('; '),
        reviewDate: risk.review_date ? formatDate(risk.review_date) : '',
        status: label('risk_status', risk.status ?? 'open'),
      };
    }),
  };
}
