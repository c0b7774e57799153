import { describe, expect, it } from 'vitest';
import {
  CHARITY_NUMBER_FORMATS,
  JURISDICTIONS,
  LEGAL_FORMS,
  MAX_PER_YEAR,
  REGULATOR_LAW,
  THRESHOLD_RANK,
  isCountUnit,
  isPercentUnit,
  sch1Paragraph,
} from '../../../src/spec/tables/index.js';
import { describeDuration, toCalendarDays, type Duration } from '../../../src/spec/index.js';

describe('tables', () => {
  it('should order thresholds from simple majority to unanimity', () => {
    const order = Object.entries(THRESHOLD_RANK)
      .sort((a, b) => a[1] - b[1])
      .map(([t]) => t);
    expect(order).toEqual([
      'simple_majority',
      'two_thirds_majority',
      'three_quarters_majority',
      'unanimity_excluding_affected',
      'unanimity',
    ]);
  });

  it('should normalise Durations to calendar days (working day 1.4, month 30)', () => {
    expect(toCalendarDays({ value: 10, unit: 'working_days' })).toBeCloseTo(14);
    expect(toCalendarDays({ value: 2, unit: 'weeks' })).toBe(14);
    expect(toCalendarDays({ value: 3, unit: 'months' })).toBe(90);
    expect(Number.isNaN(toCalendarDays({ value: 1, unit: 'fortnights' } as unknown as Duration))).toBe(true);
    expect(describeDuration({ value: 1, unit: 'months' })).toBe('1 month');
  });

  it('should let a frequency hold no more meetings than a year has cycles', () => {
    expect(MAX_PER_YEAR['quarterly']).toBe(4);
    expect(MAX_PER_YEAR['six_weekly']).toBe(9);
    expect(MAX_PER_YEAR['as_required']).toBe(Number.POSITIVE_INFINITY);
  });

  it('should register each charitable incorporated form with the regulator of its own law', () => {
    for (const j of Object.values(JURISDICTIONS)) {
      expect(REGULATOR_LAW[j.regulator]).toBe(j.law);
      if (j.incorporatedCharityForm !== null)
        expect(LEGAL_FORMS[j.incorporatedCharityForm].registeredWith).toBe(j.regulator);
    }
  });

  it('should never both require and forbid an identifier for one legal form', () => {
    for (const facts of Object.values(LEGAL_FORMS))
      expect(facts.requires.filter((id) => facts.forbids.includes(id))).toEqual([]);
  });

  it('should recognise charity numbers by regulator', () => {
    expect(CHARITY_NUMBER_FORMATS.ccew.pattern.test('1234567-1')).toBe(true);
    expect(CHARITY_NUMBER_FORMATS.oscr.pattern.test('SC012345')).toBe(true);
    expect(CHARITY_NUMBER_FORMATS.ccni.pattern.test('NIC100079')).toBe(true);
    expect(CHARITY_NUMBER_FORMATS.oscr.pattern.test('SC12345')).toBe(false);
  });

  it('should read Schedule 1 paragraphs and KPI units', () => {
    expect(sch1Paragraph('para_18_safeguarding_children_and_individuals_at_risk')).toBe(18);
    expect(sch1Paragraph('explicit_consent')).toBeUndefined();
    expect(isPercentUnit(' Percent ')).toBe(true);
    expect(isCountUnit('organisations')).toBe(true);
    expect(isCountUnit('percent')).toBe(false);
  });
});
