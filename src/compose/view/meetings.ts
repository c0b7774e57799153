/**
 * The meetings protocol (DOMAIN §2.3): the standard agenda, ground rules, induction, confidential
 * items and the other `meetings_protocol` extras, with the defaults the outline gives where the spec
 * is silent.
 */
import type { ConditionName } from '../conditions.js';
import type { ViewContext } from './context.js';
import { formatDurationOrNull, type DurationView } from './durations.js';
import { labels } from './labels.js';
import { joinAnd } from './lists.js';

/** What only the meetings protocol shows. */
export interface MeetingsView {
  /** Deadline for agenda items before a meeting, or null. */
  agendaDeadline: DurationView | null;
  /**
   * The standing items taken before the main business, in agenda order: the spec's, or the outline's standard agenda.
   */
  standingItems: string[];
  /** The standing items that close a meeting (any other business, date of the next meeting). */
  closingItems: string[];
  /** Partners' own ground rules (empty when the spec gives none). */
  groundRules: string[];
  /** What a newcomer is given, one per item (empty when the spec says nothing about induction). */
  inductionSteps: string[];
  /** Whether part B items are taken in private. */
  partB: boolean;
  /** Whether confidential material is redacted before minutes go wider. */
  redact: boolean;
  /** The advisory groups the protocol also covers, joined, or null. */
  groupsText: string | null;
  /** Reasonable adjustments offered at meetings, joined, or null. */
  accessibility: string | null;
  /** Groups that pay members' costs: "the Survivors' Panel (travel expenses and childcare costs)", joined, or null. */
  groupCostsText: string | null;
}

/** The standard agenda of DOMAIN §2.3 row 4, used when the spec lists no standing items. */
const STANDARD_AGENDA = [
  'apologies',
  'declarations_of_interest',
  'minutes_and_matters_arising',
  'action_log',
  'finance',
  'performance',
  'risk_register',
  'safeguarding_and_data_incidents',
  'partnership_health',
  'aob',
  'next_meeting',
];

/**
 * The standard agenda's items that only a partnership with the matter has: no finance item without
 * shared funding, no performance item without performance arrangements, no risk register unkept.
 * Standing items the spec lists itself are the partners' choice and stay.
 */
const AGENDA_ITEM_NEEDS: Readonly<Record<string, ConditionName>> = {
  finance: 'funded',
  performance: 'performance',
  risk_register: 'risk_register',
};

/** Standing items that come after the main business. */
const CLOSING = new Set(['aob', 'next_meeting']);

/** A group's name as the text uses it mid-sentence: "the WHEC Network Forum". */
const withThe = (name: string): string => (/^the\s/i.test(name) ? name : `the ${name}`);

/**
 * Describe the meetings protocol.
 * @param ctx the view context
 * @param groupCosts each advisory group's name and resources text (null when it has none)
 */
export function buildMeetings(
  ctx: ViewContext,
  groupCosts: readonly { name: string; resources: string | null }[],
): MeetingsView {
  const mp = ctx.spec.meetings_protocol;
  const has = (item: string): boolean => {
    const needs = AGENDA_ITEM_NEEDS[item];
    return needs === undefined || ctx.when[needs];
  };
  const standing: readonly string[] = mp?.standing_items?.length ? mp.standing_items : STANDARD_AGENDA.filter(has);
  const induction = mp?.induction;
  const steps = induction
    ? [
        induction.briefing_pack ? 'a briefing pack' : null,
        'an introduction at their first meeting',
        induction.buddy ? 'a buddy from another Partner' : null,
      ].filter((x): x is string => x !== null)
    : [];
  const groups = (ctx.spec.advisory_groups ?? []).map((g) => withThe(g.name));
  const costs = groupCosts.filter((g) => g.resources !== null).map((g) => `${withThe(g.name)} (${g.resources})`);
  return {
    agendaDeadline: formatDurationOrNull(mp?.agenda_items_deadline),
    standingItems: labels(
      'standing_item',
      standing.filter((item) => !CLOSING.has(item)),
    ),
    closingItems: labels(
      'standing_item',
      standing.filter((item) => CLOSING.has(item)),
    ),
    groundRules: [...(mp?.ground_rules ?? [])],
    inductionSteps: steps,
    partB: mp?.confidential_items?.part_b === true,
    redact: mp?.confidential_items?.redact_before_circulation === true,
    groupsText: groups.length > 0 ? joinAnd(groups) : null,
    accessibility:
      (ctx.spec.equality?.accessibility ?? []).length > 0
        ? joinAnd(labels('accessibility', ctx.spec.equality?.accessibility))
        : null,
    groupCostsText: costs.length > 0 ? joinAnd(costs) : null,
  };
}
