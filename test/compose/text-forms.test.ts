import { describe, expect, it } from 'vitest';
import { sentenceProblems } from '../quality/running-text.js';
import { asText, compose, loadFixture } from './document-set.js';

// A field that asks for sentences (schema `x-text-form: sentences`) is printed as sentences of its own:
// the document ends the last with a full stop when the value has none, and never adds a second.
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

describe('values that stand as sentences of their own', () => {
  it('should end an evaluation and a leaving partner’s use of material with one full stop', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    spec.performance!.evaluation = 'An independent evaluator reports in the final year';
    spec.intellectual_property!.post_exit_use = 'A leaving Partner may keep using the training materials.';
    const [agreement] = compose(spec, ['partnership_agreement']);
    const text = oneLine(await asText(agreement!));
    expect(text).toContain('An independent evaluator reports in the final year. Each Partner will take part');
    expect(text).toContain('A leaving Partner may keep using the training materials.');
    expect(text).not.toContain('materials..');
    expect(sentenceProblems(agreement!)).toEqual([]);
  });

  it('should end a privacy notice and an instruction for immediate danger with a full stop', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    spec.data_protection!.privacy_notice = 'Each Partner tells people at first contact';
    spec.referrals!.immediate_risk_instruction = 'Call 999';
    const docs = compose(spec, ['data_sharing_schedule', 'referral_protocol']);
    const texts = await Promise.all(docs.map(async (doc) => oneLine(await asText(doc))));
    expect(texts[0]).toContain('Each Partner tells people at first contact.');
    expect(texts[1]).toContain('Call 999.');
  });
});
