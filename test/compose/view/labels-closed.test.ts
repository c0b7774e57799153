import { describe, expect, it } from 'vitest';
import { LABELS, label, type ClosedLabelTables } from '../../../src/compose/view/labels.js';
import type { ClosedVocabularies } from '../../../src/compose/view/labels/vocabularies.js';

// `npm run typecheck` compiles this file. A closed vocabulary is one whose values the generated spec
// types enumerate; each @ts-expect-error below fails the build if the error it expects goes away.

/** Vocabularies whose type is not a finite set of tokens (never, or any string): they would check nothing. */
type Unchecked = {
  [V in keyof ClosedVocabularies]: [ClosedVocabularies[V]] extends [never]
    ? V
    : string extends ClosedVocabularies[V]
      ? V
      : never;
}[keyof ClosedVocabularies];

describe('closed vocabularies', () => {
  it('should type every closed vocabulary as the finite set of its enum values', () => {
    const none: [Unchecked] extends [never] ? 'all finite' : Unchecked = 'all finite';
    expect(none).toBe('all finite');
  });

  it('should not compile a label table that misses a value of its enum', () => {
    const { local_authority: dropped, ...rest } = LABELS.funder_type;
    // @ts-expect-error funder_type has no label for local_authority
    const table: ClosedLabelTables['funder_type'] = rest;
    const { legally_binding: _binding, ...statuses } = LABELS.agreement_status;
    // @ts-expect-error agreement_status has no label for legally_binding
    const other: ClosedLabelTables['agreement_status'] = statuses;
    expect(dropped).toBe('local authority');
    expect(Object.keys(table)).not.toContain('local_authority');
    expect(Object.keys(other)).not.toContain('legally_binding');
  });

  it("should humanise an open vocabulary's unknown token, keeping the user's capitals", () => {
    expect(label('staff_role', 'NHS_liaison_officer')).toBe('NHS liaison officer');
    expect(label('staff_role', 'outreach__worker_')).toBe('outreach worker');
  });
});
