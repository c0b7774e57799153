import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/compose/view/dates.js';
import { formatDuration } from '../../../src/compose/view/durations.js';
import { humanise, label, labels } from '../../../src/compose/view/labels.js';
import { joinAnd, joinOr, withArticle } from '../../../src/compose/view/lists.js';
import { numberInWords, wordsAndFigure } from '../../../src/compose/view/numbers.js';
import { formatMoney, formatPounds, penceOf, sumPence, toPence } from '../../../src/spec/index.js';

describe('money', () => {
  it('should format pounds with separators and pence', () => {
    expect(formatMoney('1234567.00')).toBe('£1,234,567.00');
    expect(formatMoney('0.05')).toBe('£0.05');
    expect(formatMoney('999.99')).toBe('£999.99');
  });

  it('should sum exactly in pence where floats would drift', () => {
    const amounts = ['0.10', '0.20', null, '1000000.01'];
    expect(formatPounds(sumPence(amounts.map(toPence)))).toBe('£1,000,000.31');
    expect(formatPounds(sumPence(['0.07', '0.07', '0.07'].map(toPence)))).toBe('£0.21');
  });

  it('should reject a value that is not a Money string', () => {
    expect(toPence('12.5')).toBeUndefined();
    expect(() => penceOf('12.5')).toThrow(/Cannot read money/);
  });

  it('should keep every digit of any Money string', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (pence) => {
        const text = `${pence / 100n}.${(pence % 100n).toString().padStart(2, '0')}`;
        expect(toPence(text)).toBe(Number(pence));
        expect(formatMoney(text).replace(/[£,]/g, '')).toBe(text);
      }),
    );
  });
});

describe('dates', () => {
  it('should write ISO dates the long way, without a leading zero', () => {
    expect(formatDate('2026-04-01')).toBe('1 April 2026');
    expect(formatDate('2029-12-31')).toBe('31 December 2029');
  });

  it('should reject a date that is not YYYY-MM-DD', () => {
    expect(() => formatDate('2026-13-01')).toThrow(/Cannot read date/);
  });
});

describe('durations', () => {
  it('should describe a duration for notices and deadlines', () => {
    const d = formatDuration({ value: 10, unit: 'working_days' });
    expect(d).toEqual({
      text: '10 working days',
      within: 'within 10 working days',
      notice: 'not less than 10 working days’ notice',
    });
  });

  it('should use the singular and its possessive for one', () => {
    expect(formatDuration({ value: 1, unit: 'months' }).notice).toBe('not less than 1 month’s notice');
  });
});

describe('lists', () => {
  it('should join with commas and a final conjunction, no Oxford comma', () => {
    expect(joinAnd(['A', 'B', 'C'])).toBe('A, B and C');
    expect(joinOr(['A', 'B'])).toBe('A or B');
    expect(joinAnd(['A'])).toBe('A');
    expect(joinAnd([])).toBe('');
    expect(joinAnd(['A, of X', 'B', 'C'])).toBe('A, of X; B; and C');
  });

  it('should choose the article by sound, acronyms included', () => {
    expect(withArticle('unincorporated association')).toBe('an unincorporated association');
    expect(withArticle('company')).toBe('a company');
    expect(withArticle('NHS body')).toBe('an NHS body');
    expect(withArticle('UK charity')).toBe('a UK charity');
  });
});

describe('labels', () => {
  it('should label known tokens and humanise unknown ones of open vocabularies', () => {
    expect(label('legal_form', 'cio')).toBe('charitable incorporated organisation');
    expect(label('admission_criteria', 'operates_in_the_borough')).toBe('operates in the borough');
    expect(humanise('due_diligence_passed')).toBe('due diligence passed');
    expect(labels('frequency', ['quarterly', 'annual'])).toEqual(['quarterly', 'annually']);
  });

  it('should give the fallback when an optional token is absent', () => {
    expect(label('frequency', undefined, 'as agreed')).toBe('as agreed');
    expect(label('frequency', null)).toBe('');
  });
});

describe('numbers', () => {
  it('should spell counts in words with the figure', () => {
    expect(wordsAndFigure(3)).toBe('three (3)');
    expect(numberInWords(42)).toBe('forty-two');
    expect(numberInWords(105)).toBe('one hundred and five');
    expect(wordsAndFigure(1500)).toBe('1500');
  });
});
