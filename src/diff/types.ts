/**
 * What a spec diff gives: one typed record per change, the contract the CLI prints and addenda build on.
 */

/** How a value changed between the two specs. */
export type SpecChangeKind = 'added' | 'removed' | 'changed' | 'reordered';

/** One change between two specs, at the smallest field that changed (an array item when it came or went). */
export interface SpecChange {
  kind: SpecChangeKind;
  /**
   * Where, with array items named by their key, never their position: `members[wav].legal_name`,
   * `funding.allocations[thameside].by_period["2027/28"]`.
   */
  path: string;
  /** JSON Pointer to the value in the new spec (in the old one for a removal). */
  pointer: string;
  /** The schema field, arrays as `[]` and open maps as `{}`: `members[].legal_name`. */
  field: string;
  /** The top-level spec section the change sits in, e.g. `members`. */
  section: string;
  /** That section's title from the schema, e.g. "Members". */
  sectionLabel: string;
  /** The field in words, from the schema's titles, below the section: "Member Foo Women's Aid › Legal name". */
  label: string;
  /** The value in the old spec (null when absent). */
  before: unknown;
  /** The value in the new spec (null when absent). */
  after: unknown;
  /** `before` as a person reads it ("£40,000.00", "3 months"), or null when absent. */
  beforeText: string | null;
  /** `after` as a person reads it, or null when absent. */
  afterText: string | null;
  /** False when no document prints the field (see the compose stage's NOT_RENDERED). */
  rendered: boolean;
  /** The change in one plain-language line: "Quorum › Value: 0.5 → 0.6". */
  text: string;
}
