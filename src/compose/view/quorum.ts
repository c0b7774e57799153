/**
 * The quorum resolved to a number of voting seats (R14's arithmetic), with the words a clause uses.
 */
import { resolveQuorum, type PartnershipSpec } from '../../spec/index.js';
import { wordsAndFigure } from './numbers.js';

/** The resolved quorum. */
export interface QuorumView {
  /** Seats needed, e.g. 3. */
  seats: number;
  /** "three (3)". */
  seatsText: string;
  /** "five (5)". */
  totalSeatsText: string;
  /** For a fraction, "one half of the voting seats, rounded up"; null for a count. */
  fractionText: string | null;
}

const FRACTIONS: readonly [number, string][] = [
  [1 / 2, 'one half'],
  [1 / 3, 'one third'],
  [2 / 3, 'two thirds'],
  [1 / 4, 'one quarter'],
  [3 / 4, 'three quarters'],
  [1, 'all'],
];
// A fraction times a seat count is compared with tolerance: 2/3 × 6 is 3.9999999999999996 in floating point.
const EPSILON = 1e-9;

function fractionWords(value: number): string {
  const known = FRACTIONS.find(([v]) => Math.abs(v - value) < EPSILON);
  return known ? known[1] : `${Math.round(value * 10000) / 100}%`;
}

/**
 * Resolve the quorum of the decision body.
 * @param governance the spec's governance section
 */
export function quorumView(governance: PartnershipSpec['governance']): QuorumView {
  const totalSeats =
    governance.decision_body.voting_member_ids.length * (governance.decision_body.seats_per_member ?? 1);
  const q = governance.quorum;
  const seats = resolveQuorum(q.type, q.value, q.rounding, totalSeats);
  let fractionText: string | null = null;
  if (q.type === 'fraction') {
    const halfPlusOne = q.rounding === 'up_plus_one_if_exact_half' && Math.abs(q.value - 0.5) < EPSILON;
    const rounding = halfPlusOne ? ' plus one where that half is a whole number, otherwise rounded up' : ', rounded up';
    fractionText = `${fractionWords(q.value)} of the voting seats${rounding}`;
  }
  return {
    seats,
    seatsText: wordsAndFigure(seats),
    totalSeatsText: wordsAndFigure(totalSeats),
    fractionText,
  };
}
