import { describe, expect, it } from 'vitest';
import type { PartnershipSpec } from '../../../src/spec/index.js';
import { checkRules } from '../../../src/spec/rules/index.js';
import { consortium, validSpec } from './spec-fixture.js';

function found(spec: PartnershipSpec): string[] {
  return checkRules(spec)
    .filter((f) => f.code === 'R80')
    .map((f) => `${f.pointer}: ${f.message}`);
}

describe('free-text values in the form their fields ask for (R80)', () => {
  it('should find nothing in the shipped fixtures', () => {
    expect(found(consortium())).toEqual([]);
    expect(found(validSpec('large-funded-consortium'))).toEqual([]);
  });

  it('should warn at a phrase written as a sentence: a full stop, or a second sentence', () => {
    const spec = consortium();
    spec.members[0]!.expertise = ['sexual violence.', 'trauma-informed support. Also training', 'work with the NHS'];
    expect(found(spec)).toEqual([
      '/members/0/expertise/0: Cannot set `members[0].expertise[0]` inside a sentence: "sexual violence." is written as a sentence, expected a phrase with no full stop',
      '/members/0/expertise/1: Cannot set `members[0].expertise[1]` inside a sentence: "trauma-informed support. Also training" is written as a sentence, expected a phrase with no full stop',
    ]);
  });

  it('should leave a phrase that ends in an abbreviation or begins with a name', () => {
    const spec = consortium();
    spec.members[0]!.expertise = ['Home Office programmes, grants etc.', 'NHS commissioning'];
    expect(found(spec)).toEqual([]);
  });

  it('should warn at sentences that begin in lower case, not at a missing full stop', () => {
    const spec = validSpec('large-funded-consortium');
    spec.performance!.evaluation = 'an independent evaluator reports in the final year';
    spec.intellectual_property!.post_exit_use = 'A leaving Partner may keep using the training materials';
    expect(found(spec)).toEqual([
      '/performance/evaluation: Cannot set `performance.evaluation` as a sentence of its own: "an independent evaluator reports in the final year" starts with a lower-case letter, expected a capital',
    ]);
  });
});
