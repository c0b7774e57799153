import { describe, expect, it } from 'vitest';
import { sentenceProblems } from '../quality/running-text.js';
import { addendumText, asText, compose, loadFixture } from './document-set.js';

// A list or a name joined into a sentence never doubles a word: repeated extension options become
// "up to two further periods", and a name already ending in the noun after it keeps one of the two.
const oneLine = (text: string): string => text.replace(/\s+/g, ' ');

describe('joined words', () => {
  it('should state two identical extension options once, as two further periods', async () => {
    const spec = await loadFixture('large-funded-consortium.yaml');
    spec.partnership.term.extension_options = [
      { months: 12, mechanism: 'funder_extension_of_main_contract' },
      { months: 12, mechanism: 'funder_extension_of_main_contract' },
    ];
    const [agreement] = compose(spec, ['partnership_agreement']);
    const text = oneLine(await asText(agreement!));
    expect(text).toContain('(a) by up to two further periods of 12 months each, if the Funder extends');
    expect(text).not.toContain('by 12 months');
  });

  it('should name an open licence whose name ends in "Licence" once', async () => {
    const spec = await loadFixture('managing-agent-consortium.yaml');
    spec.intellectual_property!.open_licence_name = 'Open Government Licence';
    const [agreement] = compose(spec, ['partnership_agreement']);
    expect(oneLine(await asText(agreement!))).toContain('under the Open Government Licence.');
    expect(sentenceProblems(agreement!)).toEqual([]);
  });

  it('should not say "Partnership partnership agreement" in an addendum to a partnership so named', async () => {
    const base = await loadFixture('whec-strategic-consortium.yaml');
    base.partnership.name = "Women's Health and Equality Partnership";
    const text = await addendumText(base, 'fixtures/addenda/chain/whec-addendum-1.yaml');
    expect(text).toContain("to the Women's Health and Equality Partnership agreement dated");
    expect(text).not.toMatch(/Partnership partnership/i);
  });
});
