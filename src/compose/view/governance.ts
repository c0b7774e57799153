/**
 * Section 10, governance: the decision body under its own name, its voting members and seats, chair,
 * quorum, voting, reserved matters, meetings, minutes, conflicts and decisions outside meetings.
 */
import type { PartnershipSpec } from '../../spec/index.js';
import type { ViewContext } from './context.js';
import { formatDuration, formatDurationOrNull, type DurationView } from './durations.js';
import { label, labels } from './labels.js';
import { joinAnd, joinOr } from './lists.js';
import { countInWords, countOf, wordsAndFigure } from './numbers.js';
import { quorumView, type QuorumView } from './quorum.js';
import { inRunningText } from './names.js';
import { atSentenceStart } from './sentences.js';
import { buildOffice, type OfficeView } from './offices.js';

/** One reserved matter and the majority it needs. */
export interface ReservedMatterView {
  matter: string;
  threshold: string;
}

/** Governance. */
export interface GovernanceView {
  /** "Steering Group". */
  bodyName: string;
  /** "the Steering Group". */
  body: string;
  /** "steering group". */
  bodyType: string;
  functions: string[];
  /** "one seat" / "two seats". */
  seatsPerMember: string;
  /** "Rape Crisis, Positively Women, YWCA, Maternity Action and FORWARD". */
  votingMembersText: string;
  /** "the Funder's commissioner (the open part of one meeting each quarter); …", or null. */
  observersText: string | null;
  coOptedMax: string | null;
  chair: OfficeView;
  viceChair: OfficeView | null;
  quorum: QuorumView;
  /** Members whose representative must be present for a quorum, joined. */
  quorumMustInclude: string | null;
  /** "consensus", "a simple majority". */
  votingMethod: string;
  consensusFallback: string | null;
  votesPerMember: string;
  /** "Rape Crisis 2, YWCA 1 …" joined, or null. */
  weightsText: string | null;
  reservedMatters: ReservedMatterView[];
  /** What each threshold of the reserved matters means, of whom, as one sentence; null when none. */
  thresholdMeanings: string | null;
  meetings: {
    frequency: string;
    minPerYear: string;
    notice: DurationView;
    papersBefore: DurationView | null;
    format: string;
    extraordinaryCalledBy: string | null;
    extraordinaryNotice: DurationView | null;
  };
  minutes: {
    takenBy: string;
    draftWithin: DurationView | null;
    approval: string;
    retention: string | null;
    distribution: string | null;
  };
  conflicts: { procedure: string; specificRules: string[] };
  written: {
    method: string;
    responseWindow: DurationView;
    threshold: string;
    excludedMatters: string | null;
    unanimousExceptions: string | null;
  };
  urgent: { by: string; spendLimit: string | null } | null;
  attendance: { substituteNotice: DurationView | null; reviewAfter: string | null } | null;
}

/**
 * Describe governance.
 * @param ctx the view context
 */
/** Of all the Voting Partners, as a written resolution needs: the meeting's majority when it is the same. */
const WRITTEN_MAJORITY: Record<PartnershipSpec['governance']['voting']['method'], string> = {
  simple_majority: 'more than half of all the Voting Partners',
  two_thirds_majority: 'at least two-thirds of all the Voting Partners',
  unanimity: 'all the Voting Partners',
  weighted: 'Voting Partners holding more than half of all the votes',
  consensus: 'all the Voting Partners',
};

function writtenThreshold(threshold: string, voting: PartnershipSpec['governance']['voting']): string {
  if (threshold !== 'same_as_meeting') return label('written_threshold', threshold);
  // A meeting that seeks consensus falls back to a vote; in writing the fallback is the majority.
  const method = voting.method === 'consensus' && voting.consensus_fallback ? voting.consensus_fallback : voting.method;
  return WRITTEN_MAJORITY[method as keyof typeof WRITTEN_MAJORITY] ?? label('written_threshold', threshold);
}

/** "Unanimity means …; a two-thirds majority means …." for the thresholds the reserved matters use. */
/**
 * Whether a reserved matter concerns something the partnership has: the documents list no
 * "changing the Lead Partner" where there is no Lead Partner, nor allocations or an accountable body to
 * change where there is no funding, whatever the spec reserves.
 */
function concernsWhatExists(ctx: ViewContext, matter: string): boolean {
  if (matter === 'change_lead_partner') return ctx.when.lead_exists;
  if (matter === 'change_allocations' || matter === 'change_accountable_body') return ctx.when.funded;
  return true;
}

function thresholdMeanings(matters: readonly { threshold: string }[]): string | null {
  const used = [...new Set(matters.map((m) => m.threshold))];
  if (used.length === 0) return null;
  const meanings = used.map((t) => `${label('threshold', t)} means ${label('threshold_meaning', t)}`);
  const sentence = meanings.join('; ');
  return `${atSentenceStart(sentence)}.`;
}

export function buildGovernance(ctx: ViewContext): GovernanceView {
  const g = ctx.spec.governance;
  const { names } = ctx;
  const body = g.decision_body;
  const written = g.decisions_outside_meetings;
  const exists = (matter: string): boolean => concernsWhatExists(ctx, matter);
  const reserved = (g.reserved_matters ?? []).filter((r) => exists(r.matter));
  const excluded = labels('reserved_matter', (written.excluded_matters ?? []).filter(exists)).map(ctx.names.fill);
  const unanimous = labels('reserved_matter', (written.reserved_by_unanimous_written_consent ?? []).filter(exists)).map(
    ctx.names.fill,
  );
  const extraordinary = g.meetings.extraordinary;
  const observers = (body.observers ?? []).map((o) => {
    const name = o.name
      ? inRunningText(o.name)
      : o.stakeholder_id
        ? names.stakeholder(o.stakeholder_id)
        : 'an observer';
    return `${name} (${label('observer_attends', o.attends ?? 'by_invitation')})`;
  });
  const weights = Object.entries(g.voting.weights ?? {}).map(([id, w]) => `${names.member(id)}: ${w}`);
  return {
    bodyName: names.bodyName,
    body: names.body,
    bodyType: label('decision_body_type', body.type),
    functions: labels('function', body.functions),
    seatsPerMember: countInWords(body.seats_per_member ?? 1, 'seat'),
    votingMembersText: names.members(body.voting_member_ids),
    observersText: observers.length > 0 ? joinAnd(observers) : null,
    coOptedMax:
      body.co_option?.allowed && typeof body.co_option.max_co_opted === 'number'
        ? wordsAndFigure(body.co_option.max_co_opted)
        : null,
    chair: buildOffice(ctx, g.chair),
    viceChair: g.vice_chair ? buildOffice(ctx, g.vice_chair) : null,
    quorum: quorumView(g),
    quorumMustInclude:
      (g.quorum.must_include_member_ids ?? []).length > 0 ? names.members(g.quorum.must_include_member_ids) : null,
    votingMethod: label('voting_method', g.voting.method),
    consensusFallback: g.voting.consensus_fallback ? label('consensus_fallback', g.voting.consensus_fallback) : null,
    votesPerMember: countInWords(g.voting.votes_per_member ?? 1, 'vote'),
    weightsText: weights.length > 0 ? joinAnd(weights) : null,
    thresholdMeanings: thresholdMeanings(reserved),
    reservedMatters: reserved.map((r) => ({
      matter: ctx.names.fill(label('reserved_matter', r.matter)),
      threshold: label('threshold', r.threshold),
    })),
    meetings: {
      frequency: label('frequency', g.meetings.frequency),
      minPerYear: wordsAndFigure(g.meetings.min_per_year),
      notice: formatDuration(g.meetings.notice),
      papersBefore: formatDurationOrNull(g.meetings.papers_before),
      format: label('meeting_format', g.meetings.format),
      extraordinaryCalledBy: extraordinary ? joinOr(labels('extraordinary_caller', extraordinary.called_by)) : null,
      extraordinaryNotice: formatDurationOrNull(extraordinary?.notice),
    },
    minutes: {
      takenBy: label('minutes_taker', g.minutes.taken_by_role, 'the secretariat'),
      draftWithin: formatDurationOrNull(g.minutes.draft_within),
      approval: label('minutes_approval', g.minutes.approval, 'at the next meeting'),
      retention: typeof g.minutes.retention_years === 'number' ? countOf(g.minutes.retention_years, 'year') : null,
      distribution:
        (g.minutes.distribution ?? []).length > 0
          ? joinAnd(labels('minutes_distribution', g.minutes.distribution).map(names.fill))
          : null,
    },
    conflicts: {
      procedure: label(
        'conflict_procedure',
        g.conflicts_of_interest.procedure,
        'declare the interest and withdraw from the discussion and the decision',
      ),
      specificRules: [...(g.conflicts_of_interest.specific_rules ?? [])],
    },
    written: {
      method: label('written_method', written.method ?? 'email'),
      responseWindow: formatDuration(written.response_window ?? { value: 5, unit: 'working_days' }),
      threshold: writtenThreshold(written.threshold ?? 'same_as_meeting', g.voting),
      excludedMatters: excluded.length > 0 ? joinAnd(excluded) : null,
      unanimousExceptions: unanimous.length > 0 ? joinAnd(unanimous) : null,
    },
    urgent: g.urgent_decisions
      ? {
          by: joinOr(labels('urgent_by', g.urgent_decisions.by)),
          spendLimit: ctx.money.orNull(g.urgent_decisions.spend_limit),
        }
      : null,
    attendance: g.attendance
      ? {
          substituteNotice: formatDurationOrNull(g.attendance.substitute_notice),
          reviewAfter:
            typeof g.attendance.review_after_consecutive_absences === 'number'
              ? wordsAndFigure(g.attendance.review_after_consecutive_absences)
              : null,
        }
      : null,
  };
}
