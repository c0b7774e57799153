import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  GOLDEN_DIR,
  VALID_FIXTURES,
  asText,
  compose,
  hasId,
  loadFixture,
  numberOf,
  withDocuments,
} from './document-set.js';

const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('meetings-protocol', () => {
  for (const fixture of VALID_FIXTURES) {
    it(`should match the golden text of the meetings protocol of ${fixture}`, async () => {
      const spec = await loadFixture(fixture);
      const [doc] = compose(spec, ['meetings_protocol']);
      await expect(await asText(doc!)).toMatchFileSnapshot(join(GOLDEN_DIR, spec.meta.spec_id, `${doc!.name}.txt`));
    });
  }

  it('should have all sixteen sections of the outline for a spec that uses every option', async () => {
    const spec = await loadFixture('whec-strategic-consortium.yaml');
    const [doc] = compose(spec, ['meetings_protocol']);
    const sections = doc!.children.filter((block) => block.type === 'section');
    expect(sections).toHaveLength(16);
  });

  it('should cite the schedule of the agreement that holds the terms of reference', async () => {
    const spec = withDocuments(await loadFixture('whec-strategic-consortium.yaml'), [
      'partnership_agreement',
      'meetings_protocol',
    ]);
    const [protocol, agreement] = compose(spec, ['meetings_protocol', 'partnership_agreement']);
    const schedule = numberOf(agreement!, 'schedule-terms-of-reference');
    expect(flat(await asText(protocol!))).toContain(
      `It works with the Partnership Agreement and ${schedule} of the Partnership Agreement.`,
    );
  });

  it('should embed the protocol as a schedule when the spec does not list it, and cross-refer to it otherwise', async () => {
    const whec = await loadFixture('whec-strategic-consortium.yaml');
    const [embedded] = compose(withDocuments(whec, ['partnership_agreement', 'terms_of_reference']), [
      'partnership_agreement',
    ]);
    const schedule = numberOf(embedded!, 'schedule-meetings-protocol');
    const text = flat(await asText(embedded!));
    expect(text).toContain(`Its meetings protocol is set out in ${schedule}.`);
    expect(text).toContain(
      `As part of this Agreement, it may be amended only by a variation under clause ${numberOf(embedded!, 'changes-variation')}.`,
    );
    const [separate] = compose(whec, ['partnership_agreement']);
    expect(hasId(separate!, 'schedule-meetings-protocol')).toBe(false);
    expect(flat(await asText(separate!))).toContain('Its meetings protocol is issued as a separate document');
  });

  it('should follow the standard agenda of the outline when the spec lists no standing items', async () => {
    const whec = await loadFixture('whec-strategic-consortium.yaml');
    const spec = { ...whec, meetings_protocol: { ...whec.meetings_protocol, standing_items: [] } };
    const text = flat(await asText(compose(spec, ['meetings_protocol'])[0]!));
    expect(text).toContain('(i) safeguarding and data incidents;');
    expect(text).toMatch(/\(l\) any other business notified in advance; \(m\) date of the next meeting\./);
  });
});

describe('meetings protocol of a large partnership', () => {
  it('should put the health of the Partnership, by its defined name, on the agenda, and send the funder a summary of the minutes', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    const text = flat(await asText(compose(spec, ['meetings_protocol'])[0]!));
    expect(text).toContain('the health of the Partnership;');
    expect(text).toContain('a summary to each Partner’s board and a summary to the Funder.');
  });
});
