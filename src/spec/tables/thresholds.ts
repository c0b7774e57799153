/**
 * How strict each decision threshold is, and where an ordinary voting rule sits on the same scale.
 *
 * R17 compares reserved-matter thresholds with the ordinary rule; R18 and R36 ask whether a matter
 * is reserved to unanimity. Ranks only need to be ordered: a higher rank is harder to reach.
 */

/** The thresholds a reserved matter may carry (`governance.reserved_matters[].threshold`). */
export type Threshold =
  'simple_majority' | 'two_thirds_majority' | 'three_quarters_majority' | 'unanimity_excluding_affected' | 'unanimity';

/** DOMAIN.md R17: simple < 2/3 < 3/4 < unanimity excluding the affected member < unanimity. */
export const THRESHOLD_RANK: Readonly<Record<Threshold, number>> = {
  simple_majority: 1,
  two_thirds_majority: 2,
  three_quarters_majority: 3,
  unanimity_excluding_affected: 4,
  unanimity: 5,
};

/** Rank of the ordinary rule for each `governance.voting.method` other than consensus. */
export const VOTING_METHOD_RANK: Readonly<Record<string, number>> = {
  simple_majority: THRESHOLD_RANK.simple_majority,
  two_thirds_majority: THRESHOLD_RANK.two_thirds_majority,
  unanimity: THRESHOLD_RANK.unanimity,
  // A weighted vote is decided by a majority of the weights.
  weighted: THRESHOLD_RANK.simple_majority,
};

/**
 * Rank of a consensus rule, which is that of its fallback. A chair's casting vote breaks a tie in a
 * majority vote; with no fallback (or a referral to disputes) there is no vote to compare, so any
 * reserved threshold is stricter.
 */
export const CONSENSUS_FALLBACK_RANK: Readonly<Record<string, number>> = {
  simple_majority: THRESHOLD_RANK.simple_majority,
  two_thirds_majority: THRESHOLD_RANK.two_thirds_majority,
  unanimity: THRESHOLD_RANK.unanimity,
  chair_casting_vote: THRESHOLD_RANK.simple_majority,
  refer_to_dispute_resolution: 0,
  none: 0,
};

/** Thresholds that give every voting member (or every unaffected member) a veto. */
export const UNANIMOUS_THRESHOLDS: ReadonlySet<string> = new Set<Threshold>([
  'unanimity',
  'unanimity_excluding_affected',
]);

/** Words for thresholds and ordinary rules in messages. */
export const THRESHOLD_WORDS: Readonly<Record<string, string>> = {
  simple_majority: 'a simple majority',
  two_thirds_majority: 'a two-thirds majority',
  three_quarters_majority: 'a three-quarters majority',
  unanimity_excluding_affected: 'unanimity excluding the affected member',
  unanimity: 'unanimity',
  weighted: 'a weighted majority',
  chair_casting_vote: "the chair's casting vote",
  refer_to_dispute_resolution: 'referral to dispute resolution',
  none: 'no fallback',
};
